// From a parsed command to what the add-on does with it: which environment,
// whether the add-on knows the command, and the answer's envelope.
//
// Envelopes as real clients see them (VENDORS.md "Reads answer without the
// {"OK": …} wrapper"; S1's test_process_outbox_mande_without_ok_is_success):
//  - state-changing commands (DoNewMoshtari, DoNewSanad* writes, DoDeleteSanad)
//    answer {"OK": value};
//  - reads answer their value bare: {"MandeHesab": [...]}, an object of records
//    keyed by code or ID, or a bare array (DoListGorooh, DoListNameSekeh);
//  - refusals {"ERROR": "…"} — or {"Error": "…"} (S3 checks $response['Error']),
//    as options.errorKey says.
import { commandContext, isKnownCommand, isWriteCommand, runCommand } from "./commands/index.js";
import { backEndOf, chooseDb } from "./environment.js";
import type { Json } from "./json.js";
import { msg, TahesabCommandError, TahesabHang } from "./messages.js";
import type { TahesabState } from "./state.js";
import type { TahesabAddOn } from "./types.js";

export type Outcome =
  /** A write that went through: {"OK": value}. */
  | { kind: "ok"; value: Json }
  /** A read: its value, bare. */
  | { kind: "read"; value: Json }
  | { kind: "refused"; text: string }
  /** The add-on never answers. */
  | { kind: "hang" };

export interface DispatchOptions {
  state: TahesabState;
  addOn: TahesabAddOn;
  dbNames: readonly string[];
}

/** The environment check and the command-name check, before anything runs; null when both pass. */
export function precheck(options: DispatchOptions, command: string, dbHeader: string | undefined): Extract<Outcome, { kind: "refused" }> | null {
  const db = chooseDb(dbHeader, options.dbNames);
  if (!db.ok) return { kind: "refused", text: msg.environmentNotFound(db.dbName) };
  if (!isKnownCommand(options.addOn, command)) return { kind: "refused", text: msg.unknownCommand(command) };
  return null;
}

/** Runs a command that passed `precheck`. */
export function dispatch(options: DispatchOptions, command: string, args: unknown[], dbHeader: string | undefined): Outcome {
  const db = chooseDb(dbHeader, options.dbNames);
  const env = { dbName: db.dbName, backEnd: backEndOf(db.dbName), addOn: options.addOn };
  try {
    const value = runCommand(commandContext(options.state, env), command, args);
    return isWriteCommand(command) ? { kind: "ok", value } : { kind: "read", value };
  } catch (error) {
    if (error instanceof TahesabHang) return { kind: "hang" };
    if (error instanceof TahesabCommandError) return { kind: "refused", text: error.message };
    throw error;
  }
}
