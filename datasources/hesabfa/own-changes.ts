import type { StateStore } from "../../src/core/store/state-store.js";

/**
 * Objects hesabgraph itself changed in Hesabfa, remembered for a day, so
 * GetChanges rows about them (marked `API: true`) are not reported back as
 * someone else's. An object is named by its Hesabfa ObjectType and either its
 * Id or its natural key (a contact's or product's code, an invoice's type and
 * number, a receipt's number), since deletes answer no Id.
 */
export interface OwnMark {
  objectType: "Contact" | "Product" | "Invoice" | "WarehouseReceipt";
  id?: number | null;
  /** Code (contacts, products), `<type>:<number>` (invoices), number (receipts). */
  natural?: string | null;
}

const DAY_MS = 24 * 3600 * 1000;

export class OwnChanges {
  constructor(private readonly store: StateStore, private readonly scope: string) {}

  private keys(mark: OwnMark): string[] {
    const keys: string[] = [];
    if (mark.id !== undefined && mark.id !== null) keys.push(`${this.scope}:own:${mark.objectType}:id:${mark.id}`);
    if (mark.natural) keys.push(`${this.scope}:own:${mark.objectType}:key:${mark.natural}`);
    return keys;
  }

  /** Remembers the objects; a failure to remember never fails the write it follows. */
  async mark(marks: OwnMark[]): Promise<void> {
    await Promise.all(marks.flatMap((mark) => this.keys(mark).map((key) => this.store.set(key, "1", DAY_MS).catch(() => undefined))));
  }

  async isOwn(mark: OwnMark): Promise<boolean> {
    for (const key of this.keys(mark)) if ((await this.store.get(key)) !== undefined) return true;
    return false;
  }
}
