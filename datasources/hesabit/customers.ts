import type { CustomerRecord } from "../../src/core/customer.js";
import type { ExactlyOnce, ExactlyOnceOutcome } from "../../src/core/exactly-once.js";
import { pageByOffset, type OffsetPage, type OffsetSlice } from "../../src/core/paging/offset.js";
import { HESABIT_CUSTOMER, HESABIT_DELETED, manyOf, oneOf } from "./answers.js";
import type { HesabitClient } from "./client.js";
import { idSegment, PAGE_SIZE } from "./paths.js";
import { pickCreated, type CreateCheckpoint } from "./reconcile.js";
import { customerRecord } from "./records.js";

/** The list's filters (seed): whole values; Hesabit ignores empty ones. */
export interface HesabitCustomerFilter {
  email?: string;
  /** 11 digits, 09xxxxxxxxx. */
  mobile?: string;
  company?: string;
}

/** A customer as `POST /customers` takes it: every value a string, numeric ones as digit strings (leading zeros kept). */
export interface NewHesabitCustomer {
  name?: string;
  email?: string;
  mobile?: string;
  address?: string;
  company?: string;
  tel?: string;
  fax?: string;
  postal_code?: string;
  registration_number?: string;
  economical_number?: string;
}

/** What `PUT /customers/{id}` takes: the six fields its page lists. */
export type HesabitCustomerChanges = Pick<NewHesabitCustomer, "name" | "email" | "mobile" | "address" | "company" | "tel">;

export type SavedCustomer = { code: string; customer: CustomerRecord } & Record<string, unknown>;

const LIST = "GET /customers";
const GET = "GET /customers/{id}";

/** The fields a list row shows, compared as Hesabit stores them (e-mail ignoring case). */
function sameDetails(record: CustomerRecord, fields: NewHesabitCustomer): boolean {
  const same = (have: string | null, sent: string | undefined, caseless = false) =>
    sent === undefined || (caseless ? (have ?? "").toLowerCase() === sent.trim().toLowerCase() : (have ?? "") === sent.trim());
  return (
    same(record.name, fields.name) &&
    same(record.email, fields.email, true) &&
    same(record.mobile, fields.mobile) &&
    same(record.address, fields.address) &&
    same(record.company, fields.company, true) &&
    same(record.phone, fields.tel)
  );
}

/** Hesabit's customers (seed: hesabit-customers.txt). */
export class HesabitCustomers {
  constructor(
    private readonly client: HesabitClient,
    private readonly exactlyOnce: ExactlyOnce,
  ) {}

  /** `first` customers from `offset` (newest first), in calls of at most 100. */
  page(filter: HesabitCustomerFilter, offset: number, first: number): Promise<OffsetPage<CustomerRecord>> {
    return pageByOffset((at, limit) => this.slice(filter, at, limit), offset, first, PAGE_SIZE);
  }

  async slice(filter: HesabitCustomerFilter, offset: number, limit: number): Promise<OffsetSlice<CustomerRecord>> {
    const answer = await this.client.call({ method: "GET", operation: LIST, path: "customers/", query: { ...filter, limit, offset } });
    return { rows: manyOf(LIST, answer!.data, "Customer", HESABIT_CUSTOMER).map(customerRecord) };
  }

  /** One customer by id; null when Hesabit has none (HTTP 404). */
  async byId(id: string): Promise<CustomerRecord | null> {
    const answer = await this.client.call({ method: "GET", operation: GET, path: `customers/${idSegment(id)}` }, { absentOn404: true });
    return answer ? customerRecord(oneOf(GET, answer.data, "Customer", HESABIT_CUSTOMER)) : null;
  }

  /**
   * Creates a customer, at most once per idempotency key. Hesabit's POST is
   * not idempotent, so a lost answer is settled by looking for the customer
   * by its mobile (or e-mail) among those that did not exist before.
   */
  create(fields: NewHesabitCustomer, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<SavedCustomer>> {
    const operation = "POST /customers";
    const key = idempotencyKey ?? undefined;
    return this.exactlyOnce.run<SavedCustomer, CreateCheckpoint>({
      idempotencyKey: key,
      request: { command: operation, args: [fields] },
      plan: {
        // Without a key the client opted out of settling a lost answer: no lookup spent on it.
        precheck: key ? async () => ({ existing: (await this.sameCustomers(fields)).map((c) => c.code) }) : undefined,
        send: async () => {
          const answer = await this.client.call({ method: "POST", operation, path: "customers/", body: { ...fields } });
          const customer = customerRecord(oneOf(operation, answer!.data, "Customer", HESABIT_CUSTOMER));
          return { code: customer.code, customer };
        },
        find: key
          ? async (checkpoint) => {
              const made = pickCreated(checkpoint, await this.sameCustomers(fields));
              return made ? { code: made.code, customer: made } : undefined;
            }
          : undefined,
      },
      advice: "Retry with the same idempotencyKey: hesabgraph looks for the customer in Hesabit before it ever creates it again.",
    });
  }

  /** Changes a customer (PUT, idempotent by nature); a lost answer is settled by reading the customer back. */
  update(id: string, changes: HesabitCustomerChanges, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<SavedCustomer>> {
    const operation = "PUT /customers/{id}";
    return this.exactlyOnce.run<SavedCustomer>({
      idempotencyKey,
      request: { command: operation, args: [id, changes] },
      plan: {
        send: async () => {
          const answer = await this.client.call({ method: "PUT", operation, path: `customers/${idSegment(id)}`, body: { ...changes } });
          const customer = customerRecord(oneOf(operation, answer!.data, "Customer", HESABIT_CUSTOMER));
          return { code: customer.code, customer };
        },
        find: async () => {
          const now = await this.byId(id);
          return now && sameDetails(now, changes) ? { code: now.code, customer: now } : undefined;
        },
      },
      advice: "Retry with the same idempotencyKey: a change is safe to send again.",
    });
  }

  /** Deletes a customer; a lost answer is settled by reading it (gone: deleted). */
  delete(id: string, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<{ code: string }>> {
    const operation = "DELETE /customers/{id}";
    return this.exactlyOnce.run<{ code: string }>({
      idempotencyKey,
      request: { command: operation, args: [id] },
      plan: {
        send: async () => {
          const answer = await this.client.call({ method: "DELETE", operation, path: `customers/${idSegment(id)}` });
          return { code: oneOf(operation, answer!.data, "Customer", HESABIT_DELETED).id };
        },
        find: async () => ((await this.byId(id)) === null ? { code: id } : undefined),
      },
      advice: "Retry with the same idempotencyKey: hesabgraph checks whether the customer is gone before it sends the delete again.",
    });
  }

  /** Customers with the details sent, looked up by mobile (else e-mail), the newest 100. */
  private async sameCustomers(fields: NewHesabitCustomer): Promise<CustomerRecord[]> {
    const filter: HesabitCustomerFilter = fields.mobile ? { mobile: fields.mobile } : { email: fields.email };
    const { rows } = await this.slice(filter, 0, PAGE_SIZE);
    return rows.filter((row) => sameDetails(row, fields));
  }
}
