// The simulator's public types; index.ts re-exports them.
import type { TahesabState } from "./state.js";

export interface TahesabSimulatorOptions {
  /** Default "127.0.0.1". */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** Default: random 80-character uppercase alphanumeric, like the seed's example. */
  token?: string;
  /** Accepted DBName header values; default ["DB", "DB1", "TahesabDB", "TahesabDB1"]. */
  dbNames?: string[];
  /** Default true: realistic sample data. */
  seed?: boolean;
  /**
   * Which add-on the shop runs. "current" (default): the newer argument forms
   * (trailing Sharh/Factor_Code/…, 10-argument DoNewMoshtari, 6-argument
   * DoListAsnad, 2-argument DoListEtiket) and CheckHealth, GetEtiketTableInfo,
   * DoListGorooh, DoListNameSekeh. "older": only the seed's forms and commands.
   */
  addOn?: TahesabAddOn;
  /** The key of refusals: {"ERROR": "…"} (default) or {"Error": "…"}; real clients meet both. */
  errorKey?: TahesabErrorKey;
}

export type TahesabAddOn = "current" | "older";
export type TahesabErrorKey = "ERROR" | "Error";

/** reset = destroy the socket before processing. */
export type TahesabFaultKind = "error" | "http500" | "reset";

export interface TahesabFaults {
  /** Added before every response (default 0). */
  latencyMs: number;
  /** Added before the response to these commands only, after the command has run (e.g. a slow write). */
  commandLatencyMs: Record<string, number>;
  /** Added before these commands run: Tahesab still working on a request its client has given up on. */
  commandDelayMs: Record<string, number>;
  /** true: every connection is destroyed at once (the shop PC is off). */
  down: boolean;
  /** The next `count` requests (of that command, if given) fail that way; nothing is processed. */
  failNext(count: number, kind: TahesabFaultKind, command?: string): void;
  /**
   * Every Nth successful WRITE command (DoNewMoshtari, DoNewSanad* except
   * DoNewSanadInquiry, DoDeleteSanad) is fully processed and recorded, then the
   * socket is destroyed with no response.
   */
  dropAfterWrite: { every: number } | null;
  /**
   * The next call of `command` (after it is recorded, before anything runs) is
   * answered with exactly `rawBody` (Content-Type application/json; charset=utf-8)
   * and HTTP `status` (default 200). Calls queue up in order. For feeding a
   * client answers of the wrong shape.
   */
  respondNext(command: string, rawBody: string, status?: number, headers?: Record<string, string>): void;
  /** All faults off. */
  reset(): void;
}

export interface RecordedRequest {
  command: string;
  args: unknown[];
  dbName: string;
  at: number;
}

export interface TahesabSimulator {
  /** "https://127.0.0.1:<port>/" */
  url: string;
  port: number;
  token: string;
  /** The first accepted DBName ("DB" by default): the main environment. */
  dbName: string;
  /** The add-on this simulator plays (options.addOn). */
  addOn: TahesabAddOn;
  /** The refusal key this simulator answers with (options.errorKey). */
  errorKey: TahesabErrorKey;
  /** The self-signed certificate (PEM). */
  certificatePem: string;
  /** SHA-256 fingerprint of the DER certificate, uppercase hex with colons. */
  certificateSha256: string;
  faults: TahesabFaults;
  /** Every request that passed auth and parsed as a command, in arrival order (including refused and unanswered ones). */
  requests: RecordedRequest[];
  /** Number of recorded requests (of that command). */
  count(command?: string): number;
  resetRequests(): void;
  /** Read access for tests: customers, etikets, documents, balances. */
  state: TahesabState;
  /** Stop listening, destroy open sockets. */
  close(): Promise<void>;
}
