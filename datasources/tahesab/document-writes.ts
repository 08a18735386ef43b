import { createHash, randomInt, randomUUID } from "node:crypto";
import { badInput } from "../../src/core/errors.js";
import { AlreadyRecorded, type ExactlyOnce, type ExactlyOnceOutcome, type WritePlan } from "../../src/core/exactly-once.js";
import type { AddOn, AddOnDetector } from "./add-on.js";
import { etiketRecord, factorCode as factorCodeShape, readAnswer, records } from "./answers.js";
import type { TahesabClient } from "./client.js";
import { encodeDocument, keepsDescription, trailingArguments } from "./document-encoders.js";
import type { DocumentHeader, DocumentKind, DocumentRequest } from "./document-types.js";
import type { TahesabDocuments } from "./documents.js";
import { canonicalCode } from "./records.js";
import { duplicateFactorCode } from "./refusals.js";
import { storableText, type BackEnd } from "./text.js";

/** What names a document before Tahesab gave it a Factor_Code. */
interface DocumentIdentity {
  kind: DocumentKind;
  customerCode: string;
  factorNumber: number;
  date: string;
  posting: string;
}

/** What a document write answers: Tahesab's Factor_Code and the document's identity. */
export interface RecordedDocument extends DocumentIdentity, Record<string, unknown> {
  factorCode: string;
}

/**
 * Factor numbers hesabgraph picks when the client gives none: nine digits
 * from 800000000, derived from the idempotency key so a retry after a lost
 * journal still names the same document, random without a key.
 */
function generatedFactorNumber(scope: string, idempotencyKey?: string | null): number {
  if (!idempotencyKey) return 800_000_000 + randomInt(199_999_999);
  const hash = createHash("sha256").update(`factor:${scope}:${idempotencyKey}`).digest();
  return 800_000_000 + (hash.readUInt32BE(0) % 199_999_999);
}

/**
 * The Factor_Code chosen for a document on a newer add-on: "HG" and 30 hex
 * digits (32 characters; real clients use 20 to 40 letters and digits),
 * derived from the tenant and the idempotency key, so every retry of one
 * write carries the same code and Tahesab refuses a second copy. Random
 * without a key.
 */
export function chosenFactorCode(scope: string, idempotencyKey?: string | null): string {
  const seed = idempotencyKey ? `document:${scope}:${idempotencyKey}` : randomUUID();
  return `HG${createHash("sha256").update(seed).digest("hex").slice(0, 30).toUpperCase()}`;
}

/** The text fields of a document in Tahesab's spelling; BAD_USER_INPUT naming the field when the back end could not keep one. */
function spelled(request: DocumentRequest, backEnd: BackEnd): DocumentRequest {
  const out: Record<string, unknown> = { ...request };
  for (const key of ["description", "regarding", "coinName", "name", "pictureFileName"] as const) {
    const value = out[key];
    if (typeof value === "string") out[key] = storableText(`input.${key}`, value, backEnd);
  }
  if ("assay" in request && request.assay) out.assay = { ...request.assay, labName: storableText("input.assay.labName", request.assay.labName, backEnd) };
  return out as DocumentRequest;
}

/** The eleven DoNewSanad* writes, each exactly once. */
export class TahesabDocumentWrites {
  constructor(
    private readonly client: TahesabClient,
    private readonly documents: TahesabDocuments,
    private readonly addOns: AddOnDetector,
    private readonly exactlyOnce: ExactlyOnce,
    /** Part of every derived code and number: two tenants never share them. */
    private readonly scope: string,
  ) {}

  /**
   * Records one document, at most once per idempotency key.
   *
   * Newer add-ons take a client-chosen Factor_Code and refuse a repeat of it
   * (`کد فاکتور ارسالی شما (Factor_Code) تکراری می باشد.`): the code derived
   * from the key makes every retry of a write the same write, and a repeat
   * refusal after a lost answer means "recorded" — the receipt is answered.
   * Older add-ons take the seed's forms only: a lost answer is settled with
   * DoNewSanadInquiry (customer, factor number, day), so before the first
   * send the factor number must be free for that customer and day.
   */
  async record(
    header: Omit<DocumentHeader, "factorNumber"> & { factorNumber?: number | null },
    request: DocumentRequest,
    idempotencyKey?: string | null,
  ): Promise<ExactlyOnceOutcome<RecordedDocument>> {
    const full: DocumentHeader = { ...header, factorNumber: header.factorNumber ?? generatedFactorNumber(this.scope, idempotencyKey) };
    const written = spelled(request, this.client.backEnd);
    const { command, args } = encodeDocument(full, written);
    const identity: DocumentIdentity = { kind: request.kind, customerCode: full.customerCode, factorNumber: full.factorNumber, date: full.date.toString(), posting: full.posting };
    const description = written.description ?? "";
    return this.exactlyOnce.run<RecordedDocument>({
      idempotencyKey,
      // What the client asked for, whichever add-on the shop runs.
      request: { command, args, description },
      advice:
        "Retry the same mutation with the same idempotencyKey: hesabgraph settles the earlier attempt with Tahesab before anything is sent again. " +
        `Without a key, look for the document in sanads(customerCode: "${full.customerCode}") first.`,
      plan: async () => {
        const addOn = await this.addOns.addOn();
        if (addOn === "older") {
          if (description && !keepsDescription(request.kind)) {
            throw badInput("input.description", "this shop's Tahesab add-on is an older one that keeps no description on this kind of document; leave it out");
          }
          return this.withInquiry(command, args, full, identity, request);
        }
        const chosen = chosenFactorCode(this.scope, idempotencyKey);
        return this.withFactorCode(command, [...args, ...trailingArguments(request.kind, description, chosen)], chosen, identity, request);
      },
    });
  }

  /** Newer add-ons: the chosen Factor_Code makes a resend safe; a repeat refusal means "recorded". */
  private withFactorCode(command: string, args: unknown[], chosen: string, identity: DocumentIdentity, request: DocumentRequest): WritePlan<RecordedDocument> {
    return {
      repeatSafe: true,
      precheck: () => this.exists(identity.customerCode, request),
      send: async () => {
        try {
          const factorCode = readAnswer(command, factorCodeShape, await this.client.write(command, args), "UNKNOWN");
          return { ...identity, factorCode };
        } catch (error) {
          if (duplicateFactorCode(error)) throw new AlreadyRecorded({ ...identity, factorCode: chosen });
          throw error;
        }
      },
    };
  }

  /** Older add-ons: a lost answer is settled by DoNewSanadInquiry, so the factor number must be free for that customer and day. */
  private withInquiry(command: string, args: unknown[], full: DocumentHeader, identity: DocumentIdentity, request: DocumentRequest): WritePlan<RecordedDocument> {
    return {
      precheck: async () => {
        await this.exists(full.customerCode, request);
        const existing = await this.documents.inquire(full.customerCode, full.factorNumber, full.date);
        if (existing) {
          throw badInput(
            "input.factorNumber",
            `customer ${full.customerCode} already has document ${full.factorNumber} on ${full.date} (Factor_Code ${existing.factorCode ?? "none"}); ` +
              "use another factor number, or leave it out to have one picked",
          );
        }
      },
      send: async () => ({ ...identity, factorCode: readAnswer(command, factorCodeShape, await this.client.write(command, args), "UNKNOWN") }),
      find: async () => {
        const found = await this.documents.inquire(full.customerCode, full.factorNumber, full.date);
        return found?.factorCode ? { ...identity, factorCode: found.factorCode } : undefined;
      },
    };
  }

  /** The customer (and the etiket) must exist: a clear BAD_USER_INPUT instead of Tahesab's Persian refusal. */
  private async exists(customerCode: string, request: DocumentRequest): Promise<void> {
    const [customerKnown, etiketKnown] = await Promise.all([
      this.documents.customerExists(customerCode),
      "etiketCode" in request ? this.etiketExists(request.etiketCode) : true,
    ]);
    if (!customerKnown) throw badInput("input.customerCode", `Tahesab has no customer with code ${customerCode}`);
    if (!etiketKnown) throw badInput("input.etiketCode", `Tahesab has no etiket with code ${(request as { etiketCode: string }).etiketCode}`);
  }

  private async etiketExists(code: string): Promise<boolean> {
    const found = readAnswer("getetiketinfobycode", records(etiketRecord), await this.client.read("getetiketinfobycode", [code]));
    return found.some((row) => canonicalCode(row.Code) === canonicalCode(code));
  }
}

export type { AddOn };
