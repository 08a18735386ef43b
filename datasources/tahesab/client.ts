import got, { RequestError, type Got } from "got";
import type https from "node:https";
import pLimit, { type LimitFunction } from "p-limit";
import type { TahesabConfig } from "../../src/config.js";
import { ErrorCode, HesabgraphError } from "../../src/core/errors.js";
import type { Logger } from "../../src/logger.js";
import { CertificatePinMismatch, createTrustingAgent } from "../../src/core/http/tls-trust.js";

const VENDOR = "TAHESAB" as const;

/** How a failed write may have ended, for the exactly-once journal. */
export type WriteFate = "NOT_SENT" | "UNKNOWN" | "REJECTED";

/** A Tahesab failure; `fate` says whether a write could have been recorded. */
export class TahesabError extends HesabgraphError {
  constructor(code: ErrorCode, message: string, readonly fate: WriteFate, extra: { httpStatus?: number; retryable?: boolean; cause?: unknown } = {}) {
    super(code, message, { vendor: VENDOR, ...extra });
  }
}

export interface TahesabCallOptions {
  /** Writes are never retried here: a retry could record the document twice. */
  write?: boolean;
}

// Network failures that happen before the request left us: a write then surely
// did not reach Tahesab.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ERR_HESABGRAPH_CERT_PIN"]);

/**
 * Owns Tahesab's wire protocol: POST to the root, Bearer token and DBName
 * headers, one `{"<Command>": [args]}` body per call, `{"OK": …}` or
 * `{"ERROR": "…"}` answers on HTTP 200. Returns the OK payload.
 */
export class TahesabClient {
  private readonly http: Got;
  private readonly agent: https.Agent;
  private readonly limit: LimitFunction;

  constructor(private readonly config: TahesabConfig, private readonly logger: Logger, concurrency = 4) {
    this.agent = createTrustingAgent(config);
    this.limit = pLimit(concurrency);
    this.http = got.extend({
      method: "POST",
      agent: { https: this.agent },
      headers: {
        authorization: `Bearer ${config.token}`,
        dbname: config.dbName,
        "user-agent": "hesabgraph",
      },
      timeout: { request: config.timeoutMs },
      throwHttpErrors: false,
      responseType: "text",
    });
  }

  get batchSize(): number {
    return this.config.batchSize;
  }

  async call(command: string, args: unknown[], options: TahesabCallOptions = {}): Promise<unknown> {
    return this.limit(() => this.send(command, args, options));
  }

  private async send(command: string, args: unknown[], options: TahesabCallOptions): Promise<unknown> {
    const started = Date.now();
    let response;
    try {
      response = await this.http(this.config.url, {
        json: { [command]: args },
        retry: options.write
          ? { limit: 0 }
          : { limit: 1, methods: ["POST"], statusCodes: [502, 503, 504], errorCodes: ["ECONNRESET", "EPIPE"] },
      });
    } catch (error) {
      const mapped = this.transportError(error, command, Boolean(options.write));
      this.logger.warn({ vendor: VENDOR, command, ms: Date.now() - started, code: mapped.code }, "tahesab call failed");
      throw mapped;
    }
    this.logger.debug({ vendor: VENDOR, command, ms: Date.now() - started, status: response.statusCode }, "tahesab call");
    return this.unwrap(command, response.statusCode, response.body);
  }

  private unwrap(command: string, status: number, body: string): unknown {
    if (status === 401 || status === 403) {
      throw new TahesabError(
        ErrorCode.VENDOR_UNAUTHORIZED,
        `Tahesab refused the credentials (HTTP ${status}: ${body.trim().slice(0, 80)}); check TAHESAB_TOKEN and TAHESAB_DB.`,
        "REJECTED",
        { httpStatus: status },
      );
    }
    if (status !== 200) {
      throw new TahesabError(ErrorCode.VENDOR_ERROR, `Tahesab answered HTTP ${status} to ${command}.`, status >= 500 ? "UNKNOWN" : "REJECTED", {
        httpStatus: status,
        retryable: status >= 500,
      });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new TahesabError(ErrorCode.VENDOR_ERROR, `Tahesab answered ${command} with a body that is not JSON.`, "UNKNOWN", { httpStatus: status });
    }
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      const envelope = parsed as Record<string, unknown>;
      if ("ERROR" in envelope) {
        const message = String(envelope.ERROR ?? "").slice(0, 500);
        throw new TahesabError(ErrorCode.VENDOR_ERROR, `Tahesab refused ${command}: ${message}`, "REJECTED", { httpStatus: status });
      }
      if ("OK" in envelope) return envelope.OK;
    }
    throw new TahesabError(ErrorCode.VENDOR_ERROR, `Tahesab answered ${command} with neither OK nor ERROR.`, "UNKNOWN", { httpStatus: status });
  }

  private transportError(error: unknown, command: string, write: boolean): TahesabError {
    const code = error instanceof RequestError ? error.code : undefined;
    const cause = error instanceof RequestError ? error.cause ?? error : error;
    if (cause instanceof CertificatePinMismatch) {
      return new TahesabError(
        ErrorCode.VENDOR_CERTIFICATE_MISMATCH,
        `Tahesab's TLS ${cause.message} (TAHESAB_CERT_SHA256). Nothing was sent. If the shop PC's certificate was renewed, pin the new one.`,
        "NOT_SENT",
      );
    }
    const fate: WriteFate = code && NOT_SENT_CODES.has(code) ? "NOT_SENT" : "UNKNOWN";
    if (code === "ETIMEDOUT") {
      return new TahesabError(ErrorCode.VENDOR_TIMEOUT, `Tahesab did not answer ${command} within ${this.config.timeoutMs} ms.`, fate, {
        retryable: true,
        cause: error,
      });
    }
    const tlsProblem = code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|EPROTO/.test(code);
    const what = tlsProblem
      ? `the TLS certificate was not trusted (${code}); set TAHESAB_CA_FILE or TAHESAB_CERT_SHA256`
      : `the connection failed (${code ?? "network error"})`;
    return new TahesabError(ErrorCode.VENDOR_UNAVAILABLE, `Tahesab could not be reached for ${command}: ${what}.`, tlsProblem ? "NOT_SENT" : fate, {
      retryable: !tlsProblem,
      cause: write ? undefined : error,
    });
  }

  /** Readiness: Tahesab answered an authenticated, harmless read. */
  async ping(): Promise<void> {
    await this.call("getmandehesabbycode", ["0"]);
  }

  close(): void {
    this.agent.destroy();
  }
}
