import { ErrorCode, VendorError, type WriteFate } from "../../src/core/errors.js";
import type { Logger } from "../../src/core/logger.js";
import { createTrustingAgent } from "../../src/core/http/tls-trust.js";
import { statusError, VendorTransport, type VendorCallObserver } from "../../src/core/http/transport.js";
import { parseJson, stringifyJson } from "../../src/core/json.js";
import type { TahesabConfig } from "./config.js";
import { backEndOf, type BackEnd } from "./text.js";

const VENDOR = "TAHESAB" as const;

/** A Tahesab failure; `fate` says whether a write could have been recorded. */
export function tahesabError(code: ErrorCode, message: string, fate: WriteFate, extra: { httpStatus?: number; retryable?: boolean } = {}): VendorError {
  return new VendorError(VENDOR, code, message, fate, extra);
}

/** Tahesab said no (`{"ERROR": "…"}`): nothing was written. `text` is its own (Persian) sentence. */
export class TahesabRefusal extends VendorError {
  constructor(readonly command: string, readonly text: string) {
    super(VENDOR, ErrorCode.VENDOR_ERROR, `Tahesab refused ${command}: ${text}`, "REJECTED", { details: { vendorMessage: text } });
    this.name = "TahesabRefusal";
  }
}

/** The refusal text of an answer, if it is one: `ERROR` in any letter case (clients meet "ERROR" and "Error"). */
function refusalOf(payload: unknown): string | undefined {
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) return undefined;
  const key = Object.keys(payload).find((k) => k.toLowerCase() === "error");
  return key === undefined ? undefined : String((payload as Record<string, unknown>)[key] ?? "").trim().slice(0, 500);
}

/** `{"OK": value}` (the key in any case) → value; undefined when the answer is not that. */
function okOf(payload: unknown): { value: unknown } | undefined {
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) return undefined;
  const keys = Object.keys(payload);
  return keys.length === 1 && keys[0].toLowerCase() === "ok" ? { value: (payload as Record<string, unknown>)[keys[0]] } : undefined;
}

// Non-ASCII characters travel as \uXXXX escapes, as real clients send them (S1): the
// add-on then never depends on how the shop PC's Windows locale decodes bytes.
const asciiJson = (json: string) => json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * Owns Tahesab's wire protocol: POST to the root, Bearer token and DBName
 * headers, one `{"<Command>": [args]}` body per call. Answers come on HTTP
 * 200: writes as `{"OK": value}`, reads bare (`{"MandeHesab": …}`, records
 * keyed by code, a list), refusals as `{"ERROR": "…"}`.
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

  /** Access or SQL Server, from the environment's name (TAHESAB_DB). */
  get backEnd(): BackEnd {
    return backEndOf(this.config.dbName);
  }

  get dbName(): string {
    return this.config.dbName;
  }

  /**
   * A read: the answer as it came (unwrapped), or TahesabRefusal. `once`:
   * never retried here, for a command that changes something though it
   * answers like a read (epcList records a stock count).
   */
  async read(command: string, args: unknown[], options: { once?: boolean } = {}): Promise<unknown> {
    const payload = await this.send(command, args, Boolean(options.once));
    // Real add-ons answer reads bare; an add-on that wraps one in OK is read too.
    return okOf(payload)?.value ?? payload;
  }

  /**
   * A write: the value of its `{"OK": value}` answer, or TahesabRefusal.
   * Never retried here: a retry could record it twice. An answer without OK
   * leaves the write's fate unknown (it may have been recorded).
   */
  async write(command: string, args: unknown[]): Promise<unknown> {
    const payload = await this.send(command, args, true);
    const ok = okOf(payload);
    if (!ok) throw tahesabError(ErrorCode.VENDOR_ERROR, `Tahesab answered ${command} without {"OK": …}; whether it was recorded is not known.`, "UNKNOWN");
    return ok.value;
  }

  private async send(command: string, args: unknown[], write: boolean): Promise<unknown> {
    const response = await this.transport.send({ operation: command, url: this.config.url, body: asciiJson(stringifyJson({ [command]: args })), write });
    const { status, body } = response;
    if (status === 401 || status === 403) {
      throw tahesabError(
        ErrorCode.VENDOR_UNAUTHORIZED,
        `Tahesab refused the credentials (HTTP ${status}: ${body.trim().slice(0, 80)}); check TAHESAB_TOKEN and TAHESAB_DB.`,
        "REJECTED",
        { httpStatus: status },
      );
    }
    if (status !== 200) throw statusError(this.transport, command, response);
    let payload: unknown;
    try {
      payload = parseJson(body);
    } catch {
      throw tahesabError(ErrorCode.VENDOR_ERROR, `Tahesab answered ${command} with a body that is not JSON.`, write ? "UNKNOWN" : "REJECTED", { httpStatus: status });
    }
    const refusal = refusalOf(payload);
    if (refusal !== undefined) throw new TahesabRefusal(command, refusal);
    return payload;
  }

  close(): void {
    this.agent.destroy();
  }
}
