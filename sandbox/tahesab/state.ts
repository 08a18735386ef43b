// One simulator's data: customers (moshtari) and their groups, etikets, coin
// kinds, documents (sanad, in ledger.ts) and RFID reads. Each simulator owns its
// own TahesabState; nothing here is module-level, so tests can run many
// simulators side by side. Text is kept as the back end stored it (Arabic ي/ك,
// "?" for what Windows-1256 lost); searches normalise.
import { Ledger, type Balance, type NewDocument, type SanadDocument } from "./ledger.js";
import { normalizeText, phoneDigits } from "./text.js";

export type { Balance, DocumentFacts, SanadDocument } from "./ledger.js";
/** @deprecated the old name of DocumentFacts. */
export type { DocumentFacts as DocumentSummary } from "./ledger.js";

export interface Customer {
  Code: string;
  Name: string;
  /** The group's name ("" for none); answers call it GoroupName. */
  GroupName: string;
  /** The group's ID (0 for none). */
  GID: number;
  Tel: string;
  Mobile: string;
  Address: string;
  /** National code (کد ملی), "" when unknown. */
  CodeMelli: string;
  City: string;
  /** Birth date as sent ("1370-05-12"), "" when unknown. */
  BDate: string;
  /** Who introduced the customer (معرف), and that customer's code (-1: none). */
  Moaref: string;
  CodeMoaref: number;
}

export interface CustomerGroup {
  GID: number;
  Name: string;
}

export interface CoinKind {
  Name: string;
  /** Grams. */
  Vazn: number;
  Ayar: number;
}

export interface Etiket {
  Code: string;
  Name: string;
  /** Grams. */
  Vazn: number;
  /** How the add-on writes the weight, when not as a number: "4/06" (a slash for the decimal point). */
  VaznText?: string;
  /** Thousandths. */
  Ayar: number;
  Size: string;
  Color: string;
  ColorCode: number;
  Sharh: string;
  DarsadSood: number;
  /** Making charge as a percentage of the weight (اجرت). */
  DarsadVazn: number;
  /** The percentage the shop pays when buying it back. */
  DarsadVaznMaye: number;
  PoolSang: number;
  /** Rials per mesghal. */
  Mazaneh: number;
  /** The price the shop shows online, rials. */
  OnlinePrice: number;
  /** 1 in stock, 0 sold or out. */
  IsMojood: 0 | 1;
  CodeKar: string;
  PictureFileName: string;
  /** The RFID tag's EPC (uppercase hex), when the piece is tagged. */
  Epc: string | null;
  /** The last date it was registered, edited or touched by a document: "1403-08-06". */
  TarikhTaghir: string;
}

export interface RfidRead {
  at: number;
  epcs: string[];
  matched: string[];
  unmatched: string[];
}

export class TahesabState {
  readonly customers = new Map<string, Customer>();
  readonly groups = new Map<number, CustomerGroup>();
  readonly coinKinds: CoinKind[] = [];
  readonly etikets = new Map<string, Etiket>();
  readonly ledger = new Ledger();
  readonly rfidReads: RfidRead[] = [];

  private readonly baseStock = new Map<string, 0 | 1>();
  private readonly epcIndex = new Map<string, string>();
  /** Every date an etiket was registered, edited or touched by a document. */
  private readonly etiketChanges = new Map<string, string[]>();

  /** Live documents by row ID. */
  get documents(): Map<number, SanadDocument> {
    return this.ledger.documents;
  }
  get deletedDocuments(): SanadDocument[] {
    return this.ledger.deletedDocuments;
  }

  // ---- customers and groups -----------------------------------------------

  /** Adds a customer under `code`, or under the next code after the highest one. */
  addCustomer(fields: Omit<Customer, "Code">, code?: number): Customer {
    const chosen = code ?? Math.max(0, ...[...this.customers.keys()].map(Number)) + 1;
    const customer: Customer = { Code: String(chosen), ...fields };
    this.customers.set(customer.Code, customer);
    return customer;
  }

  customer(code: string | number): Customer | undefined {
    return this.customers.get(String(code));
  }

  /** Name search as Tahesab users expect it: ي/ك and digit forms do not matter. */
  findCustomersByName(name: string): Customer[] {
    const wanted = normalizeText(name);
    return [...this.customers.values()].filter((c) => normalizeText(c.Name).includes(wanted));
  }

  /** Customers whose Mobile or Tel, digits only, equals `digits`. */
  findCustomersByPhone(digits: string): Customer[] {
    if (digits === "") return [];
    return [...this.customers.values()].filter((c) => phoneDigits(c.Mobile) === digits || phoneDigits(c.Tel) === digits);
  }

  addGroup(name: string): CustomerGroup {
    const group = { GID: Math.max(0, ...this.groups.keys()) + 1, Name: name };
    this.groups.set(group.GID, group);
    return group;
  }

  /** The group with this name, ي/ی and ك/ک alike. */
  findGroup(name: string): CustomerGroup | undefined {
    const wanted = normalizeText(name);
    return [...this.groups.values()].find((g) => normalizeText(g.Name) === wanted);
  }

  // ---- etikets ------------------------------------------------------------

  addEtiket(etiket: Etiket): void {
    this.etikets.set(etiket.Code, etiket);
    this.baseStock.set(etiket.Code, etiket.IsMojood);
    this.etiketChanges.set(etiket.Code, [etiket.TarikhTaghir]);
    if (etiket.Epc) this.epcIndex.set(etiket.Epc.toUpperCase(), etiket.Code);
  }

  etiket(code: string | number): Etiket | undefined {
    return this.etikets.get(String(code));
  }

  /** The latest date in [from, to] on which the etiket changed; undefined when none. */
  etiketChangedBetween(code: string, from: string, to: string): string | undefined {
    let latest: string | undefined;
    for (const date of this.etiketChanges.get(code) ?? []) {
      if (date >= from && date <= to && (latest === undefined || date > latest)) latest = date;
    }
    return latest;
  }

  etiketByEpc(epc: string): Etiket | undefined {
    const code = this.epcIndex.get(epc.toUpperCase());
    return code === undefined ? undefined : this.etikets.get(code);
  }

  // ---- documents ----------------------------------------------------------

  addDocument(input: NewDocument): SanadDocument {
    const doc = this.ledger.add(input);
    if (doc.etiket) {
      const etiket = this.etikets.get(doc.etiket.code);
      if (etiket && etiket.TarikhTaghir < doc.date) etiket.TarikhTaghir = doc.date;
      this.etiketChanges.get(doc.etiket.code)?.push(doc.date);
      this.replayStock();
    }
    return doc;
  }

  /** Removes a live document (found by Factor_Code, case-insensitively) and undoes its effects. */
  deleteDocument(factorCode: string): SanadDocument | undefined {
    const doc = this.ledger.byFactorCode(factorCode);
    if (!doc) return undefined;
    this.ledger.remove(doc);
    if (doc.etiket) this.replayStock();
    return doc;
  }

  /** Stock = the seeded IsMojood, then every live final etiket document in creation order. */
  private replayStock(): void {
    for (const [code, base] of this.baseStock) {
      const etiket = this.etikets.get(code);
      if (etiket) etiket.IsMojood = base;
    }
    for (const doc of this.documents.values()) {
      if (!doc.final || !doc.etiket) continue;
      const etiket = this.etikets.get(doc.etiket.code);
      if (etiket) etiket.IsMojood = doc.etiket.stockAfter;
    }
  }

  // ---- balances -----------------------------------------------------------

  /** A customer's balance from live final documents, optionally only those dated <= `untilDate`. */
  balance(code: string | number, untilDate?: string): Balance | undefined {
    const key = String(code);
    return this.customers.has(key) ? this.ledger.balance(key, untilDate) : undefined;
  }
}
