import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VendorError } from "../../src/core/errors.js";
import { createTrustingAgent } from "../../src/core/http/tls-trust.js";
import { retryAfterSeconds, statusError, VendorTransport, type VendorCallEvent, type TransportOptions } from "../../src/core/http/transport.js";
import { generateSelfSignedCertificate } from "../../sandbox/tls.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A vendor on loopback: `answer` decides per request (by path); every request is recorded. */
function vendor(answer: (req: IncomingMessage, res: ServerResponse, seen: Seen, count: number, path: string) => void) {
  const seen: Seen[] = [];
  const server = createHttpServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const entry = { method: req.method!, url: req.url!, headers: req.headers, body };
      seen.push(entry);
      answer(req, res, entry, seen.filter((s) => s.url === req.url).length, req.url!.split("?")[0]);
    });
  });
  return { server, seen };
}

const listen = (server: Server) => new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

function recordingLogger() {
  const lines: Array<{ level: string; fields: Record<string, unknown>; message: string }> = [];
  const at = (level: string) => (fields: Record<string, unknown>, message: string) => lines.push({ level, fields, message });
  return { lines, logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") } as unknown as TransportOptions["logger"] };
}

async function failure(promise: Promise<unknown>): Promise<VendorError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(VendorError);
    return error as VendorError;
  }
  throw new Error("expected a VendorError");
}

describe("the vendor transport over HTTP", () => {
  const fake = vendor((req, res, seen, count, path) => {
    if (path === "/ok") {
      res.setHeader("x-vendor", "yes");
      res.writeHead(201).end(`answer to ${seen.body}`);
    } else if (path.startsWith("/flaky-")) {
      const status = Number(path.slice("/flaky-".length));
      if (count === 1) res.writeHead(status).end("try again");
      else res.writeHead(200).end("second time lucky");
    } else if (path === "/reset-once") {
      if (count === 1) req.socket.destroy();
      else res.writeHead(200).end("after the reset");
    } else if (path === "/reset") {
      req.socket.destroy();
    } else if (path === "/slow") {
      setTimeout(() => res.writeHead(200).end("late"), 1500).unref();
    } else if (path === "/redirect") {
      res.writeHead(302, { location: "/ok" }).end();
    } else {
      res.writeHead(404).end("no such thing");
    }
  });
  let base: string;
  let events: VendorCallEvent[];
  let log: ReturnType<typeof recordingLogger>;
  let transport: VendorTransport;
  beforeAll(async () => {
    base = await listen(fake.server);
    events = [];
    log = recordingLogger();
    transport = new VendorTransport({
      vendor: "HESABFA", label: "Hesabfa", timeoutMs: 400, logger: log.logger, headers: { "x-api-key": "k-1" },
      observer: (event) => events.push(event), redactUrl: (url) => url.replace(/secret=[^&]+/, "secret=***"),
    });
  });
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));
  const fresh = () => {
    fake.seen.length = 0;
    events.length = 0;
    log.lines.length = 0;
  };

  it("sends the body as given (POST, JSON by default) with its headers, and passes the answer back as it is", async () => {
    fresh();
    const response = await transport.send({ operation: "contact/get", url: `${base}/ok`, body: '{"a":1}', write: false });
    expect(response.status).toBe(201);
    expect(response.body).toBe('answer to {"a":1}');
    expect(response.headers["x-vendor"]).toBe("yes");
    expect(fake.seen).toHaveLength(1);
    expect(fake.seen[0]).toMatchObject({ method: "POST", url: "/ok", body: '{"a":1}' });
    expect(fake.seen[0].headers).toMatchObject({ "content-type": "application/json", "user-agent": "hesabgraph", "x-api-key": "k-1" });
    expect(events).toEqual([{ vendor: "HESABFA", operation: "contact/get", outcome: "ok", status: 201, ms: expect.any(Number) }]);
    expect(log.lines).toEqual([{ level: "debug", fields: { vendor: "HESABFA", operation: "contact/get", ms: expect.any(Number), status: 201 }, message: "vendor call" }]);
  });

  it("another method and content type when asked; no content type without a body", async () => {
    fresh();
    await transport.send({ operation: "form", url: `${base}/ok`, method: "PUT", body: "a=1", contentType: "application/x-www-form-urlencoded", write: true });
    await transport.send({ operation: "GET /ok", url: `${base}/ok`, method: "GET", write: false });
    expect(fake.seen.map((s) => s.method)).toEqual(["PUT", "GET"]);
    expect(fake.seen[0].headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(fake.seen[1].headers["content-type"]).toBeUndefined();
  });

  it("does not follow redirects, and gives HTTP failures back as statuses", async () => {
    fresh();
    expect((await transport.send({ operation: "r", url: `${base}/redirect`, write: false })).status).toBe(302);
    expect((await transport.send({ operation: "n", url: `${base}/nothing`, write: false })).status).toBe(404);
    expect(fake.seen.map((s) => s.url)).toEqual(["/redirect", "/nothing"]);
  });

  // got waits about a second before its retry: one status per method keeps this short.
  for (const [status, method] of [[502, "POST"], [503, "GET"], [504, "PUT"]] as const) {
    it(`a read that meets HTTP ${status} is sent once more (${method}); a write is not`, async () => {
      fresh();
      const read = await transport.send({ operation: "read", url: `${base}/flaky-${status}`, method, body: method === "GET" ? undefined : "{}", write: false });
      expect(read).toMatchObject({ status: 200, body: "second time lucky" });
      expect(fake.seen.map((s) => s.method)).toEqual([method, method]);
      fresh();
      const write = await transport.send({ operation: "write", url: `${base}/flaky-${status}?write`, method, body: method === "GET" ? undefined : "{}", write: true });
      expect(write.status).toBe(status);
      expect(fake.seen).toHaveLength(1);
    });
  }

  it("HTTP 500 is not sent again, even for a read", async () => {
    fresh();
    expect((await transport.send({ operation: "read", url: `${base}/flaky-500`, method: "GET", write: false })).status).toBe(500);
    expect(fake.seen).toHaveLength(1);
  });

  it("a read whose connection was reset is sent once more", async () => {
    fresh();
    const read = await transport.send({ operation: "read", url: `${base}/reset-once`, method: "DELETE", write: false });
    expect(read.body).toBe("after the reset");
    expect(fake.seen).toHaveLength(2);
  });

  it("a write whose connection was reset: VENDOR_UNAVAILABLE, fate UNKNOWN, sent once, the URL redacted in the log", async () => {
    fresh();
    const error = await failure(transport.send({ operation: "invoice/save", url: `${base}/reset?secret=s3cr3t`, body: "{}", write: true }));
    expect(fake.seen).toHaveLength(1);
    expect(error).toMatchObject({ code: "VENDOR_UNAVAILABLE", fate: "UNKNOWN", retryable: true, vendor: "HESABFA" });
    expect(error.message).toBe("Hesabfa could not be reached for invoice/save: the connection failed (ECONNRESET).");
    expect(events).toEqual([{ vendor: "HESABFA", operation: "invoice/save", outcome: "VENDOR_UNAVAILABLE", ms: expect.any(Number) }]);
    // The duration the latency histogram gets is the call's own (a sanity bound, not a timing).
    expect(events[0].ms).toBeGreaterThanOrEqual(0);
    expect(events[0].ms).toBeLessThan(60_000);
    expect(log.lines).toEqual([
      { level: "warn", fields: { vendor: "HESABFA", operation: "invoice/save", url: `${base}/reset?secret=***`, ms: expect.any(Number), code: "VENDOR_UNAVAILABLE" }, message: "vendor call failed" },
    ]);
  });

  it("a vendor slower than the timeout: VENDOR_TIMEOUT naming the operation and the limit, fate UNKNOWN", async () => {
    fresh();
    const error = await failure(transport.send({ operation: "invoice/save", url: `${base}/slow`, body: "{}", write: true }));
    expect(error).toMatchObject({ code: "VENDOR_TIMEOUT", fate: "UNKNOWN", retryable: true });
    expect(error.message).toBe("Hesabfa did not answer invoice/save within 400 ms.");
    expect(transport.timeoutMs).toBe(400);
    expect(transport.vendor).toBe("HESABFA");
    expect(transport.label).toBe("Hesabfa");
  });

  it("nobody listening: VENDOR_UNAVAILABLE, fate NOT_SENT (surely not written)", async () => {
    const closed = createHttpServer();
    const url = await listen(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(transport.send({ operation: "invoice/save", url: `${url}/x`, body: "{}", write: true }));
    expect(error).toMatchObject({ code: "VENDOR_UNAVAILABLE", fate: "NOT_SENT", retryable: true });
    expect(error.message).toBe("Hesabfa could not be reached for invoice/save: the connection failed (ECONNREFUSED).");
  });
});

describe("the vendor transport over HTTPS", () => {
  let server: Server;
  let base: string;
  let sha256: string;
  let pem: string;
  beforeAll(async () => {
    const certificate = await generateSelfSignedCertificate();
    sha256 = certificate.sha256;
    pem = certificate.cert;
    server = createHttpsServer({ key: certificate.key, cert: certificate.cert }, (_req, res) => res.writeHead(200).end("secure"));
    base = (await listen(server)).replace("http:", "https:");
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const transport = (agent: ReturnType<typeof createTrustingAgent>, extra: Partial<TransportOptions> = {}) =>
    new VendorTransport({ vendor: "TAHESAB", label: "Tahesab", timeoutMs: 2000, logger: recordingLogger().logger, agent: { https: agent }, ...extra });

  it("an untrusted certificate: NOT_SENT, not retryable, with the advice on what to set", async () => {
    const error = await failure(transport(createTrustingAgent({}), { tlsAdvice: "set TAHESAB_CERT_SHA256" }).send({ operation: "DoNewSanad", url: base, body: "{}", write: true }));
    expect(error).toMatchObject({ code: "VENDOR_UNAVAILABLE", fate: "NOT_SENT", retryable: false });
    expect(error.message).toBe("Tahesab could not be reached for DoNewSanad: the TLS certificate was not trusted (DEPTH_ZERO_SELF_SIGNED_CERT); set TAHESAB_CERT_SHA256.");
    const plain = await failure(transport(createTrustingAgent({})).send({ operation: "Ping", url: base, write: false }));
    expect(plain.message).toBe("Tahesab could not be reached for Ping: the TLS certificate was not trusted (DEPTH_ZERO_SELF_SIGNED_CERT).");
  });

  it("a CA given as PEM is trusted (the system's CAs are not replaced for other agents)", async () => {
    expect((await transport(createTrustingAgent({ caPem: pem })).send({ operation: "Ping", url: base, write: false })).body).toBe("secure");
    // A pin wins over a CA file: the pin decides.
    const error = await failure(transport(createTrustingAgent({ caPem: pem, certSha256: "AA:" + sha256.slice(3) })).send({ operation: "Ping", url: base, write: false }));
    expect(error.code).toBe("VENDOR_CERTIFICATE_MISMATCH");
  });

  it("the pinned certificate is trusted; another pin is VENDOR_CERTIFICATE_MISMATCH naming the variable, nothing sent", async () => {
    expect((await transport(createTrustingAgent({ certSha256: sha256 })).send({ operation: "Ping", url: base, write: false })).body).toBe("secure");
    const wrong = "AA:" + sha256.slice(3);
    const error = await failure(transport(createTrustingAgent({ certSha256: wrong }), { pinVariable: "TAHESAB_CERT_SHA256" }).send({ operation: "Ping", url: base, write: false }));
    expect(error).toMatchObject({ code: "VENDOR_CERTIFICATE_MISMATCH", fate: "NOT_SENT" });
    expect(error.message).toBe(
      `Tahesab's TLS certificate fingerprint ${sha256} does not match the pinned ${wrong} (TAHESAB_CERT_SHA256). Nothing was sent. If the certificate was renewed, pin the new one.`,
    );
    const unnamed = await failure(transport(createTrustingAgent({ certSha256: wrong })).send({ operation: "Ping", url: base, write: false }));
    expect(unnamed.message).toBe(`Tahesab's TLS certificate fingerprint ${sha256} does not match the pinned ${wrong}. Nothing was sent. If the certificate was renewed, pin the new one.`);
  });
});

describe("Retry-After", () => {
  const now = Date.parse("2024-10-27T10:00:00Z");
  it("delta seconds, trimmed; an HTTP date counted from now (rounded up, never negative); the first of several", () => {
    expect(retryAfterSeconds({ "retry-after": " 120 " }, now)).toBe(120);
    expect(retryAfterSeconds({ "retry-after": "0" }, now)).toBe(0);
    expect(retryAfterSeconds({ "retry-after": "Sun, 27 Oct 2024 10:01:00 GMT" }, now)).toBe(60);
    expect(retryAfterSeconds({ "retry-after": "Sun, 27 Oct 2024 10:00:00 GMT" }, now + 1)).toBe(0);
    expect(retryAfterSeconds({ "retry-after": "Sun, 27 Oct 2024 10:00:30 GMT" }, now + 500)).toBe(30);
    expect(retryAfterSeconds({ "retry-after": "Sun, 27 Oct 2024 09:00:00 GMT" }, now)).toBe(0);
    expect(retryAfterSeconds({ "retry-after": ["7", "9"] }, now)).toBe(7);
  });

  it("absent or unreadable: undefined", () => {
    expect(retryAfterSeconds({}, now)).toBeUndefined();
    expect(retryAfterSeconds({ "retry-after": "" }, now)).toBeUndefined();
    expect(retryAfterSeconds({ "retry-after": "soon" }, now)).toBeUndefined();
    expect(retryAfterSeconds({ "retry-after": "1234567890" }, now)).toBeUndefined();
  });
});

describe("the common meaning of an HTTP failure status", () => {
  const hesabit = { vendor: "HESABIT" as const, label: "Hesabit" };
  const answer = (status: number, headers: Record<string, string> = {}) => ({ status, body: "", headers });

  it("429: VENDOR_RATE_LIMITED, REJECTED, retryable, with Retry-After when given", () => {
    const limited = statusError(hesabit, "GET /customers", answer(429, { "retry-after": "30" }));
    expect(limited).toMatchObject({ code: "VENDOR_RATE_LIMITED", fate: "REJECTED", retryable: true, httpStatus: 429, retryAfterSeconds: 30 });
    expect(limited.message).toBe("Hesabit refused GET /customers: too many requests (HTTP 429); retry after 30 s.");
    const bare = statusError(hesabit, "GET /customers", answer(429));
    expect(bare.message).toBe("Hesabit refused GET /customers: too many requests (HTTP 429).");
    expect(bare.retryAfterSeconds).toBeUndefined();
  });

  it("401 and 403: VENDOR_UNAUTHORIZED, REJECTED, with the advice when given", () => {
    for (const status of [401, 403]) {
      const refused = statusError(hesabit, "GET /me", answer(status), "Connect again.");
      expect(refused).toMatchObject({ code: "VENDOR_UNAUTHORIZED", fate: "REJECTED", retryable: false, httpStatus: status });
      expect(refused.message).toBe(`Hesabit refused the credentials (HTTP ${status}) for GET /me. Connect again.`);
    }
    expect(statusError(hesabit, "GET /me", answer(401)).message).toBe("Hesabit refused the credentials (HTTP 401) for GET /me.");
  });

  it("other statuses: VENDOR_ERROR; 5xx may have been processed (UNKNOWN, retryable), 4xx was refused", () => {
    expect(statusError(hesabit, "POST /invoices", answer(500))).toMatchObject({ code: "VENDOR_ERROR", fate: "UNKNOWN", retryable: true, httpStatus: 500 });
    expect(statusError(hesabit, "POST /invoices", answer(500)).message).toBe("Hesabit answered HTTP 500 to POST /invoices.");
    expect(statusError(hesabit, "POST /invoices", answer(499))).toMatchObject({ code: "VENDOR_ERROR", fate: "REJECTED", retryable: false, httpStatus: 499 });
    expect(statusError(hesabit, "POST /invoices", answer(404))).toMatchObject({ fate: "REJECTED", retryable: false });
    expect(statusError(hesabit, "POST /invoices", answer(402))).toMatchObject({ code: "VENDOR_ERROR" });
  });
});
