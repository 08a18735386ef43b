// The documents (sanad) of one simulator: live ones by row ID, deleted ones,
// every Factor_Code ever used, balances and the running balances DoListAsnad
// shows after each row.
import type { BalanceEffect } from "./accounting.js";

/** What a DoListAsnad row shows of a document besides balances (null: the add-on writes "null"). */
export interface DocumentFacts {
  /** The document kind in Persian (document-kinds.ts). */
  NO: string;
  Vazn: number | null;
  Ayar: number | null;
  Mazaneh: number | null;
  /** Signed money effect, rials (the customer's side: negative = they owe more). */
  Mali: number | null;
  /** Signed 750-equivalent gold effect, grams. */
  TabdilVazn: number | null;
  Name_az: string | null;
  /** The lab's stamp number (Ang_Number), for melted gold. */
  Sh_Sharti: string | null;
  IsAbshode: boolean;
  Sharh: string;
}

export interface SanadDocument {
  /** The row ID DoListAsnad keys by: creation order. */
  ID: number;
  /** null for rows the shop typed in Tahesab itself. */
  Factor_Code: string | null;
  /** The command that made it, e.g. "DoNewSanadVKHGOLD". */
  command: string;
  /** Document date, "1403-08-06". */
  date: string;
  /** Time of recording, "17:26:32". */
  time: string;
  /** Every argument by its name (text as stored). */
  args: Record<string, string | number>;
  Moshtari_Code: string;
  Factor_Number: number;
  /** Sabte_Kol_Or_Movaghat = 1. Temporary documents move no balance and no stock. */
  final: boolean;
  effect: BalanceEffect;
  /** For etiket documents: the etiket and its IsMojood after this document. */
  etiket?: { code: string; stockAfter: 0 | 1 };
  /** "APi" for documents the API wrote, the Tahesab user's name otherwise. */
  user: string;
  facts: DocumentFacts;
}

export type NewDocument = Omit<SanadDocument, "ID" | "Factor_Code"> & {
  /** A client-chosen code; undefined: the add-on makes one; null: none (typed in Tahesab). */
  Factor_Code?: string | null;
};

export interface Balance {
  code: string;
  /** 750-equivalent grams, 3 decimals. Positive: the shop owes the customer. */
  gold: number;
  /** Rials. Positive: the shop owes the customer. */
  money: number;
  /** Coin count by name. */
  coins: Record<string, number>;
}

export interface DocumentQuery {
  /** -1: every matching document; N: the last N. */
  countLast: number;
  /** "0": every customer. */
  customerCode: string;
  /** Inclusive bounds ("1403-08-06"). */
  from: string;
  to: string;
  /** Only documents of this kind (NO), when given. */
  kind?: (no: string) => boolean;
}

export interface Running {
  goldMg: number;
  money: number;
}

/** Chronological order: the order DoListAsnad shows and running balances follow. */
export const chronological = (a: SanadDocument, b: SanadDocument) =>
  a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.time !== b.time ? (a.time < b.time ? -1 : 1) : a.ID - b.ID;

export class Ledger {
  /** Live (not deleted) documents by row ID, in creation order. */
  readonly documents = new Map<number, SanadDocument>();
  readonly deletedDocuments: SanadDocument[] = [];
  /** Every Factor_Code ever given out or chosen, lower case (deleted ones stay taken). */
  private readonly usedCodes = new Set<string>();
  private nextId = 1;
  private nextFactorCode = 100_001;

  /** Has this Factor_Code been used (compared case-insensitively, as the back ends' collations do)? */
  factorCodeTaken(code: string): boolean {
    return this.usedCodes.has(code.toLowerCase());
  }

  /** The next factor number after every one used (for Factor_Number -1). */
  nextFactorNumber(): number {
    let max = 0;
    for (const d of [...this.documents.values(), ...this.deletedDocuments]) max = Math.max(max, d.Factor_Number);
    return max + 1;
  }

  add(input: NewDocument): SanadDocument {
    let Factor_Code = input.Factor_Code;
    if (Factor_Code === undefined) {
      do Factor_Code = String(this.nextFactorCode++);
      while (this.factorCodeTaken(Factor_Code));
    }
    if (Factor_Code !== null) this.usedCodes.add(Factor_Code.toLowerCase());
    const doc: SanadDocument = { ...input, ID: this.nextId++, Factor_Code };
    this.documents.set(doc.ID, doc);
    return doc;
  }

  /** The live document with this Factor_Code (case-insensitive). */
  byFactorCode(code: string): SanadDocument | undefined {
    const wanted = code.toLowerCase();
    for (const d of this.documents.values()) if (d.Factor_Code?.toLowerCase() === wanted) return d;
    return undefined;
  }

  remove(doc: SanadDocument): void {
    this.documents.delete(doc.ID);
    this.deletedDocuments.push(doc);
  }

  /** The customer's balance after every live final document (dated <= untilDate, when given). */
  balance(code: string, untilDate?: string): Balance {
    let goldMg = 0;
    let money = 0;
    const coins: Record<string, number> = {};
    for (const d of this.documents.values()) {
      if (!d.final || d.Moshtari_Code !== code) continue;
      if (untilDate !== undefined && d.date > untilDate) continue;
      goldMg += d.effect.goldMg;
      money += d.effect.money;
      for (const [name, count] of Object.entries(d.effect.coins)) coins[name] = (coins[name] ?? 0) + count;
    }
    return { code, gold: goldMg / 1000 || 0, money: money || 0, coins };
  }

  /** Each live document's customer balance right after it (temporary documents change nothing). */
  runningBalances(): Map<number, Running> {
    const perCustomer = new Map<string, Running>();
    const out = new Map<number, Running>();
    for (const d of [...this.documents.values()].sort(chronological)) {
      const run = perCustomer.get(d.Moshtari_Code) ?? { goldMg: 0, money: 0 };
      const next = d.final ? { goldMg: run.goldMg + d.effect.goldMg, money: run.money + d.effect.money } : run;
      perCustomer.set(d.Moshtari_Code, next);
      out.set(d.ID, next);
    }
    return out;
  }

  /** Live documents matching the query, oldest first; the last `countLast` of them unless -1. */
  list(query: DocumentQuery): SanadDocument[] {
    const docs = [...this.documents.values()]
      .filter(
        (d) =>
          (query.customerCode === "0" || d.Moshtari_Code === query.customerCode) &&
          d.date >= query.from &&
          d.date <= query.to &&
          (query.kind === undefined || query.kind(d.facts.NO)),
      )
      .sort(chronological);
    return query.countLast === -1 ? docs : docs.slice(Math.max(0, docs.length - query.countLast));
  }

  /** Live documents with this customer, factor number and date, oldest first. */
  find(customerCode: string, factorNumber: number, date: string): SanadDocument[] {
    return [...this.documents.values()]
      .filter((d) => d.Moshtari_Code === customerCode && d.Factor_Number === factorNumber && d.date === date)
      .sort(chronological);
  }
}
