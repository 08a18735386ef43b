// Field rules for request bodies, read from the vendor pages. Where a page says
// "type Integer … a numeric string" the simulator takes either a digit string
// or a non-negative JSON integer and stores the digits as a string (so a phone
// number sent as a JSON number loses its leading zero, as it would in PHP).
// Fields a body may not set are ignored, as CakePHP's save() ignores them.

export type Errors = Record<string, string[]>;

export class FieldReader {
  readonly errors: Errors = {};

  constructor(private readonly body: Record<string, unknown>) {}

  has(name: string): boolean {
    return this.body[name] !== undefined;
  }

  fail(name: string, message: string): void {
    (this.errors[name] ??= []).push(message);
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  /** A String field; null reads as "". */
  text(name: string): string | undefined {
    const value = this.body[name];
    if (value === undefined) return undefined;
    if (value === null) return "";
    if (typeof value !== "string") {
      this.fail(name, "must be a string");
      return undefined;
    }
    return value.trim();
  }

  /** An "Integer … numeric string" field: digits only, kept as a string. */
  digits(name: string): string | undefined {
    const value = this.body[name];
    if (value === undefined) return undefined;
    if (value === null || value === "") return "";
    if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
    if (typeof value === "string" && /^\d+$/.test(value.trim())) return value.trim();
    this.fail(name, "must be a string of digits");
    return undefined;
  }

  /** A unix timestamp sent as a numeric string (a JSON integer is taken too). */
  timestamp(name: string): string | undefined {
    const value = this.body[name];
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) return String(value);
    if (typeof value === "string" && /^\d{1,12}$/.test(value.trim()) && Number(value) > 0) return String(Number(value));
    this.fail(name, "must be a unix timestamp (seconds) as a numeric string");
    return undefined;
  }

  /** An Integer field: a JSON integer or a digit string, at least `min`. */
  integer(name: string, min: number): number | undefined {
    const value = this.body[name];
    if (value === undefined || value === null || value === "") return undefined;
    const number = typeof value === "number" ? value : typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(number) || number < min) {
      this.fail(name, `must be an integer of at least ${min}`);
      return undefined;
    }
    return number;
  }

  /** A Boolean field "sent as 1": 1, 0, true, false, "1", "0". */
  flag(name: string): boolean | undefined {
    const value = this.body[name];
    if (value === undefined || value === null) return undefined;
    if (value === 1 || value === true || value === "1" || value === "true") return true;
    if (value === 0 || value === false || value === "0" || value === "false" || value === "") return false;
    this.fail(name, "must be 1 or 0");
    return undefined;
  }
}

/** A plain address check, close to CakePHP's Validation::email without the DNS lookup. */
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;

/** "The customer's 11-digit mobile number, a string of digits": Iranian mobiles, 09xxxxxxxxx. */
const MOBILE = /^09\d{9}$/;

export function checkEmail(reader: FieldReader, value: string | undefined): void {
  if (value) {
    if (!EMAIL.test(value)) reader.fail("email", "must be a valid e-mail address");
  }
}

export function checkMobile(reader: FieldReader, value: string | undefined): void {
  if (value) {
    if (!MOBILE.test(value)) reader.fail("mobile", "must be an 11-digit mobile number (09xxxxxxxxx) sent as a string");
  }
}

/** The seed's note on both fields: at least one of email and mobile must be filled. */
export function checkEmailOrMobile(reader: FieldReader, email: string, mobile: string): void {
  if (email === "" && mobile === "") {
    const message = "email or mobile is required: at least one of the two must be filled";
    reader.fail("email", message);
    reader.fail("mobile", message);
  }
}
