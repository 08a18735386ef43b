import { z } from "zod";
import { ErrorCode, VendorError } from "../../src/core/errors.js";
import { statusError, type VendorTransport } from "../../src/core/http/transport.js";
import { parseJson } from "../../src/core/json.js";
import type { HesabitConfig } from "./config.js";
import { vendorMessageOf } from "./vendor-text.js";

/** What the token endpoint granted. */
export interface GrantedTokens {
  accessToken: string;
  /** Present when Hesabit sent one (always on a code exchange; on a refresh only if it rotates them). */
  refreshToken?: string;
  /** Absent when Hesabit did not say: the token is then used until Hesabit refuses it. */
  expiresInSeconds?: number;
}

// The seed's answer: {access_token, token_type: "Bearer", expires_in: 36000, refresh_token?, scope}.
// expires_in may come as a numeric string from a PHP server; token_type and scope are not needed.
const TOKEN_ANSWER = z.object({
  access_token: z.string().min(1).max(4096),
  refresh_token: z.string().min(1).max(4096).nullish(),
  expires_in: z.union([z.number().int().positive(), z.string().regex(/^\d{1,9}$/).transform(Number)]).nullish(),
});

/** The token endpoint refused the code or the refresh token (4xx other than 429): the user must sign in again. */
export class GrantRefused extends VendorError {}

/**
 * Hesabit's OAuth 2.0 endpoints (seed: hesabit-overview-oauth.txt): the
 * authorize address the user's browser opens, and the token endpoint, which
 * takes the seed's JSON body with the client's credentials in it. Bodies are
 * never logged (they carry the secret, codes and refresh tokens).
 */
export class HesabitOAuth {
  constructor(private readonly config: HesabitConfig, private readonly transport: VendorTransport) {}

  /** The seed's authorize address, with our `state`. */
  authorizeUrl(redirectUri: string, state: string): string {
    const url = new URL("authorize", this.config.authUrl);
    url.search = new URLSearchParams({
      client_id: this.config.clientId,
      response_type: "code",
      scope: "write",
      access_type: "offline",
      redirect_uri: redirectUri,
      state,
    }).toString();
    return url.toString();
  }

  exchangeCode(code: string, redirectUri: string): Promise<GrantedTokens> {
    return this.token("authorization_code", { code, grant_type: "authorization_code", client_id: this.config.clientId, client_secret: this.config.clientSecret, redirect_uri: redirectUri }, [code]);
  }

  refresh(refreshToken: string): Promise<GrantedTokens> {
    return this.token("refresh_token", { client_id: this.config.clientId, grant_type: "refresh_token", client_secret: this.config.clientSecret, refresh_token: refreshToken }, [refreshToken]);
  }

  private async token(grant: string, body: Record<string, string>, secrets: string[]): Promise<GrantedTokens> {
    const operation = `POST /oauth2/token (${grant})`;
    // Never retried: a refresh whose answer was lost may already have rotated the refresh token.
    const response = await this.transport.send({ operation, url: this.config.tokenUrl, method: "POST", body: JSON.stringify(body), write: true });
    const hidden = [...secrets, this.config.clientSecret, this.config.clientId];
    if (response.status < 200 || response.status > 299) {
      const said = vendorMessageOf(response.body, hidden);
      if (response.status >= 400 && response.status < 500 && response.status !== 429) {
        throw new GrantRefused("HESABIT", ErrorCode.UNAUTHENTICATED, `Hesabit refused the ${grant === "refresh_token" ? "refresh token" : "sign-in code"} (HTTP ${response.status}${said ? `: ${said}` : ""}).`, "REJECTED", {
          httpStatus: response.status,
        });
      }
      const error = statusError(this.transport, operation, response);
      if (said) error.message = `${error.message.replace(/\.$/, "")}: ${said}.`;
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = parseJson(response.body);
    } catch {
      parsed = undefined;
    }
    const answer = TOKEN_ANSWER.safeParse(parsed);
    if (!answer.success) {
      const part = answer.error.issues[0]?.path.join(".") || "the body";
      throw new VendorError("HESABIT", ErrorCode.VENDOR_ERROR, `Hesabit answered ${operation} with something that is not a token answer (${part} did not fit).`, "UNKNOWN", {
        httpStatus: response.status,
      });
    }
    return {
      accessToken: answer.data.access_token,
      refreshToken: answer.data.refresh_token ?? undefined,
      expiresInSeconds: answer.data.expires_in ?? undefined,
    };
  }
}
