// Fault injection: what the network and a busy vendor do to an API client.
import type { HesabfaFaultKind, HesabfaFaults } from "./types.js";

interface FailRule {
  remaining: number;
  kind: HesabfaFaultKind;
  method?: string;
}

interface CannedAnswer {
  method: string;
  body: string;
  status: number;
  headers: Record<string, string>;
}

const canonical = (method: string) => method.replace(/^\/+/, "").toLowerCase();

function checkKind(kind: HesabfaFaultKind): void {
  if (kind === "http500" || kind === "reset" || kind === "http429") return;
  if (typeof kind === "object" && kind !== null && Number.isInteger(kind.errorCode)) return;
  throw new RangeError(`unknown fault kind ${JSON.stringify(kind)}`);
}

export class FaultController implements HesabfaFaults {
  latencyMs = 0;
  private isDown = false;
  private rules: FailRule[] = [];
  private canned: CannedAnswer[] = [];
  private drop: { every: number } | null = null;
  private writes = 0;

  /** `onDown` destroys the connections already open. */
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
    this.writes = 0;
  }

  failNext(count: number, kind: HesabfaFaultKind, method?: string): void {
    if (!(Number.isInteger(count) && count >= 0)) throw new RangeError("failNext count must be a non-negative integer");
    checkKind(kind);
    if (count > 0) this.rules.push({ remaining: count, kind, method: method === undefined ? undefined : canonical(method) });
  }

  respondNext(method: string, rawBody: string, status = 200, headers: Record<string, string> = {}): void {
    if (!(Number.isInteger(status) && status >= 100 && status <= 599)) throw new RangeError("respondNext status must be an HTTP status");
    this.canned.push({ method: canonical(method), body: rawBody, status, headers });
  }

  reset(): void {
    this.latencyMs = 0;
    this.isDown = false;
    this.rules = [];
    this.canned = [];
    this.drop = null;
    this.writes = 0;
  }

  /** The failure this request must suffer, consuming one from the first matching rule. */
  takeFailure(method: string): HesabfaFaultKind | null {
    const rule = this.rules.find((r) => r.remaining > 0 && (r.method === undefined || r.method === method));
    if (!rule) return null;
    rule.remaining -= 1;
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return rule.kind;
  }

  /** A canned answer queued for this method, consumed. */
  takeCanned(method: string): CannedAnswer | null {
    const index = this.canned.findIndex((c) => c.method === method);
    if (index < 0) return null;
    const [answer] = this.canned.splice(index, 1);
    return answer;
  }

  /** Called after each processed write; true when its answer must be lost. */
  dropThisWrite(): boolean {
    if (!this.drop) return false;
    this.writes += 1;
    return this.writes % this.drop.every === 0;
  }
}
