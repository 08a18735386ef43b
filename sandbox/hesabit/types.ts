// The simulator's public types; index.ts re-exports them.
import type { HesabitState } from "./state.js";

export interface HesabitSimulatorOptions {
  /** Default "127.0.0.1". */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** The registered client. Generated (CakePHP-style UUIDs, as Hesabit's panel gives) when absent. */
  clientId?: string;
  clientSecret?: string;
  /**
   * Registered redirect URIs, compared as exact strings. Default: any
   * http://127.0.0.1:<port>/auth/hesabit/callback and http://localhost:<port>/auth/hesabit/callback.
   */
  redirectUris?: string[];
  /** Access-token lifetime; default 36000 (the seed's 10 hours). */
  tokenLifetimeSeconds?: number;
  /** Authorization-code lifetime; default 60. Codes are single-use either way. */
  codeLifetimeSeconds?: number;
  /** Default false: a refresh answers no refresh_token and the old one keeps working (the seed's example). */
  rotateRefreshTokens?: boolean;
  /** Default false: GET /oauth2/authorize shows an approve/deny page; true redirects at once. */
  autoApprove?: boolean;
  /** API requests per client id per Tehran day; default 20000. */
  dailyQuota?: number;
  /** Default true: deterministic sample data. Ignored when persistFile already holds data. */
  seed?: boolean;
  /** JSON file that keeps clients, issued tokens and data across restarts (written atomically). */
  persistFile?: string;
  /**
   * Default false: list, GET-one and PUT answers show a customer's fields as the vendor's
   * examples do (no postal_code, fax, registration_number, economical_number); true shows all.
   */
  fullCustomerReads?: boolean;
  /** Clock in milliseconds, for token/code expiry, the quota day and `created`. Default Date.now. */
  now?: () => number;
}

/**
 * http500: an HTML "internal error" page; reset: socket destroyed before processing;
 * http429: nginx's HTML 429 page; http502html: nginx's HTML 502 page. None is processed.
 */
export type HesabitFaultKind = "http500" | "reset" | "http429" | "http502html";

export interface HesabitFaults {
  /** Added before every answer (default 0). */
  latencyMs: number;
  /** true: every connection is destroyed at once, new ones too. */
  down: boolean;
  /** The next `count` requests (whose path starts with pathPrefix, if given) fail that way, unprocessed. */
  failNext(count: number, kind: HesabitFaultKind, pathPrefix?: string): void;
  /** Every Nth successful API write (POST/PUT/DELETE under /v1/) is stored, then its socket destroyed unanswered. */
  dropAfterWrite: { every: number } | null;
  /** The next request whose path starts with pathPrefix gets this raw body (default status 200), unprocessed. */
  respondNext(pathPrefix: string, rawBody: string, status?: number): void;
  /** All faults off. */
  reset(): void;
}

export interface RecordedRequest {
  method: string;
  /** The path without the query string, e.g. "/v1/customers/". */
  path: string;
  /** Every query parameter (the last one wins when repeated), access_token included. */
  query: Record<string, string>;
  /** Parsed JSON or form body; the raw text when it parses as neither; undefined when empty. */
  body: unknown;
  /** The simulator's clock (ms) when the request arrived. */
  at: number;
}

export interface HesabitSimulator {
  /** "http://127.0.0.1:PORT/v1/" */
  apiUrl: string;
  /** "http://127.0.0.1:PORT/oauth2/" (authorize at authUrl + "authorize") */
  authUrl: string;
  /** "http://127.0.0.1:PORT/oauth2/token" */
  tokenUrl: string;
  port: number;
  clientId: string;
  clientSecret: string;
  /** Every request, OAuth and API, in arrival order (faulted and refused ones too). */
  requests: RecordedRequest[];
  count(filter?: { method?: string; pathPrefix?: string }): number;
  resetRequests(): void;
  /** Successful grants at /oauth2/token by type (issueTokens() is not counted). */
  grants: { authorizationCode: number; refreshToken: number };
  /** Hands out tokens without the browser dance (for tests): as if the user approved. */
  issueTokens(): { accessToken: string; refreshToken: string; expiresIn: number };
  /** Every access token issued so far stops working (answered as expired). */
  expireAccessTokens(): void;
  /** Every refresh token issued so far stops working. */
  revokeRefreshTokens(): void;
  quota: { used(clientId?: string): number; reset(): void };
  state: HesabitState;
  faults: HesabitFaults;
  /** Stop listening, destroy open sockets, save persistFile. */
  close(): Promise<void>;
}
