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
  /** Aborts the request (for answers that never come). */
  signal?: AbortSignal;
}

/** Sends a raw body (string) or a JSON value. Rejects on socket errors and aborts. */
export function send(sim: TahesabSimulator, body: unknown, options: SendOptions = {}): Promise<Reply> {
  const payload = typeof body === "string" ? body : JSON.stringify(body);
  const hasBody = options.method !== "HEAD" && !(options.method === "GET" && payload === "");
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
        signal: options.signal,
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

/** Runs one command and returns the parsed body, whatever its shape; fails on a non-200. */
export async function call(sim: TahesabSimulator, command: string, args: unknown[], options?: SendOptions): Promise<any> {
  const reply = await send(sim, { [command]: args }, options);
  if (reply.status !== 200) throw new Error(`HTTP ${reply.status}: ${reply.text}`);
  return reply.json;
}

/** The refusal text of a body, under "ERROR" or "Error"; undefined when it is not a refusal. */
export function refusalOf(body: any): string | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const keys = Object.keys(body);
  if (keys.length !== 1 || (keys[0] !== "ERROR" && keys[0] !== "Error")) return undefined;
  return body[keys[0]] as string;
}

/** Runs a write that must succeed and returns the value of its {"OK": value}. */
export async function ok(sim: TahesabSimulator, command: string, args: unknown[], options?: SendOptions): Promise<any> {
  const body = await call(sim, command, args, options);
  const refused = refusalOf(body);
  if (refused !== undefined) throw new Error(`${command} was refused: ${refused}`);
  if (body === null || typeof body !== "object" || Object.keys(body).join() !== "OK") throw new Error(`${command} answered without {"OK"}: ${JSON.stringify(body)}`);
  return body.OK;
}

/** Runs a read that must succeed and returns its bare answer. */
export async function read(sim: TahesabSimulator, command: string, args: unknown[], options?: SendOptions): Promise<any> {
  const body = await call(sim, command, args, options);
  const refused = refusalOf(body);
  if (refused !== undefined) throw new Error(`${command} was refused: ${refused}`);
  return body;
}

/** Runs a command that must be refused and returns the refusal text. */
export async function error(sim: TahesabSimulator, command: string, args: unknown[], options?: SendOptions): Promise<string> {
  const body = await call(sim, command, args, options);
  const refused = refusalOf(body);
  if (refused === undefined) throw new Error(`${command} was not refused: ${JSON.stringify(body)}`);
  return refused;
}

/** The argument head of every DoNewSanad* command. */
export const head = (final: 0 | 1, customer: number, factor: number, y: number, m: number, d: number) => [final, customer, factor, 1, y, m, d];

/** A client-chosen Factor_Code of the S1 shape ("GA" + 30 hex digits), unique per `n`. */
export const factorCode = (n: number) => `GA${n.toString(16).padStart(30, "0")}`;
