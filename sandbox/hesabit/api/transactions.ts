// /v1/transactions (seed: hesabit-transactions.txt): read-only. The list
// filters by status (approved | disapproved, the two values the page names; any
// other value is refused); GET one answers an ARRAY of one, as its example shows.
import type { Incoming } from "../incoming.js";
import { apiError, apiNotFound, envelope, type Reply } from "../replies.js";
import type { Transaction, TransactionStatus } from "../state.js";
import type { ApiContext } from "./context.js";
import { readWindow, slice } from "./paging.js";

const STATUSES: readonly TransactionStatus[] = ["approved", "disapproved"];

const wrap = (t: Transaction) => ({
  Transaction: { id: t.id, description: t.description, amount: t.amount, created: t.created, status: t.status },
});

function list(ctx: ApiContext, incoming: Incoming): Reply {
  const window = readWindow(incoming.query);
  if ("status" in window) return window;
  const status = incoming.query.status;
  if (status !== undefined && status !== "" && !STATUSES.includes(status as TransactionStatus)) {
    return apiError(400, "status must be approved or disapproved", { status: ["must be approved or disapproved"] });
  }
  const rows = ctx.state.findTransactions(status ? (status as TransactionStatus) : undefined);
  return envelope(200, slice(rows, window).map(wrap));
}

export const TRANSACTION_COLLECTION_METHODS = ["GET"] as const;
export const TRANSACTION_MEMBER_METHODS = ["GET"] as const;

export function transactions(ctx: ApiContext, incoming: Incoming, id: string | undefined): Reply | null {
  if (incoming.method !== "GET") return null;
  if (id === undefined) return list(ctx, incoming);
  const transaction = ctx.state.transaction(id);
  return transaction ? envelope(200, [wrap(transaction)]) : apiNotFound("Transaction");
}
