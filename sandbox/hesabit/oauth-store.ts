// The OAuth 2.0 server's memory: registered clients, consent pages waiting for
// a decision, authorization codes and issued tokens. Codes and consent pages
// live in memory only; clients and tokens are what persistFile keeps.
import { authorizationCode, CakeUuids, type RandomInt } from "./ids.js";

export interface Client {
  clientId: string;
  clientSecret: string;
  /** Exact redirect URIs; null: the default loopback callback pattern. */
  redirectUris: string[] | null;
}

export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  scope: string;
  /** Passed back untouched; undefined when the client sent none. */
  state: string | undefined;
}

interface PendingConsent extends AuthorizationRequest {
  expiresAt: number;
}

interface Code extends AuthorizationRequest {
  expiresAt: number;
  used: boolean;
}

export interface AccessToken {
  token: string;
  clientId: string;
  scope: string;
  expiresAt: number;
}

export interface RefreshToken {
  token: string;
  clientId: string;
  scope: string;
  revoked: boolean;
}

/** The default: any port on the loopback callback path hesabgraph serves. */
const DEFAULT_REDIRECT = /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}\/auth\/hesabit\/callback$/;

/** A consent page is answered within minutes or not at all. */
const CONSENT_LIFETIME_MS = 10 * 60 * 1000;

export type CodeCheck = { ok: true; request: AuthorizationRequest } | { ok: false; reason: string };

export class OAuthStore {
  clients = new Map<string, Client>();
  accessTokens = new Map<string, AccessToken>();
  refreshTokens = new Map<string, RefreshToken>();
  readonly grants = { authorizationCode: 0, refreshToken: 0 };
  private readonly pending = new Map<string, PendingConsent>();
  private readonly codes = new Map<string, Code>();
  private readonly uuids: CakeUuids;

  constructor(
    private readonly random: RandomInt,
    private readonly now: () => number,
    private readonly tokenLifetimeSeconds: number,
    private readonly codeLifetimeSeconds: number,
  ) {
    this.uuids = new CakeUuids(random);
  }

  newUuid(): string {
    return this.uuids.next(this.now());
  }

  register(client: Client): void {
    this.clients.set(client.clientId, client);
  }

  redirectAllowed(client: Client, redirectUri: string): boolean {
    return client.redirectUris === null ? DEFAULT_REDIRECT.test(redirectUri) : client.redirectUris.includes(redirectUri);
  }

  /** The client when id and secret match, else null. */
  authenticate(clientId: string, clientSecret: string): Client | null {
    const client = this.clients.get(clientId);
    return client && client.clientSecret === clientSecret ? client : null;
  }

  // ---- consent and codes --------------------------------------------------

  openConsent(request: AuthorizationRequest): string {
    const requestId = authorizationCode(this.random);
    this.pending.set(requestId, { ...request, expiresAt: this.now() + CONSENT_LIFETIME_MS });
    return requestId;
  }

  /** The consent page's request, once: a second POST of the same page is refused. */
  takeConsent(requestId: string): AuthorizationRequest | null {
    const consent = this.pending.get(requestId);
    this.pending.delete(requestId);
    if (!consent || this.now() >= consent.expiresAt) return null;
    return { clientId: consent.clientId, redirectUri: consent.redirectUri, scope: consent.scope, state: consent.state };
  }

  issueCode(request: AuthorizationRequest): string {
    const code = authorizationCode(this.random);
    this.codes.set(code, { ...request, expiresAt: this.now() + this.codeLifetimeSeconds * 1000, used: false });
    return code;
  }

  /** Spends the code: whatever the outcome, it cannot be exchanged again. */
  redeemCode(code: string, clientId: string, redirectUri: string): CodeCheck {
    const entry = this.codes.get(code);
    if (!entry) return { ok: false, reason: "Authorization code doesn't exist or is invalid for the client" };
    if (entry.used) return { ok: false, reason: "The authorization code has already been used" };
    entry.used = true;
    if (entry.clientId !== clientId) return { ok: false, reason: "Authorization code doesn't exist or is invalid for the client" };
    if (this.now() >= entry.expiresAt) return { ok: false, reason: "The authorization code has expired" };
    if (entry.redirectUri !== redirectUri) return { ok: false, reason: "The redirect URI does not match the one used in the authorization request" };
    return { ok: true, request: entry };
  }

  // ---- tokens -------------------------------------------------------------

  issueAccessToken(clientId: string, scope: string): AccessToken {
    const token: AccessToken = { token: this.newUuid(), clientId, scope, expiresAt: this.now() + this.tokenLifetimeSeconds * 1000 };
    this.accessTokens.set(token.token, token);
    return token;
  }

  issueRefreshToken(clientId: string, scope: string): RefreshToken {
    const token: RefreshToken = { token: this.newUuid(), clientId, scope, revoked: false };
    this.refreshTokens.set(token.token, token);
    return token;
  }

  /** The refresh token when it is live and the client's own, else null. */
  liveRefreshToken(token: string, clientId: string): RefreshToken | null {
    const entry = this.refreshTokens.get(token);
    return entry && !entry.revoked && entry.clientId === clientId ? entry : null;
  }

  /** "missing" | "unknown" | "expired" | the token. */
  checkAccessToken(token: string | undefined): "missing" | "unknown" | "expired" | AccessToken {
    if (token === undefined || token === "") return "missing";
    const entry = this.accessTokens.get(token);
    if (!entry) return "unknown";
    return this.now() >= entry.expiresAt ? "expired" : entry;
  }

  expireAccessTokens(): void {
    const now = this.now();
    for (const token of this.accessTokens.values()) token.expiresAt = Math.min(token.expiresAt, now);
  }

  revokeRefreshTokens(): void {
    for (const token of this.refreshTokens.values()) token.revoked = true;
  }

  get tokenLifetime(): number {
    return this.tokenLifetimeSeconds;
  }
}
