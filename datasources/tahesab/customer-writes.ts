import type { CustomerRecord } from "../../src/core/customer.js";
import type { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { badInput } from "../../src/core/errors.js";
import { AlreadyRecorded, type ExactlyOnce, type ExactlyOnceOutcome, type WritePlan } from "../../src/core/exactly-once.js";
import { normalisePersian, toAsciiDigits } from "../../src/core/text/persian.js";
import type { AddOn, AddOnDetector } from "./add-on.js";
import { newCustomerCode, readAnswer } from "./answers.js";
import type { TahesabClient } from "./client.js";
import type { TahesabCustomers } from "./customers.js";
import { canonicalCode } from "./records.js";
import { duplicateCustomerCode, duplicatePhone } from "./refusals.js";
import { storableText } from "./text.js";

/** A new Tahesab customer, as DoNewMoshtari takes it. */
export interface NewCustomer {
  name: string;
  group: string;
  /** The mobile's ten digits after the leading zero (9121234567), or null. */
  mobile: string | null;
  /** Any other phone number, digits (a leading + kept), or null. */
  phone: string | null;
  address: string;
  /** National id (کد ملی), ten digits; newer add-ons only. */
  nationalId: string | null;
  /** Birth date (تاریخ تولد); newer add-ons only. */
  birthDate: JalaliDay | null;
}

/** What `create` answers: the code Tahesab gave the new customer. */
export interface CreatedCustomer extends Record<string, unknown> {
  code: string;
}

/** Facts learnt before the first send, kept with the key (see src/core/exactly-once.ts). */
interface CustomerCheckpoint extends Record<string, unknown> {
  /** Current add-ons: the code chosen for the new customer. */
  code?: number;
  /** Older add-ons: customers that already had these details, never taken for the new one. */
  existing?: string[];
}

const digitsOf = (value: string | null) => toAsciiDigits(value ?? "").replace(/\D/g, "");
const sameText = (a: string | null, b: string) => normalisePersian(a ?? "") === normalisePersian(b);

/** Does this stored customer carry exactly these details (ي/ك, digits and spacing aside)? */
function matches(customer: CustomerRecord, wanted: { name: string; group: string; address: string; tel: string }): boolean {
  return (
    sameText(customer.name, wanted.name) &&
    sameText(customer.group, wanted.group) &&
    sameText(customer.address, wanted.address) &&
    digitsOf(customer.phone) === digitsOf(wanted.tel)
  );
}

const describe = (c: CustomerRecord) => `code ${c.code}${c.name ? ` (${c.name})` : ""}`;

/** DoNewMoshtari: a new customer, exactly once, on either generation of the add-on. */
export class TahesabCustomerWrites {
  constructor(
    private readonly client: TahesabClient,
    private readonly customers: TahesabCustomers,
    private readonly addOns: AddOnDetector,
    private readonly exactlyOnce: ExactlyOnce,
  ) {}

  /**
   * At most once per idempotency key, and never taking an older customer for
   * the new one:
   *
   * - A phone number that is already some customer's is refused up front,
   *   naming that customer (Tahesab itself refuses it: `تلفن تکراری می باشد.`).
   * - Current add-ons, the 10-argument form. With a phone, Tahesab numbers
   *   the customer (-1) and a lost answer is settled by sending again: the
   *   repeat is refused `تلفن تکراری می باشد.`, and the customer with that phone
   *   and these details — none had the phone before — is the one written.
   *   Without a phone, the code is chosen before the first send (the highest
   *   code + 1, kept with the key); sent again, it comes back `کد مشتری تکراری
   *   می باشد.` and the customer at that code with these details is the one
   *   written. If another customer took the code meanwhile, a new one is chosen.
   * - Older add-ons (4 arguments, Tahesab picks the code): before the first
   *   send, the customers that already have these details are noted; a lost
   *   answer is then settled by looking for one that has them and is not among those.
   */
  async create(input: NewCustomer, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<CreatedCustomer>> {
    if (input.mobile && input.phone) {
      throw badInput("input.phone", "Tahesab keeps one phone number (Tel) per customer: give mobile or phone, not both");
    }
    const backEnd = this.client.backEnd;
    // A mobile goes as 09xxxxxxxxx, so DoListMoshtari [Tel] finds the customer by it.
    const wanted = {
      name: storableText("input.name", input.name, backEnd),
      group: storableText("input.group", input.group, backEnd),
      address: storableText("input.address", input.address, backEnd),
      tel: input.mobile ? `0${input.mobile}` : input.phone ?? "",
    };
    const telField = input.mobile ? "input.mobile" : "input.phone";
    const nationalId = input.nationalId ?? "";
    const birthDate = input.birthDate?.toString() ?? "";
    const request = { command: "DoNewMoshtari", ...wanted, nationalId, birthDate };
    const stored = (code: string) => ({ code });

    /** The customer already holding this phone: refused, named — unless it is the one this key wrote. */
    const phoneTaken = async (isOurs: (c: CustomerRecord) => boolean): Promise<never> => {
      const holders = await this.customers.byPhone(digitsOf(wanted.tel));
      const ours = holders.find((c) => isOurs(c) && matches(c, wanted));
      if (ours) throw new AlreadyRecorded(stored(ours.code));
      throw badInput(telField, `Tahesab already has a customer with this phone number: ${holders.map(describe).join(", ") || "(not listed)"}; use that customer`);
    };

    const precheck = (addOn: AddOn) => async (): Promise<CustomerCheckpoint> => {
      if (wanted.tel) {
        const holders = await this.customers.byPhone(digitsOf(wanted.tel));
        if (holders.length > 0) throw badInput(telField, `Tahesab already has a customer with this phone number: ${holders.map(describe).join(", ")}; use that customer`);
      }
      // With a phone, Tahesab's own refusal of a second customer with it settles a lost answer;
      // without one, the code chosen here does (Tahesab refuses a second customer with it).
      if (addOn === "current") return wanted.tel ? {} : { code: await this.nextCode() };
      const candidates = wanted.tel ? [] : await this.customers.all();
      return { existing: candidates.filter((c) => matches(c, wanted)).map((c) => canonicalCode(c.code)) };
    };

    const current: WritePlan<CreatedCustomer, CustomerCheckpoint> = {
      repeatSafe: true,
      precheck: precheck("current"),
      send: async (checkpoint, save) => {
        // -1: Tahesab gives the next code (what its own screens do).
        let code = wanted.tel ? -1 : checkpoint?.code ?? (await this.nextCode());
        for (let tries = 0; ; tries++) {
          const args = [wanted.name, wanted.group, wanted.tel, wanted.address, nationalId, birthDate, "", -1, code, 0];
          try {
            return stored(readAnswer("DoNewMoshtari", newCustomerCode, await this.client.write("DoNewMoshtari", args), "UNKNOWN"));
          } catch (error) {
            // With a phone the code is Tahesab's own (-1): the holder with these details is ours, whatever its code.
            if (duplicatePhone(error)) return phoneTaken(() => true);
            if (!duplicateCustomerCode(error)) throw error;
            const chosen = String(code);
            const [holder] = (await this.customers.byCodes([chosen])).values();
            if (holder && matches(holder, wanted)) throw new AlreadyRecorded(stored(holder.code));
            // Another customer took the code meanwhile: nothing of ours was written; choose again.
            if (tries >= 4) throw error;
            code = await this.nextCode();
            await save({ code });
          }
        }
      },
    };

    const newer = (checkpoint: CustomerCheckpoint | undefined) => (c: CustomerRecord) => !(checkpoint?.existing ?? []).includes(canonicalCode(c.code));
    const older: WritePlan<CreatedCustomer, CustomerCheckpoint> = {
      precheck: precheck("older"),
      send: async (checkpoint) => {
        try {
          return stored(readAnswer("DoNewMoshtari", newCustomerCode, await this.client.write("DoNewMoshtari", [wanted.name, wanted.group, wanted.tel, wanted.address]), "UNKNOWN"));
        } catch (error) {
          if (duplicatePhone(error)) return phoneTaken(newer(checkpoint));
          throw error;
        }
      },
      find: async (checkpoint) => {
        const candidates = wanted.tel ? await this.customers.byPhone(digitsOf(wanted.tel)) : await this.customers.all();
        const found = candidates.filter((c) => matches(c, wanted) && newer(checkpoint)(c)).pop();
        return found ? stored(found.code) : undefined;
      },
    };

    return this.exactlyOnce.run<CreatedCustomer, CustomerCheckpoint>({
      idempotencyKey,
      request,
      advice:
        "Retry the same mutation with the same idempotencyKey: hesabgraph settles the earlier attempt with Tahesab before anything is sent again. " +
        `Without a key, look for ${JSON.stringify(input.name)} in tahesabCustomers (or tahesabCustomersByPhone) first.`,
      plan: async () => {
        if ((await this.addOns.addOn()) === "current") return current;
        if (input.nationalId) throw badInput("input.nationalId", "this shop's Tahesab add-on is an older one that does not take a national id; leave it out");
        if (input.birthDate) throw badInput("input.birthDate", "this shop's Tahesab add-on is an older one that does not take a birth date; leave it out");
        return older;
      },
    });
  }

  /** The code a current add-on's `-1` would give: one past the highest code in use. */
  private async nextCode(): Promise<number> {
    const all = await this.customers.all();
    return all.reduce((highest, c) => Math.max(highest, Number(c.code)), 0) + 1;
  }
}
