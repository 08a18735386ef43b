// The method layer: one parsed body in, one envelope out. Order of checks:
// method known (190), credentials (113/107/104/106), yearId (109), the
// method's parameters (114 for an unknown one), requestUniqueId on writes
// (114 malformed; a repeat: the first answer again, or 120), then the
// method itself. Every answer is HTTP 200 {Success, ErrorCode, ErrorMessage,
// Result} (the seed's envelope).
import { authenticate, CREDENTIAL_PARAMS, type Credentials } from "./auth.js";
import { asInt, asString, Fields } from "./bind.js";
import { ErrorCode, HesabfaError } from "./errors.js";
import { GUID, type RequestIds } from "./idempotency.js";
import { isJObject, stringifyOut, type JValue, type Out } from "./json.js";
import { METHODS } from "./methods/index.js";
import type { HesabfaState } from "./state.js";

export type DuplicateMode = "replay" | "error120";

export interface DispatchContext {
  state: HesabfaState;
  credentials: Credentials;
  requestIds: RequestIds;
  duplicates: DuplicateMode;
}

export interface DispatchResult {
  body: string;
  /** A write that was processed now (not refused, not a repeat): dropAfterWrite may cut its answer. */
  wrote: boolean;
}

export function envelope(success: boolean, code: number, message: string, result: Out, extra: Record<string, Out> = {}): string {
  return stringifyOut({ Success: success, ErrorCode: code, ErrorMessage: message, Result: result, ...extra });
}

export const errorEnvelope = (code: number, message: string) => envelope(false, code, message, null);

const COMMON_PARAMS = [...CREDENTIAL_PARAMS, "yearId", "requestUniqueId"];

export function dispatch(ctx: DispatchContext, method: string, body: JValue): DispatchResult {
  try {
    return run(ctx, method, body);
  } catch (error) {
    if (error instanceof HesabfaError) return { body: errorEnvelope(error.code, error.message), wrote: false };
    throw error;
  }
}

function run(ctx: DispatchContext, method: string, body: JValue): DispatchResult {
  const def = METHODS.get(method);
  if (!def) throw new HesabfaError(ErrorCode.ApplicationError, `Unknown method: ${method}`);
  // Not an object, or {"data": {...}}: no apiKey at the top level (the seed's
  // "data" is jQuery's option name; Hesabfa reads the flat object).
  if (!isJObject(body)) throw new HesabfaError(ErrorCode.MissingData, "Missing data: the body must be one JSON object");
  const params = new Fields(body, "");
  authenticate(params, ctx.credentials);

  const yearId = asInt(params.get("yearId"), "yearId");
  const year = yearId === undefined ? ctx.state.latestYear() : ctx.state.year(yearId);
  if (!year) throw new HesabfaError(ErrorCode.FiscalYearNotFound, `Fiscal year not found: yearId ${yearId}`);

  params.only([...COMMON_PARAMS, ...def.params]);

  // Get/Find/List methods ignore requestUniqueId entirely (seed), even a malformed one.
  const requestId = def.write ? asString(params.get("requestUniqueId"), "requestUniqueId") : undefined;
  if (requestId !== undefined) {
    if (!GUID.test(requestId)) {
      throw new HesabfaError(ErrorCode.ParameterIsOutOfRange, 'Parameter is out of range: requestUniqueId must be a GUID "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"');
    }
    const first = ctx.requestIds.lookup(requestId);
    if (first !== undefined) {
      if (ctx.duplicates === "replay") return { body: first, wrote: false };
      throw new HesabfaError(ErrorCode.DuplicateRequestId, "DuplicateRequestId: this requestUniqueId was already processed");
    }
  }

  const result = def.run({ state: ctx.state, params, year });
  const text = envelope(true, 0, "", result.Result, result.extra);
  if (requestId !== undefined) ctx.requestIds.remember(requestId, text);
  return { body: text, wrote: def.write };
}
