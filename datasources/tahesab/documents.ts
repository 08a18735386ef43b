import { createHash, randomInt } from "node:crypto";
import { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { badInput, ErrorCode, VendorError } from "../../src/core/errors.js";
import type { TahesabClient } from "./client.js";
import { COMMANDS, KIND_BY_VENDOR_NAME, encodeDocument } from "./document-encoders.js";
import type { DocumentHeader, DocumentKind, DocumentRequest, SanadRecord } from "./document-types.js";
import type { ExactlyOnce, ExactlyOnceOutcome } from "../../src/core/exactly-once.js";
import { asRecord, canonicalCode, num, recordList, rial, str, type VendorRecord } from "./records.js";

const UNKNOWN_CUSTOMER = Symbol("unknown customer");

/** What a document write answers: Tahesab's Factor_Code and the document's identity. */
export interface RecordedDocument extends Record<string, unknown> {
  factorCode: string;
  kind: DocumentKind;
  customerCode: string;
  factorNumber: number;
  date: string;
  posting: string;
}

export interface DocumentListFilter {
  /** DoListAsnad Count_Last: the newest N (0 = all). */
  last: number;
  customerCode?: string | null;
  from?: JalaliDay | null;
  to?: JalaliDay | null;
}

/**
 * Factor numbers hesabgraph picks when the client gives none: nine digits
 * from 800000000, derived from the idempotency key so a retry after a lost
 * journal still names the same document, random without a key.
 */
function generatedFactorNumber(idempotencyKey?: string | null): number {
  if (!idempotencyKey) return 800_000_000 + randomInt(199_999_999);
  const hash = createHash("sha256").update(`factor:${idempotencyKey}`).digest();
  return 800_000_000 + (hash.readUInt32BE(0) % 199_999_999);
}

export function toSanad(record: VendorRecord): SanadRecord | undefined {
  const factorCode = str(record, "Factor_Code");
  if (!factorCode) return undefined;
  const vendorKind = str(record, "Noe");
  const postingFlag = num(record, "Sabte_Kol");
  return {
    factorCode,
    vendorKind,
    kind: vendorKind ? KIND_BY_VENDOR_NAME[vendorKind.replace(/^DoNewSanad/, "")] ?? null : null,
    customerCode: str(record, "Moshtari_Code"),
    factorNumber: num(record, "Factor_Number"),
    date: str(record, "Tarikh"),
    posting: postingFlag === null ? null : postingFlag === 1 ? "FINAL" : "TEMPORARY",
    weightGrams: num(record, "Vazn"),
    ayar: num(record, "Ayar"),
    amount: rial(record, "Mablagh"),
    description: str(record, "Sharh"),
  };
}

/** Tahesab's documents (سند): the eleven DoNewSanad* writes, listing, inquiry and delete. */
export class TahesabDocuments {
  constructor(private readonly client: TahesabClient, private readonly exactlyOnce: ExactlyOnce) {}

  /** Records one document, at most once per idempotency key (see exactly-once.ts). */
  async record(
    header: Omit<DocumentHeader, "factorNumber"> & { factorNumber?: number | null },
    request: DocumentRequest,
    idempotencyKey?: string | null,
  ): Promise<ExactlyOnceOutcome<RecordedDocument>> {
    const full: DocumentHeader = { ...header, factorNumber: header.factorNumber ?? generatedFactorNumber(idempotencyKey) };
    const { command, args } = encodeDocument(full, request);
    const identity = { kind: request.kind, customerCode: full.customerCode, factorNumber: full.factorNumber, date: full.date.toString(), posting: full.posting };
    const find = async () => {
      const found = await this.inquire(full.customerCode, full.factorNumber, full.date);
      return found ? { ...identity, factorCode: found.factorCode } : undefined;
    };
    return this.exactlyOnce.run<RecordedDocument>({
      idempotencyKey,
      request: { command, args },
      precheck: async () => {
        // Existence first: Tahesab may refuse an inquiry about an unknown customer outright.
        const [customerKnown, etiketKnown] = await Promise.all([
          this.customerExists(full.customerCode),
          "etiketCode" in request ? this.etiketExists(request.etiketCode) : true,
        ]);
        if (!customerKnown) throw badInput("input.customerCode", `Tahesab has no customer with code ${full.customerCode}`);
        if (!etiketKnown) throw badInput("input.etiketCode", `Tahesab has no etiket with code ${(request as { etiketCode: string }).etiketCode}`);
        const existing = await this.inquire(full.customerCode, full.factorNumber, full.date);
        if (existing) {
          throw badInput(
            "input.factorNumber",
            `customer ${full.customerCode} already has document ${full.factorNumber} on ${full.date} (Factor_Code ${existing.factorCode}); ` +
              "use another factor number, or leave it out to have one picked",
          );
        }
      },
      send: async () => {
        const answer = await this.client.call(command, args, { write: true });
        return { ...identity, factorCode: String(answer) };
      },
      find,
      advice:
        `Retry the same mutation with the same idempotencyKey: hesabgraph asks Tahesab before sending again. Without a key, ` +
        `check sanad(customerCode: "${full.customerCode}", factorNumber: ${full.factorNumber}, date: "${full.date}") first.`,
    });
  }

  /**
   * Tahesab refuses DoListAsnad and DoNewSanadInquiry outright for a customer
   * it does not know, in a Persian sentence. Rather than read the sentence, a
   * refusal is followed by one balance lookup: an unknown customer answers
   * UNKNOWN_CUSTOMER, any other refusal is passed on as it came.
   */
  private async refusedForUnknownCustomer(customerCode: string, call: () => Promise<unknown>): Promise<unknown> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof VendorError && error.code === ErrorCode.VENDOR_ERROR && !(await this.customerExists(customerCode).catch(() => true))) {
        return UNKNOWN_CUSTOMER;
      }
      throw error;
    }
  }

  private async customerExists(code: string): Promise<boolean> {
    const payload = asRecord(await this.client.call("getmandehesabbycode", [code]));
    return recordList(payload?.MandeHesab).some((r) => canonicalCode(str(r, "Code") ?? "") === canonicalCode(code));
  }

  private async etiketExists(code: string): Promise<boolean> {
    return recordList(await this.client.call("getetiketinfobycode", [code])).some((r) => canonicalCode(str(r, "Code") ?? "") === canonicalCode(code));
  }

  /** `DoNewSanadInquiry`: the document with this customer, factor number and day, if Tahesab has it. */
  async inquire(customerCode: string, factorNumber: number, date: JalaliDay): Promise<SanadRecord | undefined> {
    const payload = await this.refusedForUnknownCustomer(customerCode, () =>
      this.client.call("DoNewSanadInquiry", [Number(customerCode), factorNumber, date.year, date.month, date.day]),
    );
    // An unknown customer has no such document.
    if (payload === UNKNOWN_CUSTOMER) return undefined;
    const record = asRecord(payload);
    // Found: the document record itself. Not found: an empty answer ({}, [], null, 0).
    if (!record) return undefined;
    if ("Factor_Code" in record) return toSanad(record);
    return recordList(record).map(toSanad).find((s) => s !== undefined);
  }

  /** `DoListAsnad`: newest first. */
  async list(filter: DocumentListFilter): Promise<SanadRecord[]> {
    const call = () =>
      this.client.call("DoListAsnad", [
        filter.last,
        filter.customerCode ? Number(filter.customerCode) : 0,
        filter.from ? filter.from.toString() : "",
        filter.to ? filter.to.toString() : "",
      ]);
    const payload = filter.customerCode ? await this.refusedForUnknownCustomer(filter.customerCode, call) : await call();
    if (payload === UNKNOWN_CUSTOMER) throw badInput("customerCode", `Tahesab has no customer with code ${filter.customerCode}`);
    return recordList(payload)
      .map(toSanad)
      .filter((s): s is SanadRecord => s !== undefined);
  }

  /** `DoDeleteSanad`: deletes by Factor_Code. Deleting twice is refused by Tahesab, never doubled. */
  async delete(factorCode: string, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<{ factorCode: string }>> {
    const request = { command: "DoDeleteSanad", args: [factorCode] };
    return this.exactlyOnce.run({
      idempotencyKey,
      request,
      send: async () => {
        await this.client.call(request.command, request.args, { write: true });
        return { factorCode };
      },
      advice: "List the customer's documents (sanads) to see whether it is still there; deleting it again is safe.",
    });
  }

  static commandOf(kind: DocumentKind): string {
    return COMMANDS[kind];
  }
}

export { JalaliDay };
