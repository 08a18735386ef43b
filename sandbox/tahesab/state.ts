// One simulator's data: customers (moshtari), etikets, documents (sanad) and
// RFID reads. Each simulator owns its own TahesabState; nothing here is
// module-level, so tests can run many simulators side by side.
import type { BalanceEffect } from "./accounting.js";
import { normalizeText, phoneDigits } from "./text.js";

export interface Customer {
  Code: string;
  Name: string;
  GroupName: string;
  Tel: string;
  Mobile: string;
  Address: string;
}

export interface Etiket {
  Code: string;
  Name: string;
  /** Grams. */
  Vazn: number;
  /** Thousandths. */
  Ayar: number;
  Size: string;
  Color: string;
  Sharh: string;
  DarsadSood: number;
  PoolSang: number;
  /** 1 in stock, 0 sold or out. */
  IsMojood: 0 | 1;
  CodeKar: string;
  PictureFileName: string;
  /** The RFID tag's EPC (uppercase hex), when the piece is tagged. */
  Epc: string | null;
  /** The last date it was registered, edited or touched by a document: "1403-08-06". */
  TarikhTaghir: string;
}

/** What DoListAsnad and DoNewSanadInquiry show of a document. */
export interface DocumentSummary {
  Factor_Code: string;
  Noe: string;
  Moshtari_Code: string;
  Factor_Number: number;
  Tarikh: string;
  Sabte_Kol: number;
  Vazn: number;
  Ayar: number;
  Mablagh: number;
  Sharh: string;
}

export interface SanadDocument {
  Factor_Code: string;
  /** The command that made it, e.g. "DoNewSanadVKHGOLD". */
  command: string;
  /** "1403-08-06". */
  date: string;
  /** Every argument by its seed name. */
  args: Record<string, string | number>;
  Moshtari_Code: string;
  Factor_Number: number;
  /** Sabte_Kol_Or_Movaghat = 1. Temporary documents move no balance and no stock. */
  final: boolean;
  /** Creation order. */
  seq: number;
  effect: BalanceEffect;
  /** For etiket documents: the etiket and its IsMojood after this document. */
  etiket?: { code: string; stockAfter: 0 | 1 };
  summary: DocumentSummary;
}

export interface Balance {
  code: string;
  /** 750-equivalent grams, 3 decimals. Positive: we owe the customer. */
  gold: number;
  /** Rials. Positive: we owe the customer. */
  money: number;
  /** Coin count by name. */
  coins: Record<string, number>;
}

export interface RfidRead {
  at: number;
  epcs: string[];
  matched: string[];
  unmatched: string[];
}

export interface NewDocument {
  command: string;
  date: string;
  args: Record<string, string | number>;
  Moshtari_Code: string;
  Factor_Number: number;
  final: boolean;
  effect: BalanceEffect;
  etiket?: { code: string; stockAfter: 0 | 1 };
  summary: Omit<DocumentSummary, "Factor_Code">;
}

export interface DocumentQuery {
  /** 0: no limit. */
  countLast: number;
  /** "" or 0: every customer. */
  customerCode: string;
  /** Inclusive bounds, "" for none. */
  from: string;
  to: string;
}

export class TahesabState {
  readonly customers = new Map<string, Customer>();
  readonly etikets = new Map<string, Etiket>();
  /** Live (not deleted) documents by Factor_Code, in creation order. */
  readonly documents = new Map<string, SanadDocument>();
  readonly deletedDocuments: SanadDocument[] = [];
  readonly rfidReads: RfidRead[] = [];

  private readonly baseStock = new Map<string, 0 | 1>();
  private readonly epcIndex = new Map<string, string>();
  /** Every date an etiket was registered, edited or touched by a document. */
  private readonly etiketChanges = new Map<string, string[]>();
  private nextCustomerCode = 1;
  private nextFactorCode = 100_001;
  private seq = 0;

  // ---- customers ----------------------------------------------------------

  addCustomer(fields: Omit<Customer, "Code">): Customer {
    const customer: Customer = { Code: String(this.nextCustomerCode++), ...fields };
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
    return [...this.customers.values()].filter((c) => phoneDigits(c.Mobile) === digits || phoneDigits(c.Tel) === digits);
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
    const Factor_Code = String(this.nextFactorCode++);
    const doc: SanadDocument = { ...input, Factor_Code, seq: ++this.seq, summary: { Factor_Code, ...input.summary } };
    this.documents.set(Factor_Code, doc);
    if (doc.etiket) {
      const etiket = this.etikets.get(doc.etiket.code);
      if (etiket && etiket.TarikhTaghir < doc.date) etiket.TarikhTaghir = doc.date;
      this.etiketChanges.get(doc.etiket.code)?.push(doc.date);
      this.replayStock();
    }
    return doc;
  }

  /** Removes a live document and undoes its effects; undefined when unknown. */
  deleteDocument(factorCode: string): SanadDocument | undefined {
    const doc = this.documents.get(factorCode);
    if (!doc) return undefined;
    this.documents.delete(factorCode);
    this.deletedDocuments.push(doc);
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

  /** Live documents, newest first (by date, then by creation order). */
  listDocuments(query: DocumentQuery): SanadDocument[] {
    const docs = [...this.documents.values()].filter(
      (d) =>
        (query.customerCode === "" || query.customerCode === "0" || d.Moshtari_Code === query.customerCode) &&
        (query.from === "" || d.date >= query.from) &&
        (query.to === "" || d.date <= query.to),
    );
    docs.sort((a, b) => (a.date === b.date ? b.seq - a.seq : a.date < b.date ? 1 : -1));
    return query.countLast > 0 ? docs.slice(0, query.countLast) : docs;
  }

  /** The newest live document with this customer, factor number and date. */
  findDocument(customerCode: string, factorNumber: number, date: string): SanadDocument | undefined {
    let found: SanadDocument | undefined;
    for (const d of this.documents.values()) {
      if (d.Moshtari_Code === customerCode && d.Factor_Number === factorNumber && d.date === date) found = d;
    }
    return found;
  }

  // ---- balances -----------------------------------------------------------

  /** A customer's balance from live final documents, optionally only those dated <= `untilDate`. */
  balance(code: string | number, untilDate?: string): Balance | undefined {
    const key = String(code);
    if (!this.customers.has(key)) return undefined;
    let goldMg = 0;
    let money = 0;
    const coins: Record<string, number> = {};
    for (const d of this.documents.values()) {
      if (!d.final || d.Moshtari_Code !== key) continue;
      if (untilDate !== undefined && d.date > untilDate) continue;
      goldMg += d.effect.goldMg;
      money += d.effect.money;
      for (const [name, count] of Object.entries(d.effect.coins)) coins[name] = (coins[name] ?? 0) + count;
    }
    return { code: key, gold: goldMg / 1000 || 0, money: money || 0, coins };
  }
}
