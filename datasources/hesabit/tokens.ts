import { createHash, randomBytes, randomUUID } from "node:crypto";
import { ErrorCode, HesabgraphError, VendorError } from "../../src/core/errors.js";
import type { Logger } from "../../src/core/logger.js";
import type { StateStore } from "../../src/core/store/state-store.js";
import type { HesabitConfig } from "./config.js";
import { GrantRefused, type GrantedTokens, type HesabitOAuth } from "./oauth.js";

/** What the state store keeps of the connection: one JSON value per tenant and client. */
interface TokenRecord {
  accessToken?: string;
  /** Epoch ms; absent when Hesabit gave no lifetime (the token is then used until refused). */
  expiresAt?: number;
  /** How long the token was granted for, to refresh a tenth of it (at most 5 minutes) early. */
  lifetimeMs?: number;
  refreshToken?: string;
  /** Fingerprint of the HESABIT_REFRESH_TOKEN this record started from or superseded. */
  seed?: string;
  /** Fingerprint of a refresh token (with the client secret) Hesabit refused: no more tries with it. */
  refused?: string;
  updatedAt: number;
}

/** How long a login may take between /auth/hesabit/login and the callback. */
const LOGIN_TTL_MS = 10 * 60 * 1000;
const EARLY_MAX_MS = 5 * 60 * 1000;
const POLL_MS = 25;

const fingerprint = (...parts: string[]) => createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 32);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LoginStart {
  /** Where to send the user's browser. */
  authorizeUrl: string;
}

/**
 * Hesabit's OAuth tokens for one tenant: kept in the state store (a 0600 file
 * by default, Redis when REDIS_URL is set), so they survive restarts and every
 * instance shares them. An access token is refreshed a little before it
 * expires, and when Hesabit refuses it; concurrent requests anywhere cause one
 * refresh, under a lock in the store (the others wait and re-read). A refresh
 * answer's new refresh token replaces the old one; without one the old one is
 * kept. A refused refresh token is remembered, so later requests fail at once
 * with UNAUTHENTICATED and the login URL instead of asking Hesabit again.
 */
export class HesabitTokens {
  private readonly recordKey: string;
  private readonly lockKey: string;
  private readonly loginPrefix: string;
  private readonly lockTtlMs: number;
  private inflight: Promise<string> | undefined;

  constructor(
    private readonly config: HesabitConfig,
    private readonly store: StateStore,
    private readonly oauth: HesabitOAuth,
    private readonly logger: Logger,
    tenantId: string,
    /** Where a person signs in again, named in UNAUTHENTICATED errors. */
    readonly loginUrl: string,
    private readonly now: () => number = Date.now,
  ) {
    // Keyed by the client too: tokens of another client id are not ours to use.
    const base = `${tenantId}:HESABIT:oauth:${fingerprint(config.clientId)}`;
    this.recordKey = base;
    this.lockKey = `${base}:refresh-lock`;
    this.loginPrefix = `${tenantId}:HESABIT:login:`;
    this.lockTtlMs = 2 * config.timeoutMs + 5_000;
  }

  /** A usable access token: the stored one, or a fresh one when it is (nearly) expired. */
  async accessToken(): Promise<string> {
    const record = await this.read();
    const current = record?.accessToken && this.seedApplied(record) ? record.accessToken : undefined;
    if (current && !this.dueForRefresh(record!)) return current;
    try {
      return await this.refresh(record?.accessToken);
    } catch (error) {
      // An early refresh that failed for a passing reason (Hesabit slow or down) leaves the
      // token as good as it was: use it while it lives. A refusal ends the connection.
      const refused = error instanceof HesabgraphError && error.code === ErrorCode.UNAUTHENTICATED;
      if (current && !refused && (record!.expiresAt === undefined || record!.expiresAt > this.now())) return current;
      throw error;
    }
  }

  /** Hesabit refused `refused` (HTTP 401): a token newer than it, refreshing if nobody has yet. */
  afterRefusal(refused: string): Promise<string> {
    return this.refresh(refused);
  }

  // ---- the browser login --------------------------------------------------

  /** Opens a login: a one-time `state`, remembered (with the redirect URI it goes with) for ten minutes. */
  async beginLogin(redirectUri: string): Promise<LoginStart> {
    const state = randomBytes(24).toString("base64url");
    await this.store.set(this.loginPrefix + state, JSON.stringify({ redirectUri }), LOGIN_TTL_MS);
    return { authorizeUrl: this.oauth.authorizeUrl(redirectUri, state) };
  }

  /**
   * Spends a login's `state` (once: a second callback with it is refused) and
   * answers the redirect URI it was opened with, or undefined when it is
   * unknown, used or older than ten minutes.
   */
  async takeLogin(state: string): Promise<string | undefined> {
    if (!/^[A-Za-z0-9_-]{32}$/.test(state)) return undefined;
    const key = this.loginPrefix + state;
    const saved = await this.store.get(key);
    if (saved === undefined || !(await this.store.deleteIfEquals(key, saved))) return undefined;
    try {
      const { redirectUri } = JSON.parse(saved) as { redirectUri?: unknown };
      return typeof redirectUri === "string" ? redirectUri : undefined;
    } catch {
      return undefined;
    }
  }

  /** Exchanges the callback's code and stores the tokens: the account is connected. */
  async completeLogin(code: string, redirectUri: string): Promise<void> {
    const granted = await this.oauth.exchangeCode(code, redirectUri);
    if (!granted.refreshToken) {
      throw new VendorError("HESABIT", ErrorCode.VENDOR_ERROR, "Hesabit granted an access token without a refresh token (access_type=offline was asked for).", "UNKNOWN");
    }
    // A login supersedes HESABIT_REFRESH_TOKEN: the seed is marked as applied so it does not take over again.
    await this.write(this.recordOf(granted, undefined, this.config.refreshToken ? fingerprint(this.config.refreshToken) : undefined));
    this.logger.info({ vendor: "HESABIT" }, "Hesabit account connected");
  }

  // ---- refreshing ---------------------------------------------------------

  /** One refresh at a time in this process: every caller meanwhile shares its outcome. */
  private refresh(stale: string | undefined): Promise<string> {
    this.inflight ??= this.refreshAcrossInstances(stale).finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  /** Takes the store's lock to refresh, or waits for whoever holds it and uses what they stored. */
  private async refreshAcrossInstances(stale: string | undefined): Promise<string> {
    const owner = randomUUID();
    const deadline = this.now() + this.lockTtlMs + this.config.timeoutMs;
    for (;;) {
      const record = this.withSeed(await this.read());
      const usable = this.usable(record, stale);
      if (usable) return usable;
      this.assertRefreshable(record);
      if (await this.store.setIfAbsent(this.lockKey, owner, this.lockTtlMs)) {
        try {
          return await this.refreshHoldingLock(stale);
        } finally {
          await this.store.deleteIfEquals(this.lockKey, owner).catch(() => undefined);
        }
      }
      if (this.now() > deadline) {
        throw new VendorError("HESABIT", ErrorCode.VENDOR_TIMEOUT, "Another instance's refresh of the Hesabit access token did not finish in time.", "NOT_SENT", { retryable: true });
      }
      await sleep(POLL_MS);
    }
  }

  private async refreshHoldingLock(stale: string | undefined): Promise<string> {
    // Read again under the lock: another instance may have refreshed just before we took it.
    const record = this.withSeed(await this.read());
    const usable = this.usable(record, stale);
    if (usable) return usable;
    const current = this.assertRefreshable(record);
    let granted: GrantedTokens;
    try {
      granted = await this.oauth.refresh(current.refreshToken);
    } catch (error) {
      if (error instanceof GrantRefused) {
        await this.write({ ...current, accessToken: undefined, expiresAt: undefined, refused: this.refusalMark(current.refreshToken), updatedAt: this.now() });
        this.logger.warn({ vendor: "HESABIT", httpStatus: error.httpStatus }, "Hesabit refused the refresh token; the account must be connected again");
        throw this.refusedError(error.message);
      }
      throw error;
    }
    const next = this.recordOf(granted, current.refreshToken, current.seed);
    await this.write(next);
    this.logger.info({ vendor: "HESABIT", rotated: Boolean(granted.refreshToken) }, "Hesabit access token refreshed");
    return next.accessToken!;
  }

  private recordOf(granted: GrantedTokens, previousRefreshToken: string | undefined, seed: string | undefined): TokenRecord {
    const now = this.now();
    const lifetimeMs = granted.expiresInSeconds === undefined ? undefined : granted.expiresInSeconds * 1000;
    return {
      accessToken: granted.accessToken,
      expiresAt: lifetimeMs === undefined ? undefined : now + lifetimeMs,
      lifetimeMs,
      // Rotation is not documented: a new refresh token is kept when one comes, the old one otherwise.
      refreshToken: granted.refreshToken ?? previousRefreshToken,
      seed,
      updatedAt: now,
    };
  }

  /** The stored access token when it is newer than `stale` and not expired. */
  private usable(record: TokenRecord | undefined, stale: string | undefined): string | undefined {
    if (!record?.accessToken || record.accessToken === stale) return undefined;
    if (record.expiresAt !== undefined && record.expiresAt <= this.now()) return undefined;
    return record.accessToken;
  }

  private dueForRefresh(record: TokenRecord): boolean {
    if (record.expiresAt === undefined) return false;
    const early = Math.min(EARLY_MAX_MS, (record.lifetimeMs ?? 0) / 10);
    return record.expiresAt - early <= this.now();
  }

  private assertRefreshable(record: TokenRecord | undefined): TokenRecord & { refreshToken: string } {
    if (!record?.refreshToken) throw this.notConnectedError();
    if (this.isRefused(record)) throw this.refusedError();
    return record as TokenRecord & { refreshToken: string };
  }

  // ---- HESABIT_REFRESH_TOKEN ----------------------------------------------

  /**
   * The record with HESABIT_REFRESH_TOKEN applied when it was not yet: a new
   * value of the variable takes over (the operator gave a new one), the same
   * value never replaces the tokens refreshed from it.
   */
  private withSeed(record: TokenRecord | undefined): TokenRecord | undefined {
    if (!this.config.refreshToken || this.seedApplied(record)) return record;
    return { refreshToken: this.config.refreshToken, seed: fingerprint(this.config.refreshToken), updatedAt: this.now() };
  }

  private seedApplied(record: TokenRecord | undefined): boolean {
    return !this.config.refreshToken || record?.seed === fingerprint(this.config.refreshToken);
  }

  // ---- refusals -----------------------------------------------------------

  /** With the secret in it: a refusal caused by a wrong secret is retried once the secret is mended. */
  private refusalMark(refreshToken: string): string {
    return fingerprint(refreshToken, this.config.clientSecret);
  }

  private isRefused(record: TokenRecord): boolean {
    return Boolean(record.refreshToken && record.refused === this.refusalMark(record.refreshToken));
  }

  private notConnectedError(): HesabgraphError {
    return new HesabgraphError(
      ErrorCode.UNAUTHENTICATED,
      `Hesabit is not connected yet: open ${this.loginUrl} in a browser and approve access (or set HESABIT_REFRESH_TOKEN).`,
      { vendor: "HESABIT", retryable: false, details: { loginUrl: this.loginUrl } },
    );
  }

  private refusedError(why = "Hesabit refused the stored refresh token."): HesabgraphError {
    return new HesabgraphError(
      ErrorCode.UNAUTHENTICATED,
      `${why} The connection to Hesabit has ended: open ${this.loginUrl} in a browser to connect it again.`,
      { vendor: "HESABIT", retryable: false, details: { loginUrl: this.loginUrl } },
    );
  }

  // ---- the store ----------------------------------------------------------

  private async read(): Promise<TokenRecord | undefined> {
    const saved = await this.store.get(this.recordKey);
    if (saved === undefined) return undefined;
    try {
      return JSON.parse(saved) as TokenRecord;
    } catch {
      // Never a silent fresh start: the value may be the only copy of a refresh token.
      throw new HesabgraphError(ErrorCode.STATE_UNAVAILABLE, "The stored Hesabit connection cannot be read (not JSON); connect Hesabit again.", { vendor: "HESABIT" });
    }
  }

  private write(record: TokenRecord): Promise<void> {
    return this.store.set(this.recordKey, JSON.stringify(record));
  }
}
