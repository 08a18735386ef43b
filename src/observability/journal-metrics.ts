import type { ClaimOutcome, IdempotencyJournal, JournalEntry } from "../core/store/journal.js";

/**
 * The idempotency journal with every change of a key's state counted: the
 * journal is shared by all vendors and tenants, and the wrapper sees each
 * key pass through it, whoever writes. The vendor is read from the key's
 * scope (`TAHESAB:…`, `<tenant>:HESABFA:…`); the key itself goes nowhere.
 */
export function countedJournal(journal: IdempotencyJournal, vendors: readonly string[], count: (vendor: string, event: string) => void): IdempotencyJournal {
  const scope = new RegExp(`(?:^|:)(${vendors.join("|")}):`);
  const vendorOf = (key: string) => scope.exec(key)?.[1] ?? "unknown";
  return {
    get: (key) => journal.get(key),
    async begin(entry: JournalEntry) {
      const begun = await journal.begin(entry);
      count(vendorOf(entry.key), begun.created ? "begun" : begun.existing.state === "DONE" ? "replayed" : "found_pending");
      return begun;
    },
    async claim(key, leaseUntil, now): Promise<ClaimOutcome> {
      const claim = await journal.claim(key, leaseUntil, now);
      if (claim.entry?.state === "DONE") count(vendorOf(key), "replayed");
      else if (claim.entry && !claim.claimed) count(vendorOf(key), "waited");
      return claim;
    },
    checkpoint: (key, checkpoint) => journal.checkpoint(key, checkpoint),
    async complete(key, result) {
      await journal.complete(key, result);
      count(vendorOf(key), "completed");
    },
    async setLease(key, leaseUntil) {
      await journal.setLease(key, leaseUntil);
      count(vendorOf(key), "unknown");
    },
    async release(key) {
      await journal.release(key);
      count(vendorOf(key), "released");
    },
    ping: () => journal.ping(),
    close: () => journal.close(),
  };
}
