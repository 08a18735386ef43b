// The HTTP face: POST <base>/v1/<area>/<method> with a JSON body, answered
// HTTP 200 with the envelope. Anything else is answered the way the seed says
// a failure looks: a non-200 status and no JSON body (404 for other paths,
// 405 for other HTTP methods, 415 for a body that is not declared
// application/json, 413 for a body over 8 MB). Plain HTTP is enough: H1
// offers http://api.hesabfa.ir/v1/ as a base URL.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { dispatch, errorEnvelope, type DispatchContext } from "./dispatch.js";
import { ErrorCode } from "./errors.js";
import type { FaultController } from "./faults.js";
import { parseLossless, type JValue } from "./json.js";
import type { RateLimiter } from "./rate-limit.js";
import type { RecordedRequest } from "./types.js";

const MAX_BODY_BYTES = 8 * 1024 * 1024;
const ROUTE = /^\/v1\/([^/]+)\/([^/]+)\/?$/i;

export interface ServerOptions {
  host: string;
  port: number;
  faults: FaultController;
  limiter: RateLimiter;
  requests: RecordedRequest[];
  context: DispatchContext;
  /** Every raw socket, so `down` and `close` can destroy them. */
  sockets: Set<Socket>;
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

function recordedBody(raw: string): unknown {
  if (raw.trim() === "") return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function isJsonContentType(header: string | undefined): boolean {
  return (header ?? "").split(";")[0].trim().toLowerCase() === "application/json";
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function startServer(options: ServerOptions): Promise<Server> {
  const { faults, sockets } = options;

  async function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): Promise<void> {
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    if (faults.down) return void res.socket?.destroy();
    const bytes = Buffer.from(body, "utf8");
    const type = body === "" ? {} : { "Content-Type": "application/json; charset=utf-8" };
    res.writeHead(status, { ...type, "Content-Length": String(bytes.length), ...headers });
    res.end(bytes);
  }
  const sendEnvelope = (res: ServerResponse, body: string) => send(res, 200, body);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (faults.down) return void req.socket.destroy();
    const raw = await readBody(req);
    const path = req.url ?? "/";
    const route = ROUTE.exec(path.split("?")[0]);
    if (!route) return send(res, 404, "");
    if (req.method !== "POST") return send(res, 405, "", { Allow: "POST" });
    if (raw === null) return send(res, 413, "");

    const method = `${route[1]}/${route[2]}`.toLowerCase();
    const ip = req.socket.remoteAddress ?? "";
    options.requests.push({ method, path, body: recordedBody(raw), at: Date.now(), ip });

    const failure = faults.takeFailure(method);
    if (failure === "reset") return void req.socket.destroy();
    if (failure === "http500") return send(res, 500, "");
    if (failure === "http429") return send(res, 429, "");
    if (failure !== null) return sendEnvelope(res, errorEnvelope(failure.errorCode, `Simulated failure ${failure.errorCode}`));
    const canned = faults.takeCanned(method);
    if (canned) {
      if (faults.latencyMs > 0) await sleep(faults.latencyMs);
      if (faults.down) return void req.socket.destroy();
      const bytes = Buffer.from(canned.body, "utf8");
      res.writeHead(canned.status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": String(bytes.length), ...canned.headers });
      return void res.end(bytes);
    }

    if (!options.limiter.allow(ip)) {
      const { limit, windowMs, status } = options.limiter.config!;
      if (status === 429) return send(res, 429, "");
      return sendEnvelope(res, errorEnvelope(ErrorCode.TooManyRequests, `Too many requests: at most ${limit} in ${windowMs} ms from one IP`));
    }
    if (!isJsonContentType(req.headers["content-type"])) return send(res, 415, "");

    let body: JValue;
    try {
      body = parseLossless(raw);
    } catch {
      return sendEnvelope(res, errorEnvelope(ErrorCode.MissingData, "Missing data: the body is not JSON"));
    }
    const result = dispatch(options.context, method, body);
    if (result.wrote && faults.dropThisWrite()) {
      // Recorded in the business, but the answer never reaches the client.
      if (faults.latencyMs > 0) await sleep(faults.latencyMs);
      return void req.socket.destroy();
    }
    return sendEnvelope(res, result.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A simulator bug: answer like a crashed service rather than hang the client.
      console.error("hesabfa simulator:", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Length": "0" }).end();
      else res.destroy();
    });
  });
  server.on("connection", (socket: Socket) => {
    if (faults.down) return void socket.destroy();
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
