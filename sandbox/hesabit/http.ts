// The HTTP face: one plain-HTTP loopback server for both hosts Hesabit uses
// (www.hesabit.com/oauth2/authorize, api.hesabit.com/oauth2/token and /v1/).
// Every request is recorded, then faults apply, then /oauth2/ or /v1/ answers.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import type { FaultController } from "./faults.js";
import { bodyForRecord, lastWins, mediaTypeOf, type Incoming } from "./incoming.js";
import { BAD_GATEWAY_PAGE, INTERNAL_ERROR_PAGE, TOO_MANY_REQUESTS_PAGE } from "./pages.js";
import { html, pathNotFound, type Reply } from "./replies.js";
import type { RecordedRequest } from "./types.js";

const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpOptions {
  host: string;
  port: number;
  faults: FaultController;
  requests: RecordedRequest[];
  now: () => number;
  /** Every raw TCP socket, so `down` and `close` can destroy them. */
  sockets: Set<Socket>;
  oauth: (incoming: Incoming) => Reply;
  api: (incoming: Incoming) => Reply;
  /** Called after a reply that changed data, tokens or clients. */
  onChange: () => void;
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

function faultReply(kind: "http500" | "http429" | "http502html"): Reply {
  if (kind === "http500") return html(500, INTERNAL_ERROR_PAGE);
  if (kind === "http429") return html(429, TOO_MANY_REQUESTS_PAGE);
  return html(502, BAD_GATEWAY_PAGE);
}

/** A canned body's type: JSON when it parses as JSON, else an HTML page. */
function cannedReply(body: string, status: number): Reply {
  let isJson = true;
  try {
    JSON.parse(body);
  } catch {
    isJson = false;
  }
  return { status, headers: { "Content-Type": isJson ? "application/json; charset=UTF-8" : "text/html; charset=UTF-8" }, body };
}

export function startHttp(options: HttpOptions): Promise<Server> {
  const { faults, sockets } = options;

  async function send(req: IncomingMessage, res: ServerResponse, reply: Reply): Promise<void> {
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    if (faults.down) return void req.socket.destroy();
    const bytes = Buffer.from(reply.body, "utf8");
    res.writeHead(reply.status, { Server: "nginx", ...reply.headers, "Content-Length": String(bytes.length) });
    res.end(bytes);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (faults.down) return void req.socket.destroy();
    const text = await readBody(req);
    const url = new URL(req.url ?? "/", "http://hesabit.invalid");
    const mediaType = mediaTypeOf(req.headers["content-type"]);
    const incoming: Incoming = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: lastWins(url.searchParams),
      text: text ?? "",
      mediaType,
    };
    options.requests.push({
      method: incoming.method,
      path: incoming.path,
      query: incoming.query,
      body: text === null ? "(body too large)" : bodyForRecord(incoming.text, mediaType),
      at: options.now(),
    });

    const failure = faults.takeFailure(incoming.path);
    if (failure === "reset") return void req.socket.destroy();
    if (failure) return send(req, res, faultReply(failure));
    const canned = faults.takeCanned(incoming.path);
    if (canned) return send(req, res, cannedReply(canned.body, canned.status));
    if (text === null) return send(req, res, html(413, "<html><body><h1>413 Request Entity Too Large</h1></body></html>"));

    const isOAuth = incoming.path === "/oauth2" || incoming.path.startsWith("/oauth2/");
    const isApi = incoming.path === "/v1" || incoming.path.startsWith("/v1/");
    const reply = isOAuth ? options.oauth(incoming) : isApi ? options.api(incoming) : pathNotFound(incoming.path);
    if (reply.changed) options.onChange();
    if (reply.write && reply.status < 300 && faults.dropThisWrite()) {
      // Stored, but the answer never reaches the client.
      if (faults.latencyMs > 0) await sleep(faults.latencyMs);
      return void req.socket.destroy();
    }
    return send(req, res, reply);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A simulator bug: answer like a crashed PHP site rather than hang the client.
      console.error("hesabit simulator:", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/html; charset=UTF-8" }).end(INTERNAL_ERROR_PAGE);
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
