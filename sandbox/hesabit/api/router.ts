// /v1/: routing, the access token (query parameter only, as the seed shows),
// the daily quota, then the resource. Order: an address nothing serves is a
// 404 page whatever the token; then the token (401); then the quota, which every
// authenticated call spends, refused or not (429); then the method (405).
import type { Incoming } from "../incoming.js";
import type { OAuthStore } from "../oauth-store.js";
import type { Quota } from "../quota.js";
import { apiError, methodNotAllowed, pathNotFound, tokenMissing, tokenRefused, type Reply } from "../replies.js";
import type { ApiContext } from "./context.js";
import { CUSTOMER_COLLECTION_METHODS, CUSTOMER_MEMBER_METHODS, customers } from "./customers.js";
import { INVOICE_COLLECTION_METHODS, INVOICE_MEMBER_METHODS, invoices } from "./invoices.js";
import { ITEM_MEMBER_METHODS, items } from "./items.js";
import { TRANSACTION_COLLECTION_METHODS, TRANSACTION_MEMBER_METHODS, transactions } from "./transactions.js";

type Handler = (ctx: ApiContext, incoming: Incoming, id: string | undefined) => Reply | null;

interface Resource {
  handler: Handler;
  /** Methods on /v1/<name>; null: no collection address. */
  collection: readonly string[] | null;
  member: readonly string[];
}

const RESOURCES: Record<string, Resource> = {
  customers: { handler: customers, collection: CUSTOMER_COLLECTION_METHODS, member: CUSTOMER_MEMBER_METHODS },
  transactions: { handler: transactions, collection: TRANSACTION_COLLECTION_METHODS, member: TRANSACTION_MEMBER_METHODS },
  invoices: { handler: invoices, collection: INVOICE_COLLECTION_METHODS, member: INVOICE_MEMBER_METHODS },
  items: { handler: (ctx, incoming, id) => (id === undefined ? null : items(ctx, incoming, id)), collection: null, member: ITEM_MEMBER_METHODS },
};

export interface ApiOptions {
  ctx: ApiContext;
  store: OAuthStore;
  quota: Quota;
}

/** Whether the token and quota let this call through: the client id, or the refusal. */
function admit(options: ApiOptions, incoming: Incoming): { clientId: string } | { refused: Reply } {
  const checked = options.store.checkAccessToken(incoming.query.access_token);
  if (checked === "missing") return { refused: tokenMissing() };
  if (checked === "unknown") return { refused: tokenRefused("The access token provided is invalid") };
  if (checked === "expired") return { refused: tokenRefused("The access token provided has expired") };
  if (!options.quota.admit(checked.clientId)) {
    return { refused: apiError(429, "The daily request limit of this client has been reached") };
  }
  return { clientId: checked.clientId };
}

export function handleApi(options: ApiOptions, incoming: Incoming): Reply {
  // nginx merges repeated slashes; a trailing slash is what the seed's own examples send.
  const segments = incoming.path.split("/").filter((s) => s !== "");
  const [, name, rawId, ...rest] = segments;
  const resource = name === undefined ? undefined : Object.hasOwn(RESOURCES, name) ? RESOURCES[name] : undefined;
  if (!resource || rest.length > 0 || (rawId === undefined && resource.collection === null)) {
    return pathNotFound(incoming.path);
  }
  let id: string | undefined;
  try {
    id = rawId === undefined ? undefined : decodeURIComponent(rawId);
  } catch {
    return pathNotFound(incoming.path);
  }

  const admitted = admit(options, incoming);
  if ("refused" in admitted) return admitted.refused;

  const reply = resource.handler(options.ctx, incoming, id);
  if (reply) return reply;
  return methodNotAllowed((id === undefined ? resource.collection : resource.member) ?? []);
}
