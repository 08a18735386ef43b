// The shape of one API method: its own parameters (beside the credentials),
// whether it changes data (requestUniqueId is honoured and dropAfterWrite may
// cut its answer only then), and its handler.
import type { Fields } from "../bind.js";
import type { FiscalYear } from "../fiscal-years.js";
import type { Out } from "../json.js";
import type { HesabfaState } from "../state.js";

export interface MethodContext {
  state: HesabfaState;
  /** The whole body, names bound case-insensitively. */
  params: Fields;
  /** yearId's fiscal year, or the latest. */
  year: FiscalYear;
}

export interface Answer {
  Result: Out;
  /** Top-level members beside Result (GetChanges' LastId). */
  extra?: Record<string, Out>;
}

export interface MethodDef {
  /** Canonical lower-case "area/method". */
  name: string;
  /** Changes data: Save, BatchSave, Delete, SavePayment, SaveWarehouseReceipt, SetChangeHook. */
  write: boolean;
  /** The method's own parameter names (case-insensitive); anything else but the credentials is refused. */
  params: readonly string[];
  run(ctx: MethodContext): Answer;
}

export const answer = (Result: Out, extra?: Record<string, Out>): Answer => (extra ? { Result, extra } : { Result });
