// The command table: name -> strict schema (args.ts) + handler. Command names
// are matched exactly as the seed spells them (getmandehesabbycode is all lower
// case, GetMandeHesabByTarikh is not).
import { SCHEMAS, validateArgs, type Args } from "../args.js";
import type { Json } from "../json.js";
import type { TahesabState } from "../state.js";
import { CUSTOMER_COMMANDS } from "./customers.js";
import { DOCUMENT_COMMANDS } from "./documents.js";
import { ETIKET_COMMANDS } from "./etikets.js";
import { RFID_COMMANDS } from "./rfid.js";

export interface CommandHandler {
  /** Writes: their answer may be dropped by the dropAfterWrite fault. */
  write: boolean;
  run(state: TahesabState, args: Args, command: string): Json;
}

const HANDLERS: Record<string, CommandHandler> = {
  ...RFID_COMMANDS,
  ...CUSTOMER_COMMANDS,
  ...ETIKET_COMMANDS,
  ...DOCUMENT_COMMANDS,
};

for (const name of Object.keys(SCHEMAS)) {
  if (!HANDLERS[name]) throw new Error(`internal: command ${name} has a schema but no handler`);
}
for (const name of Object.keys(HANDLERS)) {
  if (!SCHEMAS[name]) throw new Error(`internal: command ${name} has a handler but no schema`);
}

export function isKnownCommand(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(HANDLERS, name);
}

export function isWriteCommand(name: string): boolean {
  return isKnownCommand(name) && HANDLERS[name].write;
}

/** Validates and runs one command; throws TahesabCommandError for an ERROR answer. */
export function runCommand(state: TahesabState, name: string, raw: unknown[]): Json {
  const args = validateArgs(name, SCHEMAS[name], raw);
  return HANDLERS[name].run(state, args, name);
}
