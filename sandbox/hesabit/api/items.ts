// /v1/items/{item_id}. The evidence shows the path (seed overview: "/items/{item_id}")
// and that items are products a user saves and picks on invoice lines, but no
// field of an item. So an item answers its id plus whatever fields a test puts in
// state (none by default), wrapped as {"Item": …} in an array of one like the
// other GET-one answers. No list, no writes: nothing documents them.
import type { Incoming } from "../incoming.js";
import { apiNotFound, envelope, type Reply } from "../replies.js";
import type { ApiContext } from "./context.js";

export const ITEM_MEMBER_METHODS = ["GET"] as const;

export function items(ctx: ApiContext, incoming: Incoming, id: string): Reply | null {
  if (incoming.method !== "GET") return null;
  const item = ctx.state.item(id);
  // id first, and never overridden by a test's fields.
  return item ? envelope(200, [{ Item: Object.assign({ id: item.id }, item.fields, { id: item.id }) }]) : apiNotFound("Item");
}
