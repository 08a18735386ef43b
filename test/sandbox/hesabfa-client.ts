// A bare client for the Hesabfa simulator tests: node:http, a fresh
// connection per request, the flat body Hesabfa takes. Answers are parsed
// with JSON.parse except where a test needs the raw text (exact money).
import type { IncomingHttpHeaders } from "node:http";
import { request } from "node:http";
import type { HesabfaSimulator } from "../../sandbox/hesabfa/index.js";

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: any;
}

export interface SendOptions {
  httpMethod?: string;
  contentType?: string | null;
}

/** Sends a raw string or a JSON value to `<sim.url><path>`; rejects on socket errors. */
export function send(sim: HesabfaSimulator, path: string, body: unknown, options: SendOptions = {}): Promise<Reply> {
  const payload = typeof body === "string" ? body : JSON.stringify(body);
  const url = new URL(path, sim.url);
  const headers: Record<string, string> = { "Content-Length": String(Buffer.byteLength(payload)) };
  const contentType = options.contentType === undefined ? "application/json" : options.contentType;
  if (contentType !== null) headers["Content-Type"] = contentType;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.httpMethod ?? "POST", agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on("error", reject);
    req.end(payload);
  });
}

/** The credentials a well-behaved client sends (apiKey + loginToken). */
export const creds = (sim: HesabfaSimulator) => ({ apiKey: sim.apiKey, loginToken: sim.loginToken });

/** Calls `area/method` with the credentials beside `params`; fails on a non-200. Answers the envelope. */
export async function call(sim: HesabfaSimulator, method: string, params: Record<string, unknown> = {}): Promise<any> {
  const reply = await send(sim, method, { ...creds(sim), ...params });
  if (reply.status !== 200) throw new Error(`HTTP ${reply.status} for ${method}: ${reply.text}`);
  return reply.json;
}

/** A call that must succeed: answers Result. */
export async function ok(sim: HesabfaSimulator, method: string, params: Record<string, unknown> = {}): Promise<any> {
  const envelope = await call(sim, method, params);
  if (envelope.Success !== true) throw new Error(`${method} failed: ${envelope.ErrorCode} ${envelope.ErrorMessage}`);
  return envelope.Result;
}

/** A call that must fail: answers {ErrorCode, ErrorMessage}. */
export async function refused(sim: HesabfaSimulator, method: string, params: Record<string, unknown> = {}): Promise<{ ErrorCode: number; ErrorMessage: string }> {
  const envelope = await call(sim, method, params);
  if (envelope.Success !== false) throw new Error(`${method} succeeded: ${JSON.stringify(envelope.Result).slice(0, 300)}`);
  return { ErrorCode: envelope.ErrorCode, ErrorMessage: envelope.ErrorMessage };
}

export const GUID = () => crypto.randomUUID();

/** Settles after `n` macrotask turns (for fire-and-forget work the test then checks explicitly). */
export const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** "YYYY-MM-DD HH:MM:SS", `day` days into the latest (or given) fiscal year of the simulated business. */
export function dateIn(sim: HesabfaSimulator, day: number, yearOrdinal?: number, time = "12:00:00"): string {
  const year = yearOrdinal === undefined ? sim.state.latestYear() : sim.state.year(yearOrdinal)!;
  return `${new Date((year.StartDate.seconds + day * 86400) * 1000).toISOString().slice(0, 10)} ${time}`;
}
