// Fault injection: what a hosted service behind nginx does to its clients on a
// bad day. Faults hit before any processing, so a faulted request changes no
// data and spends no quota.
import type { HesabitFaultKind, HesabitFaults } from "./types.js";

interface FailRule {
  remaining: number;
  kind: HesabitFaultKind;
  pathPrefix?: string;
}

interface CannedReply {
  pathPrefix: string;
  body: string;
  status: number;
}

const KINDS: readonly HesabitFaultKind[] = ["http500", "reset", "http429", "http502html"];

export class FaultController implements HesabitFaults {
  latencyMs = 0;
  private isDown = false;
  private rules: FailRule[] = [];
  private canned: CannedReply[] = [];
  private drop: { every: number } | null = null;
  private successfulWrites = 0;

  /** `onDown` destroys the connections already open when the service goes down. */
  constructor(private readonly onDown: () => void) {}

  get down(): boolean {
    return this.isDown;
  }
  set down(value: boolean) {
    this.isDown = value;
    if (value) this.onDown();
  }

  get dropAfterWrite(): { every: number } | null {
    return this.drop;
  }
  set dropAfterWrite(value: { every: number } | null) {
    if (value !== null && !(Number.isInteger(value.every) && value.every >= 1)) {
      throw new RangeError("dropAfterWrite.every must be a positive integer");
    }
    this.drop = value;
    this.successfulWrites = 0;
  }

  failNext(count: number, kind: HesabitFaultKind, pathPrefix?: string): void {
    if (!(Number.isInteger(count) && count >= 0)) throw new RangeError("failNext count must be a non-negative integer");
    if (!KINDS.includes(kind)) throw new RangeError(`unknown fault kind ${String(kind)}`);
    if (count > 0) this.rules.push({ remaining: count, kind, pathPrefix });
  }

  respondNext(pathPrefix: string, rawBody: string, status = 200): void {
    if (!(Number.isInteger(status) && status >= 100 && status <= 599)) throw new RangeError("respondNext status must be an HTTP status");
    this.canned.push({ pathPrefix, body: rawBody, status });
  }

  reset(): void {
    this.latencyMs = 0;
    this.isDown = false;
    this.rules = [];
    this.canned = [];
    this.drop = null;
    this.successfulWrites = 0;
  }

  /** The failure this request must suffer, consuming one from the first matching rule. */
  takeFailure(path: string): HesabitFaultKind | null {
    const rule = this.rules.find((r) => r.remaining > 0 && (r.pathPrefix === undefined || path.startsWith(r.pathPrefix)));
    if (!rule) return null;
    rule.remaining -= 1;
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return rule.kind;
  }

  /** The canned answer for this request, consumed. */
  takeCanned(path: string): { body: string; status: number } | null {
    const index = this.canned.findIndex((c) => path.startsWith(c.pathPrefix));
    if (index < 0) return null;
    const [reply] = this.canned.splice(index, 1);
    return { body: reply.body, status: reply.status };
  }

  /** Called after each successful API write; true when its answer must be lost. */
  dropThisWrite(): boolean {
    if (!this.drop) return false;
    this.successfulWrites += 1;
    return this.successfulWrites % this.drop.every === 0;
  }
}
