// /v1/customers (seed: hesabit-customers.txt). Answers follow the vendor's
// examples field for field: create answers HTTP 201 with every field; list,
// GET-one and PUT show the shorter record the examples show (no postal_code,
// fax, registration_number, economical_number) unless fullCustomerReads; GET one
// answers an ARRAY of one; PUT answers HTTP 200 with "status": 201 in the body;
// DELETE answers the id and "Customer deleted successfully".
import type { Incoming } from "../incoming.js";
import { apiError, apiNotFound, envelope, type Reply } from "../replies.js";
import type { Customer, CustomerFields } from "../state.js";
import { nowSeconds, requireJsonBody, type ApiContext } from "./context.js";
import { readWindow, slice } from "./paging.js";
import { checkEmail, checkEmailOrMobile, checkMobile, FieldReader } from "./validate.js";

/** The refusal text of a CakePHP controller baked for customers. */
const NOT_SAVED = "The customer could not be saved. Please, try again.";

/** The create answer's field order (seed, POST example). */
function fullRecord(c: Customer): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    company: c.company,
    address: c.address,
    postal_code: c.postal_code,
    tel: c.tel,
    fax: c.fax,
    email: c.email,
    mobile: c.mobile,
    registration_number: c.registration_number,
    economical_number: c.economical_number,
    created: c.created,
  };
}

/** The read answers' fields and order (seed, GET and PUT examples). */
function readRecord(ctx: ApiContext, c: Customer): Record<string, unknown> {
  if (ctx.fullCustomerReads) return fullRecord(c);
  return { id: c.id, name: c.name, company: c.company, address: c.address, tel: c.tel, email: c.email, mobile: c.mobile, created: c.created };
}

const wrap = (record: Record<string, unknown>) => ({ Customer: record });

function list(ctx: ApiContext, incoming: Incoming): Reply {
  const window = readWindow(incoming.query);
  if ("status" in window) return window;
  const { email, mobile, company } = incoming.query;
  const rows = slice(ctx.state.findCustomers({ email, mobile, company }), window);
  return envelope(200, rows.map((c) => wrap(readRecord(ctx, c))));
}

function create(ctx: ApiContext, incoming: Incoming): Reply {
  const parsed = requireJsonBody(incoming);
  if ("refused" in parsed) return parsed.refused;
  const reader = new FieldReader(parsed.body);
  const fields: CustomerFields = {
    name: reader.text("name") ?? "",
    email: reader.text("email") ?? "",
    mobile: reader.text("mobile") ?? "",
    address: reader.text("address") ?? "",
    postal_code: reader.digits("postal_code") ?? "",
    company: reader.text("company") ?? "",
    tel: reader.digits("tel") ?? "",
    fax: reader.digits("fax") ?? "",
    registration_number: reader.digits("registration_number") ?? "",
    economical_number: reader.digits("economical_number") ?? "",
  };
  checkEmail(reader, fields.email);
  checkMobile(reader, fields.mobile);
  if (reader.ok) checkEmailOrMobile(reader, fields.email, fields.mobile);
  if (!reader.ok) return apiError(400, NOT_SAVED, reader.errors);
  const customer = ctx.state.addCustomer(fields, nowSeconds(ctx), ctx.state.newId(ctx.now()));
  return { ...envelope(201, wrap(fullRecord(customer))), write: true, changed: true };
}

function readOne(ctx: ApiContext, id: string): Reply {
  const customer = ctx.state.customer(id);
  if (!customer) return apiNotFound("Customer");
  return envelope(200, [wrap(readRecord(ctx, customer))]);
}

/** PUT takes the six fields its page lists; the others cannot be changed and are ignored. */
function update(ctx: ApiContext, incoming: Incoming, id: string): Reply {
  const customer = ctx.state.customer(id);
  if (!customer) return apiNotFound("Customer");
  const parsed = requireJsonBody(incoming);
  if ("refused" in parsed) return parsed.refused;
  const reader = new FieldReader(parsed.body);
  const changes: Partial<CustomerFields> = {
    name: reader.text("name"),
    email: reader.text("email"),
    mobile: reader.text("mobile"),
    address: reader.text("address"),
    company: reader.text("company"),
    tel: reader.digits("tel"),
  };
  checkEmail(reader, changes.email);
  checkMobile(reader, changes.mobile);
  const email = changes.email ?? customer.email;
  const mobile = changes.mobile ?? customer.mobile;
  if (reader.ok) checkEmailOrMobile(reader, email, mobile);
  if (!reader.ok) return apiError(400, NOT_SAVED, reader.errors);
  for (const [key, value] of Object.entries(changes) as [keyof CustomerFields, string | undefined][]) {
    if (value !== undefined) customer[key] = value;
  }
  return { ...envelope(200, wrap(readRecord(ctx, customer)), undefined, 201), write: true, changed: true };
}

function remove(ctx: ApiContext, id: string): Reply {
  if (!ctx.state.removeCustomer(id)) return apiNotFound("Customer");
  return { ...envelope(200, wrap({ id }), "Customer deleted successfully"), write: true, changed: true };
}

export const CUSTOMER_COLLECTION_METHODS = ["GET", "POST"] as const;
export const CUSTOMER_MEMBER_METHODS = ["GET", "PUT", "DELETE"] as const;

export function customers(ctx: ApiContext, incoming: Incoming, id: string | undefined): Reply | null {
  if (id === undefined) {
    if (incoming.method === "GET") return list(ctx, incoming);
    if (incoming.method === "POST") return create(ctx, incoming);
    return null;
  }
  if (incoming.method === "GET") return readOne(ctx, id);
  if (incoming.method === "PUT") return update(ctx, incoming, id);
  if (incoming.method === "DELETE") return remove(ctx, id);
  return null;
}
