// The HTTPS face of the simulator: the add-on's URL has no path, checks the
// Bearer token and the DBName header, and answers every command with HTTP 200:
// {"OK": …} for writes, the bare value for reads, {"ERROR"|"Error": "<Persian
// text>"} for refusals (dispatch.ts). Also applies the faults.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer, type Server } from "node:https";
import type { Socket } from "node:net";
import { dispatch, precheck, type Outcome } from "./dispatch.js";
import type { FaultController } from "./faults.js";
import { stringifyJson, type Json } from "./json.js";
import { INVALID_TOKEN, SERVICE_ACTIVE_PAGE, UNSUPPORTED_SCHEME, msg } from "./messages.js";
import type { TahesabState } from "./state.js";
import type { RecordedRequest, TahesabAddOn, TahesabErrorKey } from "./types.js";

const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface ServerOptions {
  host: string;
  port: number;
  key: string;
  cert: string;
  token: string;
  dbNames: readonly string[];
  state: TahesabState;
  requests: RecordedRequest[];
  faults: FaultController;
  addOn: TahesabAddOn;
  errorKey: TahesabErrorKey;
  /** Every raw TCP socket the server holds, so `down` and `close` can destroy them. */
  sockets: Set<Socket>;
}

type Envelope = { ok: true; command: string; args: unknown[] } | { ok: false; error: string };

/** The body must be {"<Command>": [positional arguments]} and nothing else. */
function parseEnvelope(body: string): Envelope {
  if (body.trim() === "") return { ok: false, error: msg.emptyBody() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, error: msg.invalidJson() };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return { ok: false, error: msg.bodyNotObject() };
  const keys = Object.keys(parsed);
  if (keys.length !== 1) return { ok: false, error: msg.oneCommand(keys.length) };
  const command = keys[0];
  const args = (parsed as Record<string, unknown>)[command];
  if (!Array.isArray(args)) return { ok: false, error: msg.argsNotArray(command) };
  return { ok: true, command, args };
}

function tokenMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** null when authorised, else the 401 text. Auth schemes are case-insensitive (RFC 9110). */
function authFailure(header: string | undefined, token: string): string | null {
  const match = /^(\S+)(?: +(.*))?$/.exec(header?.trim() ?? "");
  if (!match || match[1].toLowerCase() !== "bearer") return UNSUPPORTED_SCHEME;
  return tokenMatches((match[2] ?? "").trim(), token) ? null : INVALID_TOKEN;
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function startServer(options: ServerOptions): Promise<Server> {
  const { faults, sockets } = options;

  async function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}) {
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    if (faults.down) return void res.socket?.destroy();
    const bytes = Buffer.from(body, "utf8");
    res.writeHead(status, { "Content-Type": contentType, "Content-Length": String(bytes.length), ...headers });
    res.end(bytes);
  }
  const sendText = (res: ServerResponse, status: number, text: string, headers?: Record<string, string>) =>
    send(res, status, "text/plain; charset=utf-8", text, headers);
  const sendJson = (res: ServerResponse, payload: Json) => send(res, 200, "application/json; charset=utf-8", stringifyJson(payload));
  const refuse = (res: ServerResponse, text: string) => sendJson(res, { [options.errorKey]: text });

  /** Holds a request the add-on never answers until its connection closes (client timeout, down, close). */
  const hang = (req: IncomingMessage) =>
    new Promise<void>((resolve) => {
      if (req.socket.destroyed) return resolve();
      req.socket.once("close", () => resolve());
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (faults.down) return void req.socket.destroy();
    const body = await readBody(req);
    const path = new URL(req.url ?? "/", "https://tahesab.invalid").pathname;
    if (path !== "/") return sendText(res, 404, "Not Found");
    // The seed: opening the URL in a browser shows "the web service is active".
    // A GET that carries a body is a command: S3 (Ahmadrezagh/Zarnia-Laravel)
    // sends every command, writes included, as GET with a JSON body.
    if (req.method === "HEAD" || (req.method === "GET" && body !== null && body.trim() === "")) {
      return send(res, 200, "text/html; charset=utf-8", SERVICE_ACTIVE_PAGE);
    }
    if (req.method !== "POST" && req.method !== "GET") return sendText(res, 405, "Method Not Allowed", { Allow: "POST" });

    const denied = authFailure(req.headers.authorization, options.token);
    if (denied) return sendText(res, 401, denied, { "WWW-Authenticate": "Bearer" });
    if (body === null) return sendText(res, 413, "Payload Too Large");

    const envelope = parseEnvelope(body);
    if (!envelope.ok) return refuse(res, envelope.error);
    const { command, args } = envelope;
    const dbHeader = typeof req.headers.dbname === "string" ? req.headers.dbname : undefined;
    options.requests.push({ command, args, dbName: dbHeader ?? "", at: Date.now() });

    const failure = faults.takeFailure(command);
    if (failure === "reset") return void req.socket.destroy();
    if (failure === "http500") return sendText(res, 500, "Internal Server Error");
    if (failure === "error") return refuse(res, msg.simulatedFailure());
    const canned = faults.takeCanned(command);
    if (canned) return send(res, canned.status, "application/json; charset=utf-8", canned.body, canned.headers);

    const dispatchOptions = { state: options.state, addOn: options.addOn, dbNames: options.dbNames };
    const refused = precheck(dispatchOptions, command, dbHeader);
    if (refused) return answer(res, refused);

    const delay = faults.commandDelayMs[command] ?? 0;
    if (delay > 0) await sleep(delay);
    const outcome = dispatch(dispatchOptions, command, args, dbHeader);
    if (outcome.kind === "hang") return hang(req);
    const commandLatency = faults.commandLatencyMs[command] ?? 0;
    if (commandLatency > 0) await sleep(commandLatency);
    if (outcome.kind === "ok" && faults.dropThisWrite()) {
      // Recorded in Tahesab's database, but the answer never reaches the client.
      if (faults.latencyMs > 0) await sleep(faults.latencyMs);
      return void req.socket.destroy();
    }
    return answer(res, outcome);
  }

  function answer(res: ServerResponse, outcome: Exclude<Outcome, { kind: "hang" }>): Promise<void> {
    switch (outcome.kind) {
      case "ok":
        return sendJson(res, { OK: outcome.value });
      case "read":
        return sendJson(res, outcome.value);
      case "refused":
        return refuse(res, outcome.text);
    }
  }

  const server = createServer({ key: options.key, cert: options.cert }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A simulator bug: answer like a crashed add-on rather than hang the client.
      console.error("tahesab simulator:", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("Internal Server Error");
      else res.destroy();
    });
  });
  server.on("connection", (socket: Socket) => {
    if (faults.down) return void socket.destroy();
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("tlsClientError", (_error, socket) => socket.destroy());

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
