// The command table: name -> handler, per add-on (the schemas in schemas.ts
// decide which commands and forms an add-on knows). Command names are matched
// exactly as the seed spells them (getmandehesabbycode is all lower case,
// GetMandeHesabByTarikh is not).
import { validateArgs, type Args } from "../args.js";
import type { Environment } from "../environment.js";
import type { Json } from "../json.js";
import { schemasFor } from "../schemas.js";
import type { TahesabState } from "../state.js";
import { storeText } from "../text-storage.js";
import type { TahesabAddOn } from "../types.js";
import { BALANCE_COMMANDS } from "./balances.js";
import { CUSTOMER_COMMANDS } from "./customers.js";
import { DOCUMENT_LIST_COMMANDS } from "./document-list.js";
import { DOCUMENT_COMMANDS } from "./documents.js";
import { ETIKET_COMMANDS } from "./etikets.js";
import { INFO_COMMANDS } from "./info.js";
import { RFID_COMMANDS } from "./rfid.js";

export interface CommandContext {
  state: TahesabState;
  env: Environment;
  /** The text as this environment's back end stores it. */
  store(text: string): string;
}

export function commandContext(state: TahesabState, env: Environment): CommandContext {
  return { state, env, store: (text) => storeText(env.backEnd, text) };
}

export interface CommandHandler {
  /** Writes answer {"OK": value} and may be dropped by dropAfterWrite; reads answer their value bare. */
  write: boolean;
  run(ctx: CommandContext, args: Args, command: string): Json;
}

const HANDLERS: Record<string, CommandHandler> = {
  ...RFID_COMMANDS,
  ...BALANCE_COMMANDS,
  ...CUSTOMER_COMMANDS,
  ...ETIKET_COMMANDS,
  ...DOCUMENT_COMMANDS,
  ...DOCUMENT_LIST_COMMANDS,
  ...INFO_COMMANDS,
};

for (const addOn of ["current", "older"] as const) {
  for (const name of Object.keys(schemasFor(addOn))) {
    if (!HANDLERS[name]) throw new Error(`internal: command ${name} has a schema but no handler`);
  }
}
for (const name of Object.keys(HANDLERS)) {
  if (!schemasFor("current")[name]) throw new Error(`internal: command ${name} has a handler but no schema`);
}

export function isKnownCommand(addOn: TahesabAddOn, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(schemasFor(addOn), name);
}

export function isWriteCommand(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(HANDLERS, name) && HANDLERS[name].write;
}

/**
 * Validates and runs one command of the context's add-on. Throws
 * TahesabCommandError for a refusal, TahesabHang when the add-on never answers.
 */
export function runCommand(ctx: CommandContext, name: string, raw: unknown[]): Json {
  const args = validateArgs(name, schemasFor(ctx.env.addOn)[name], raw);
  return HANDLERS[name].run(ctx, args, name);
}
