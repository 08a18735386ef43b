import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { transactionId } from "../datasources/hesabit/paths.js";
import type { TransactionRecord } from "../datasources/hesabit/index.js";
import type { Context } from "../src/context.js";
import type { InvoiceRecord } from "../src/core/invoice.js";
import { toGlobalId } from "../src/core/ids.js";
import { Invoice } from "../schema/invoice/invoice.type.js";
import { HesabitTransactionArgs, HesabitTransactionsArgs } from "../schema/transaction/transaction.args.js";
import { TransactionStatus } from "../schema/transaction/transaction.enums.js";
import { Transaction, TransactionConnection } from "../schema/transaction/transaction.type.js";
import { offsetOf, pageConnection } from "./offset-connection.js";
import { useHesabit } from "./vendors.js";

const VENDOR_STATUS = { [TransactionStatus.APPROVED]: "approved", [TransactionStatus.DISAPPROVED]: "disapproved" } as const;

@Resolver(() => Transaction)
export class TransactionResolver {
  @Query(() => TransactionConnection, {
    description:
      "Hesabit transactions (تراکنش ها), newest first, page by page (GET /transactions, 100 a call underneath; a page of any size is complete).",
  })
  async hesabitTransactions(@Args() args: HesabitTransactionsArgs, @Ctx() context: Context): Promise<TransactionConnection> {
    const start = offsetOf(args.after);
    const { datasource, loaders } = useHesabit(context);
    const page = await datasource.transactions.page(args.status ? VENDOR_STATUS[args.status] : undefined, start, args.first);
    for (const transaction of page.items) loaders.transaction.prime(transaction.code, transaction);
    return pageConnection(start, page) as TransactionConnection;
  }

  @Query(() => Transaction, { nullable: true, description: "One Hesabit transaction (تراکنش) by its id; null when Hesabit has none." })
  hesabitTransaction(@Args() { id }: HesabitTransactionArgs, @Ctx() context: Context): Promise<TransactionRecord | null> {
    return useHesabit(context).loaders.transaction.load(transactionId("id", id));
  }

  @FieldResolver(() => ID, { description: "Global id (شناسه سراسری) of this transaction, for `node(id:)`." })
  id(@Root() transaction: TransactionRecord): string {
    return toGlobalId(transaction.vendor, "Transaction", transaction.code);
  }

  @FieldResolver(() => Invoice, {
    nullable: true,
    description:
      "The invoice this payment is for (فاکتور), found by the number its description names; null when it names none or Hesabit has no " +
      "invoice with that number. Every transaction's invoice in one operation is found with one read of the invoice list.",
  })
  invoice(@Root() transaction: TransactionRecord, @Ctx() context: Context): Promise<InvoiceRecord | null> | null {
    if (transaction.invoiceNumber === null) return null;
    return useHesabit(context).loaders.invoiceByNumber.load(transaction.invoiceNumber);
  }
}
