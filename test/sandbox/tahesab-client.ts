// A bare HTTPS client for the Tahesab simulator tests: node:https, a fresh
// connection per request, and trust in exactly the simulator's certificate.
import type { IncomingHttpHeaders } from "node:http";
import { request } from "node:https";
import type { TahesabSimulator } from "../../sandbox/tahesab/index.js";

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: any;
}

export interface SendOptions {
  method?: string;
  path?: string;
  /** Full Authorization header; null to leave it out. Default "Bearer <sim.token>". */
  authorization?: string | null;
  /** DBName header; null to leave it out. Default sim.dbName. */
  dbName?: string | null;
  host?: string;
}

/** Sends a raw body (string) or a JSON value. Rejects on socket errors. */
export function send(sim: TahesabSimulator, body: unknown, options: SendOptions = {}): Promise<Reply> {
  const payload = typeof body === "string" ? body : JSON.stringify(body);
  const hasBody = options.method !== "GET" && options.method !== "HEAD";
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (hasBody) headers["Content-Length"] = String(Buffer.byteLength(payload));
  const authorization = options.authorization === undefined ? `Bearer ${sim.token}` : options.authorization;
  if (authorization !== null) headers.Authorization = authorization;
  const dbName = options.dbName === undefined ? sim.dbName : options.dbName;
  if (dbName !== null) headers.DBName = dbName;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? "127.0.0.1",
        port: sim.port,
        path: options.path ?? "/",
        method: options.method ?? "POST",
        ca: sim.certificatePem,
        agent: false,
        headers,
      },
      (res) => {
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
      },
    );
    req.on("error", reject);
    if (hasBody) req.write(payload);
    req.end();
  });
}

/** Runs one command and returns the parsed envelope ({OK} or {ERROR}); fails on a non-200. */
export async function call(sim: TahesabSimulator, command: string, args: unknown[], options?: SendOptions): Promise<any> {
  const reply = await send(sim, { [command]: args }, options);
  if (reply.status !== 200) throw new Error(`HTTP ${reply.status}: ${reply.text}`);
  return reply.json;
}

/** Runs a command that must succeed and returns its OK payload. */
export async function ok(sim: TahesabSimulator, command: string, args: unknown[]): Promise<any> {
  const envelope = await call(sim, command, args);
  if (!("OK" in envelope)) throw new Error(`${command} answered ERROR: ${envelope.ERROR}`);
  return envelope.OK;
}

/** Runs a command that must fail and returns its ERROR text. */
export async function error(sim: TahesabSimulator, command: string, args: unknown[]): Promise<string> {
  const envelope = await call(sim, command, args);
  if (!("ERROR" in envelope)) throw new Error(`${command} answered OK: ${JSON.stringify(envelope.OK)}`);
  return envelope.ERROR as string;
}

/** The argument head of every DoNewSanad* command. */
export const head = (final: 0 | 1, customer: number, factor: number, y: number, m: number, d: number) => [final, customer, factor, 1, y, m, d];
