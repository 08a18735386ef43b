import type DataLoader from "dataloader";
import type { CustomerRecord } from "../../src/core/customer.js";
import type { InvoiceRecord, ItemRecord } from "../../src/core/invoice.js";
import { batchedLoader, parallelLoader } from "../../src/core/loaders.js";
import { toAsciiDigits } from "../../src/core/text/persian.js";
import type { HesabitDatasource } from "./index.js";
import type { TransactionRecord } from "./records.js";

export interface HesabitLoaders {
  /**
   * Customer by id. Hesabit has no batch read: each distinct id of the
   * operation is one `GET /customers/{id}`, in parallel under the client's
   * concurrency cap; repeats are asked once.
   */
  customer: DataLoader<string, CustomerRecord | null, string>;
  transaction: DataLoader<string, TransactionRecord | null, string>;
  invoice: DataLoader<string, InvoiceRecord | null, string>;
  item: DataLoader<string, ItemRecord | null, string>;
  /** Invoice by its number, for transactions that name one: one scan of the invoice list for the whole operation. */
  invoiceByNumber: DataLoader<string, InvoiceRecord | null, string>;
}

const same = (id: string) => id;

/** Per request: a loader's cache must never outlive the operation that filled it. */
export function createHesabitLoaders(hesabit: HesabitDatasource): HesabitLoaders {
  return {
    customer: parallelLoader((id: string) => hesabit.customers.byId(id), same),
    transaction: parallelLoader((id: string) => hesabit.transactions.byId(id), same),
    invoice: parallelLoader((id: string) => hesabit.invoices.byId(id), same),
    item: parallelLoader((id: string) => hesabit.items.byId(id), same),
    invoiceByNumber: batchedLoader((numbers: readonly string[]) => hesabit.invoices.byNumbers(numbers), { keyOf: (n: string) => toAsciiDigits(n).trim() }),
  };
}
