import type { TahesabConfig } from "./config.js";
import { ErrorCode, VendorError, type WriteFate } from "../../src/core/errors.js";
import type { Logger } from "../../src/core/logger.js";
import { createTrustingAgent } from "../../src/core/http/tls-trust.js";
import { parseJson, stringifyJson } from "../../src/core/json.js";
import { statusError, VendorTransport, type VendorCallObserver } from "../../src/core/http/transport.js";

const VENDOR = "TAHESAB" as const;

/** A Tahesab failure; `fate` says whether a write could have been recorded. */
export function tahesabError(code: ErrorCode, message: string, fate: WriteFate, extra: { httpStatus?: number; retryable?: boolean } = {}): VendorError {
  return new VendorError(VENDOR, code, message, fate, extra);
}

export interface TahesabCallOptions {
  /** Writes are never retried here: a retry could record the document twice. */
  write?: boolean;
}

/**
 * Owns Tahesab's wire protocol: POST to the root, Bearer token and DBName
 * headers, one `{"<Command>": [args]}` body per call, `{"OK": …}` or
 * `{"ERROR": "…"}` answers on HTTP 200. Returns the OK payload.
 */
export class TahesabClient {
  private readonly transport: VendorTransport;
  private readonly agent;

  constructor(private readonly config: TahesabConfig, logger: Logger, observer?: VendorCallObserver) {
    this.agent = createTrustingAgent(config);
    this.transport = new VendorTransport({
      vendor: VENDOR,
      label: "Tahesab",
      timeoutMs: config.timeoutMs,
      concurrency: 4,
      agent: { https: this.agent },
      headers: { authorization: `Bearer ${config.token}`, dbname: config.dbName },
      logger,
      tlsAdvice: "set TAHESAB_CA_FILE or TAHESAB_CERT_SHA256",
      pinVariable: "TAHESAB_CERT_SHA256",
      observer,
    });
  }

  get batchSize(): number {
    return this.config.batchSize;
  }

  get timeoutMs(): number {
    return this.config.timeoutMs;
  }

  async call(command: string, args: unknown[], options: TahesabCallOptions = {}): Promise<unknown> {
    const response = await this.transport.send({
      operation: command,
      url: this.config.url,
      body: stringifyJson({ [command]: args }),
      write: Boolean(options.write),
    });
    return this.unwrap(command, response.status, response.body, response.headers);
  }

  private unwrap(command: string, status: number, body: string, headers: Record<string, string | string[] | undefined>): unknown {
    if (status === 401 || status === 403) {
      throw tahesabError(
        ErrorCode.VENDOR_UNAUTHORIZED,
        `Tahesab refused the credentials (HTTP ${status}: ${body.trim().slice(0, 80)}); check TAHESAB_TOKEN and TAHESAB_DB.`,
        "REJECTED",
        { httpStatus: status },
      );
    }
    if (status !== 200) throw statusError(this.transport, command, { status, body, headers });
    let parsed: unknown;
    try {
      parsed = parseJson(body);
    } catch {
      throw tahesabError(ErrorCode.VENDOR_ERROR, `Tahesab answered ${command} with a body that is not JSON.`, "UNKNOWN", { httpStatus: status });
    }
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      const envelope = parsed as Record<string, unknown>;
      if ("ERROR" in envelope) {
        const message = String(envelope.ERROR ?? "").slice(0, 500);
        throw tahesabError(ErrorCode.VENDOR_ERROR, `Tahesab refused ${command}: ${message}`, "REJECTED", { httpStatus: status });
      }
      if ("OK" in envelope) return envelope.OK;
    }
    throw tahesabError(ErrorCode.VENDOR_ERROR, `Tahesab answered ${command} with neither OK nor ERROR.`, "UNKNOWN", { httpStatus: status });
  }

  /** Readiness: Tahesab answered an authenticated, harmless read. */
  async ping(): Promise<void> {
    await this.call("getmandehesabbycode", ["0"]);
  }

  close(): void {
    this.agent.destroy();
  }
}
