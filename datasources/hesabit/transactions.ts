import { pageByOffset, type OffsetPage } from "../../src/core/paging/offset.js";
import { HESABIT_TRANSACTION, manyOf, oneOf } from "./answers.js";
import type { HesabitClient } from "./client.js";
import { idSegment, PAGE_SIZE } from "./paths.js";
import { transactionRecord, type TransactionRecord } from "./records.js";

export type { TransactionRecord } from "./records.js";

/** The list's status filter (seed): the two values its page names. */
export type HesabitTransactionStatus = "approved" | "disapproved";

const LIST = "GET /transactions";
const GET = "GET /transactions/{id}";

/** Hesabit's transactions (seed: hesabit-transactions.txt): read-only. */
export class HesabitTransactions {
  constructor(private readonly client: HesabitClient) {}

  /** `first` transactions from `offset` (newest first), in calls of at most 100. */
  page(status: HesabitTransactionStatus | undefined, offset: number, first: number): Promise<OffsetPage<TransactionRecord>> {
    return pageByOffset(
      async (at, limit) => {
        const answer = await this.client.call({ method: "GET", operation: LIST, path: "transactions/", query: { status, limit, offset: at } });
        return { rows: manyOf(LIST, answer!.data, "Transaction", HESABIT_TRANSACTION).map(transactionRecord) };
      },
      offset,
      first,
      PAGE_SIZE,
    );
  }

  /** One transaction by id; null when Hesabit has none (HTTP 404). */
  async byId(id: string): Promise<TransactionRecord | null> {
    const answer = await this.client.call({ method: "GET", operation: GET, path: `transactions/${idSegment(id)}` }, { absentOn404: true });
    return answer ? transactionRecord(oneOf(GET, answer.data, "Transaction", HESABIT_TRANSACTION)) : null;
  }
}
