// The simulator's public types; index.ts re-exports them.
import type { RateLimit } from "./rate-limit.js";
import type { HesabfaState } from "./state.js";
import type { UserChanges } from "./user-change.js";

export interface HesabfaSimulatorOptions {
  /** Default "127.0.0.1". */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** Generated when absent (32 characters, like H4's sample key). */
  apiKey?: string;
  /** Generated when absent (96 hex characters, like H4's sample token). */
  loginToken?: string;
  /** The owner's login; default "owner@example.com". */
  userId?: string;
  /** Generated when absent. */
  password?: string;
  /** Default true: a realistic small business. false: an empty one (still two fiscal years, no banks, no warehouses). */
  seed?: boolean;
  /** The business currency (setting/getCurrency), default "IRR". Seed prices in IRT are the IRR ones / 10. */
  currency?: "IRR" | "IRT";
  /** Default {limit: 50, windowMs: 60000}; null = off. `status: 429` answers excess with HTTP 429 instead of 200 + ErrorCode 101. */
  rateLimit?: RateLimit | null;
  /** A repeated requestUniqueId on a write within 24 h: "replay" (default) answers the first answer again; "error120" answers ErrorCode 120. */
  duplicateRequests?: "replay" | "error120";
  /** Milliseconds since the epoch; default Date.now. Drives timestamps, fiscal years, the 24-hour requestUniqueId window and the rate limit. */
  clock?: () => number;
}

/**
 * "http500": HTTP 500, no body, nothing processed. "reset": the connection is
 * destroyed, nothing processed. "http429": HTTP 429, no body, nothing
 * processed. {errorCode}: HTTP 200, Success false with that ErrorCode (e.g.
 * 105 API disabled, 108 business expired), nothing processed.
 */
export type HesabfaFaultKind = "http500" | "reset" | "http429" | { errorCode: number };

export interface HesabfaFaults {
  /** Added before every answer (default 0). */
  latencyMs: number;
  /** true: every connection is destroyed at once and new ones are refused the same way. */
  down: boolean;
  /** The next `count` calls (of that method, compared case-insensitively, if given) fail that way. */
  failNext(count: number, kind: HesabfaFaultKind, method?: string): void;
  /** Every Nth processed write is recorded in the business, then its connection is destroyed with no answer. */
  dropAfterWrite: { every: number } | null;
  /** Answers the next call of `method` with exactly `rawBody` (Content-Type application/json) and `status` (default 200); nothing is processed. */
  respondNext(method: string, rawBody: string, status?: number, headers?: Record<string, string>): void;
  /** All faults off. */
  reset(): void;
}

export interface RecordedRequest {
  /** Canonical lower-case "contact/get". */
  method: string;
  /** As sent, e.g. "/v1/Contact/Get". */
  path: string;
  /** The body as JSON.parse reads it; the raw text when it is not JSON; null when empty. */
  body: unknown;
  at: number;
  ip: string;
}

export interface HesabfaSimulator {
  /** Base URL ending in /v1/, e.g. http://127.0.0.1:PORT/v1/ */
  url: string;
  port: number;
  apiKey: string;
  loginToken: string;
  userId: string;
  password: string;
  /** Every POST to /v1/<area>/<method>, in arrival order, refused ones included. */
  requests: RecordedRequest[];
  /** Number of recorded requests (of that method, compared case-insensitively). */
  count(method?: string): number;
  resetRequests(): void;
  /** The business: contacts, items, invoices, payments, receipts, changes, hook, hookDeliveries… */
  state: HesabfaState;
  /** Changes made as a user in Hesabfa's web app (API: false in GetChanges). */
  userChange: UserChanges;
  faults: HesabfaFaults;
  close(): Promise<void>;
}
