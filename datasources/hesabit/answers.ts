import { z } from "zod";
import { ErrorCode, VendorError } from "../../src/core/errors.js";

// The shapes of Hesabit's answers, one per resource, read strictly where the
// vendor's pages show them and tolerantly (in representation, never in
// meaning) where they do not: an answer that does not fit is a VENDOR_ERROR
// naming the call and the part, never a default.

/** Text fields: the seed shows "" for a field not set; a PHP server may send null. */
const text = z.string().nullable();
/** "Integer … a numeric string" (postal_code, tel, …): a digit string, or a JSON integer from a looser server. */
const numericText = z.union([z.string(), z.number().int().nonnegative().transform(String)]).nullable();
/** Unix seconds, as the seed's `created` shows them (a number); a numeric string is read the same. */
const unixSeconds = z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,12}$/).transform(Number)]);

/** A customer as the seed shows it: list, GET one and PUT show the short record; create adds the four numeric fields. */
export const HESABIT_CUSTOMER = z.object({
  id: z.string().min(1),
  name: text,
  email: text,
  mobile: numericText,
  address: text,
  company: text,
  tel: numericText,
  created: unixSeconds,
  postal_code: numericText.optional(),
  fax: numericText.optional(),
  registration_number: numericText.optional(),
  economical_number: numericText.optional(),
});
export type HesabitCustomer = z.infer<typeof HESABIT_CUSTOMER>;

/** DELETE answers the deleted customer's id only. */
export const HESABIT_DELETED = z.object({ id: z.string().min(1) });

/** A transaction (seed): a numeric-string id of any length, a signed amount in rials as a string. */
export const HESABIT_TRANSACTION = z.object({
  id: z.string().regex(/^\d{1,64}$/, "must be a numeric string"),
  description: z.string(),
  amount: z.string().regex(/^[+-]?\d{1,40}$/, "must be a signed numeric string of rials"),
  created: unixSeconds,
  status: z.enum(["approved", "disapproved"]),
});
export type HesabitTransaction = z.infer<typeof HESABIT_TRANSACTION>;

/** 1/0, true/false as CakePHP may answer a tinyint(1). */
const flag = z.union([z.boolean(), z.literal(0).transform(() => false), z.literal(1).transform(() => true), z.enum(["0", "1"]).transform((v) => v === "1")]);

/**
 * An invoice. Only what `POST /invoices` takes is documented (title, number,
 * date, due, note, theme_id, online_payment); the answer's shape is not, so
 * each field is optional and read as any plain form of its documented type.
 */
export const HESABIT_INVOICE = z.object({
  id: z.union([z.string().min(1), z.number().int().nonnegative().transform(String)]),
  title: text.optional(),
  number: z.union([z.string(), z.number().int().nonnegative().transform(String)]).nullable().optional(),
  date: unixSeconds.nullable().optional(),
  due: unixSeconds.nullable().optional(),
  note: text.optional(),
  theme_id: z.union([z.number().int(), z.string().regex(/^\d{1,9}$/).transform(Number)]).nullable().optional(),
  online_payment: flag.nullable().optional(),
  status: text.optional(),
});
export type HesabitInvoice = z.infer<typeof HESABIT_INVOICE>;

/** An item: the path is in the seed, its fields are not; only the id is read. */
export const HESABIT_ITEM = z.object({ id: z.union([z.string().min(1), z.number().int().nonnegative().transform(String)]) });

function misfit(operation: string, error: z.ZodError, prefix: string): VendorError {
  const issue = error.issues[0]!; // a failed parse always has one
  const where = [prefix, ...issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))].join("");
  return new VendorError("HESABIT", ErrorCode.VENDOR_ERROR, `Hesabit answered ${operation} with data that did not fit: ${where} ${issue.message}.`, "UNKNOWN");
}

function unwrap<T>(operation: string, entry: unknown, wrapper: string, schema: z.ZodType<T>, at: string): T {
  if (!entry || typeof entry !== "object" || Array.isArray(entry) || !(wrapper in entry)) {
    throw new VendorError("HESABIT", ErrorCode.VENDOR_ERROR, `Hesabit answered ${operation} with data that did not fit: ${at} is not a {"${wrapper}": …} object.`, "UNKNOWN");
  }
  const parsed = schema.safeParse((entry as Record<string, unknown>)[wrapper]);
  if (!parsed.success) throw misfit(operation, parsed.error, `${at}.${wrapper}`);
  return parsed.data;
}

/** A list answer: `data` is an array of `{"<Wrapper>": {...}}`. */
export function manyOf<T>(operation: string, data: unknown, wrapper: string, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(data)) {
    throw new VendorError("HESABIT", ErrorCode.VENDOR_ERROR, `Hesabit answered ${operation} with data that did not fit: data is not a list.`, "UNKNOWN");
  }
  return data.map((entry, index) => unwrap(operation, entry, wrapper, schema, `data[${index}]`));
}

/** A one-object answer: `{"<Wrapper>": {...}}`, or (GET one, as the seed shows) an array of exactly one. */
export function oneOf<T>(operation: string, data: unknown, wrapper: string, schema: z.ZodType<T>): T {
  if (Array.isArray(data)) {
    if (data.length !== 1) {
      throw new VendorError("HESABIT", ErrorCode.VENDOR_ERROR, `Hesabit answered ${operation} with ${data.length} objects where one was expected.`, "UNKNOWN");
    }
    return unwrap(operation, data[0], wrapper, schema, "data[0]");
  }
  return unwrap(operation, data, wrapper, schema, "data");
}
