// Fault injection: what a shop PC on a home connection does to an API client.
import type { TahesabFaultKind, TahesabFaults } from "./types.js";

interface FailRule {
  remaining: number;
  kind: TahesabFaultKind;
  command?: string;
}

const KINDS: readonly TahesabFaultKind[] = ["error", "http500", "reset"];

export interface CannedReply {
  body: string;
  status: number;
  headers: Record<string, string>;
}

export class FaultController implements TahesabFaults {
  latencyMs = 0;
  commandLatencyMs: Record<string, number> = {};
  commandDelayMs: Record<string, number> = {};
  private isDown = false;
  private rules: FailRule[] = [];
  private drop: { every: number } | null = null;
  private successfulWrites = 0;
  private canned = new Map<string, CannedReply[]>();

  /** `onDown` destroys the connections already open when the PC goes off. */
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

  failNext(count: number, kind: TahesabFaultKind, command?: string): void {
    if (!(Number.isInteger(count) && count >= 0)) throw new RangeError("failNext count must be a non-negative integer");
    if (!KINDS.includes(kind)) throw new RangeError(`unknown fault kind ${String(kind)}`);
    if (count > 0) this.rules.push({ remaining: count, kind, command });
  }

  respondNext(command: string, rawBody: string, status = 200, headers: Record<string, string> = {}): void {
    if (typeof rawBody !== "string") throw new TypeError("respondNext takes the raw body as a string");
    if (!(Number.isInteger(status) && status >= 200 && status <= 599)) throw new RangeError("respondNext status must be an HTTP status 200-599");
    const queue = this.canned.get(command) ?? [];
    queue.push({ body: rawBody, status, headers });
    this.canned.set(command, queue);
  }

  reset(): void {
    this.latencyMs = 0;
    this.commandLatencyMs = {};
    this.commandDelayMs = {};
    this.isDown = false;
    this.rules = [];
    this.drop = null;
    this.successfulWrites = 0;
    this.canned.clear();
  }

  /** The canned answer queued for this command, consumed; undefined when none. */
  takeCanned(command: string): CannedReply | undefined {
    const queue = this.canned.get(command);
    const reply = queue?.shift();
    if (queue && queue.length === 0) this.canned.delete(command);
    return reply;
  }

  /** The failure this request must suffer, consuming one from the first matching rule. */
  takeFailure(command: string): TahesabFaultKind | null {
    const rule = this.rules.find((r) => r.remaining > 0 && (r.command === undefined || r.command === command));
    if (!rule) return null;
    rule.remaining -= 1;
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return rule.kind;
  }

  /** Called after each successful write; true when its answer must be lost. */
  dropThisWrite(): boolean {
    if (!this.drop) return false;
    this.successfulWrites += 1;
    return this.successfulWrites % this.drop.every === 0;
  }
}
