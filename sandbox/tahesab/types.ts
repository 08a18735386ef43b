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
}

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
  /** The first accepted DBName ("DB" by default). */
  dbName: string;
  /** The self-signed certificate (PEM). */
  certificatePem: string;
  /** SHA-256 fingerprint of the DER certificate, uppercase hex with colons. */
  certificateSha256: string;
  faults: TahesabFaults;
  /** Every request that passed auth and parsed as a command, in arrival order (including ones answered with ERROR). */
  requests: RecordedRequest[];
  /** Number of recorded requests (of that command). */
  count(command?: string): number;
  resetRequests(): void;
  /** Read access for tests: customers, etikets, documents, balances. */
  state: TahesabState;
  /** Stop listening, destroy open sockets. */
  close(): Promise<void>;
}
