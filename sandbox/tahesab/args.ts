// Strict positional argument checking: the schema types, the validated
// arguments, and the one function that checks raw JSON arguments against a
// schema. The schemas themselves are in schemas.ts and schemas-documents.ts;
// the parameter builders in params.ts.
import { fail, msg, reason } from "./messages.js";

export type ArgValue = string | number;

export interface ParamSpec {
  name: string;
  type: "string" | "number";
  /** A value check after the type check: returns a reason (Persian) or null. */
  check?: (value: never) => string | null;
}

export interface CommandSchema {
  /** Fixed positional parameters. */
  params?: ParamSpec[];
  /**
   * Optional trailing parameters after `params` (the newer add-on's document
   * arguments): any prefix of them may be sent, none may be skipped.
   */
  optional?: ParamSpec[];
  /** Overloads, told apart by argument count (DoListMoshtari, DoNewMoshtari…). */
  variants?: ParamSpec[][];
  /** A non-empty list of like values (codes, EPCs). */
  list?: ParamSpec;
  /** Checks across parameters; may throw through `fail`. */
  refine?: (args: Args, command: string) => void;
}

/** Validated arguments, by name and by position. */
export class Args {
  constructor(
    readonly values: ArgValue[],
    readonly specs: ParamSpec[],
  ) {}
  private index(name: string): number {
    const i = this.specs.findIndex((s) => s.name === name);
    if (i < 0) throw new Error(`internal: no parameter ${name}`);
    return i;
  }
  /** Was this parameter sent (it is in the chosen form, or in the sent prefix of the optional ones)? */
  has(name: string): boolean {
    return this.specs.some((s) => s.name === name);
  }
  position(name: string): number {
    return this.index(name) + 1;
  }
  num(name: string): number {
    return this.values[this.index(name)] as number;
  }
  str(name: string): string {
    return this.values[this.index(name)] as string;
  }
  /** The value when sent, else `fallback`. */
  numOr(name: string, fallback: number): number {
    return this.has(name) ? this.num(name) : fallback;
  }
  strOr(name: string, fallback: string): string {
    return this.has(name) ? this.str(name) : fallback;
  }
  /** Every argument by its name, as a document record keeps them. */
  byName(): Record<string, ArgValue> {
    const out: Record<string, ArgValue> = {};
    this.specs.forEach((s, i) => (out[s.name] = this.values[i]));
    return out;
  }
}

function checkOne(command: string, pos: number, spec: ParamSpec, value: unknown): ArgValue {
  if (spec.type === "number") {
    if (typeof value !== "number") fail(msg.mustBeNumber(command, pos, spec.name, value));
    if (!Number.isFinite(value)) fail(msg.badValue(command, pos, spec.name, reason.finite())); // 1e999 parses as Infinity
  } else if (typeof value !== "string") {
    fail(msg.mustBeString(command, pos, spec.name, value));
  }
  const why = spec.check ? (spec.check as (v: ArgValue) => string | null)(value) : null;
  if (why) fail(msg.badValue(command, pos, spec.name, why));
  return value;
}

/** The parameter list for this many arguments, or the argument-count ERROR. */
function specsFor(command: string, schema: CommandSchema, count: number): ParamSpec[] {
  if (schema.list) {
    if (count === 0) fail(msg.listEmpty(command));
    return Array.from({ length: count }, () => schema.list as ParamSpec);
  }
  if (schema.variants) {
    const match = schema.variants.find((v) => v.length === count);
    if (!match) fail(msg.argCount(command, schema.variants.map((v) => v.length).join(" یا "), count));
    return match;
  }
  const fixed = schema.params ?? [];
  const optional = schema.optional ?? [];
  if (count < fixed.length || count > fixed.length + optional.length) {
    const expected = optional.length === 0 ? String(fixed.length) : `${fixed.length} تا ${fixed.length + optional.length}`;
    fail(msg.argCount(command, expected, count));
  }
  return [...fixed, ...optional.slice(0, count - fixed.length)];
}

/** Checks the raw JSON arguments of a command against its schema; throws the ERROR text. */
export function validateArgs(command: string, schema: CommandSchema, raw: unknown[]): Args {
  const specs = specsFor(command, schema, raw.length);
  const values = raw.map((value, i) => checkOne(command, i + 1, specs[i], value));
  const args = new Args(values, specs);
  schema.refine?.(args, command);
  return args;
}
