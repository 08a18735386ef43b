// What every API handler gets besides the request.
import { readApiBody, type Incoming } from "../incoming.js";
import { apiError, type Reply } from "../replies.js";
import type { HesabitState } from "../state.js";

export interface ApiContext {
  state: HesabitState;
  /** The simulator's clock, ms. */
  now: () => number;
  fullCustomerReads: boolean;
}

export const nowSeconds = (ctx: ApiContext) => Math.floor(ctx.now() / 1000);

/** The JSON object a POST/PUT must carry, or the refusal. */
export function requireJsonBody(incoming: Incoming): { body: Record<string, unknown> } | { refused: Reply } {
  const reading = readApiBody(incoming);
  if (reading.ok) return { body: reading.value };
  if (reading.problem === "type") return { refused: apiError(415, "Content-Type must be application/json") };
  if (reading.problem === "syntax") return { refused: apiError(400, "The request body is not valid JSON") };
  return { refused: apiError(400, "The request body must be a JSON object") };
}
