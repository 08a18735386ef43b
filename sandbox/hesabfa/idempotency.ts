// requestUniqueId (seed): a GUID "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
// honoured only by methods that change data; a repeat within 24 hours is not
// processed again. Only a request that was processed (answered Success)
// takes its id: a refused write changed nothing, so its retry is processed.
import type { Clock } from "./dates.js";

export const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const REQUEST_ID_TTL_MS = 24 * 60 * 60 * 1000;

export class RequestIds {
  /** Lower-cased id → when it was processed and the answer it got. */
  private readonly seen = new Map<string, { at: number; answer: string }>();

  constructor(private readonly clock: Clock) {}

  /** The first answer to this id, while it is less than 24 hours old. */
  lookup(id: string): string | undefined {
    const key = id.toLowerCase();
    const entry = this.seen.get(key);
    if (!entry) return undefined;
    if (this.clock() - entry.at >= REQUEST_ID_TTL_MS) {
      this.seen.delete(key);
      return undefined;
    }
    return entry.answer;
  }

  remember(id: string, answer: string): void {
    this.seen.set(id.toLowerCase(), { at: this.clock(), answer });
  }

  clear(): void {
    this.seen.clear();
  }
}
