// JSON both ways without losing money. JSON.parse turns 12345678901234567.89
// into a double; Hesabfa (.NET, System.Decimal) keeps it exact, so request
// bodies are read by this small strict parser that keeps every number's
// lexeme, and answers are written by a writer that prints Dec values as
// plain JSON numbers.
import { Dec } from "./decimal.js";

/** A JSON number as it was written. */
export class JNum {
  constructor(readonly text: string) {}
}

export type JValue = null | boolean | string | JNum | JValue[] | JObject;
/** Keys exactly as sent, in order; a repeated key keeps the last value (like JSON.parse and Json.NET). */
export type JObject = Map<string, JValue>;

export function isJObject(value: JValue | undefined): value is JObject {
  return value instanceof Map;
}

const MAX_DEPTH = 64;

class Parser {
  private pos = 0;
  constructor(private readonly text: string) {}

  fail(what: string): never {
    throw new SyntaxError(`${what} at position ${this.pos}`);
  }

  private ws(): void {
    while (this.pos < this.text.length && " \t\n\r".includes(this.text[this.pos])) this.pos += 1;
  }

  parseDocument(): JValue {
    this.ws();
    const value = this.value(0);
    this.ws();
    if (this.pos !== this.text.length) this.fail("unexpected text after the JSON value");
    return value;
  }

  private value(depth: number): JValue {
    if (depth > MAX_DEPTH) this.fail("JSON nested too deeply");
    const ch = this.text[this.pos];
    if (ch === "{") return this.object(depth);
    if (ch === "[") return this.array(depth);
    if (ch === '"') return this.string();
    if (ch === "-" || (ch >= "0" && ch <= "9")) return this.number();
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail("unexpected character");
  }

  private object(depth: number): JObject {
    const result: JObject = new Map();
    this.pos += 1;
    this.ws();
    if (this.text[this.pos] === "}") {
      this.pos += 1;
      return result;
    }
    for (;;) {
      this.ws();
      if (this.text[this.pos] !== '"') this.fail("expected a property name");
      const key = this.string();
      this.ws();
      if (this.text[this.pos] !== ":") this.fail("expected ':'");
      this.pos += 1;
      this.ws();
      result.set(key, this.value(depth + 1));
      this.ws();
      const next = this.text[this.pos];
      this.pos += 1;
      if (next === "}") return result;
      if (next !== ",") this.fail("expected ',' or '}'");
    }
  }

  private array(depth: number): JValue[] {
    const result: JValue[] = [];
    this.pos += 1;
    this.ws();
    if (this.text[this.pos] === "]") {
      this.pos += 1;
      return result;
    }
    for (;;) {
      this.ws();
      result.push(this.value(depth + 1));
      this.ws();
      const next = this.text[this.pos];
      this.pos += 1;
      if (next === "]") return result;
      if (next !== ",") this.fail("expected ',' or ']'");
    }
  }

  private string(): string {
    const start = this.pos;
    const end = this.scanString();
    // The lexeme is valid JSON: let the built-in decode the escapes.
    return JSON.parse(this.text.slice(start, end)) as string;
  }

  private scanString(): number {
    this.pos += 1;
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === '"') return (this.pos += 1);
      if (ch === "\\") {
        const esc = this.text[this.pos + 1];
        if (esc === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.fail("bad \\u escape");
          this.pos += 6;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) this.pos += 2;
        else this.fail("bad escape");
      } else if (ch < " ") this.fail("control character in string");
      else this.pos += 1;
    }
    return this.fail("unterminated string");
  }

  private number(): JNum {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!match) this.fail("bad number");
    this.pos += match[0].length;
    return new JNum(match[0]);
  }
}

/** Strict JSON (RFC 8259); throws SyntaxError. Numbers stay lexemes. */
export function parseLossless(text: string): JValue {
  return new Parser(text).parseDocument();
}

/** Plain JavaScript values (numbers as JS numbers) to the lossless form: for userChange and the seed. */
export function fromPlain(value: unknown): JValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("non-finite number");
    return new JNum(String(value));
  }
  if (typeof value === "bigint") return new JNum(value.toString());
  if (value instanceof Dec) return new JNum(value.toString());
  if (Array.isArray(value)) return value.map(fromPlain);
  if (typeof value === "object") {
    const map: JObject = new Map();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (item !== undefined) map.set(key, fromPlain(item));
    }
    return map;
  }
  throw new TypeError(`cannot send a ${typeof value}`);
}

/** What the simulator answers with: Dec values print as exact JSON numbers. */
export type Out = null | boolean | string | number | Dec | Out[] | { [key: string]: Out };

export function stringifyOut(value: Out): string {
  if (value instanceof Dec) return value.toString();
  if (Array.isArray(value)) return `[${value.map(stringifyOut).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const parts: string[] = [];
    for (const [key, item] of Object.entries(value)) parts.push(`${JSON.stringify(key)}:${stringifyOut(item)}`);
    return `{${parts.join(",")}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error("non-finite number in an answer");
  return JSON.stringify(value);
}
