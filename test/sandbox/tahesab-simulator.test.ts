// The Tahesab simulator's protocol and faults, over real HTTPS.
import { X509Certificate } from "node:crypto";
import { request } from "node:https";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTahesabSimulator, type TahesabSimulator } from "../../sandbox/tahesab/index.js";
import { generateSelfSignedCertificate } from "../../sandbox/tls.js";
import { call, error, head, ok, read, refusalOf, send } from "./tahesab-client.js";

let sim: TahesabSimulator;
beforeAll(async () => {
  sim = await startTahesabSimulator();
});
afterAll(() => sim.close());
afterEach(() => {
  sim.faults.reset();
  sim.resetRequests();
});

const balanceArgs = ["1"];

describe("TLS", () => {
  it("serves a self-signed certificate that verifies for 127.0.0.1 and localhost when trusted as ca", async () => {
    expect(sim.url).toBe(`https://127.0.0.1:${sim.port}/`);
    expect((await send(sim, { getmandehesabbycode: balanceArgs })).status).toBe(200);
    expect((await send(sim, { getmandehesabbycode: balanceArgs }, { host: "localhost" })).status).toBe(200);
  });

  it("publishes the certificate's SHA-256 fingerprint as Node formats it", () => {
    const x509 = new X509Certificate(sim.certificatePem);
    expect(sim.certificateSha256).toBe(x509.fingerprint256);
    expect(sim.certificateSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(x509.subjectAltName).toContain("IP Address:127.0.0.1");
    expect(x509.subjectAltName).toContain("DNS:localhost");
  });

  it("is refused by a client that trusts only the system CAs", async () => {
    await expect(
      new Promise((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port: sim.port, method: "POST", path: "/", agent: false }, resolve);
        req.on("error", reject);
        req.end("{}");
      }),
    ).rejects.toThrow(/self[- ]signed|certificate/i);
  });

  it("makes a new key pair per simulator", async () => {
    const other = await generateSelfSignedCertificate();
    expect(other.sha256).not.toBe(sim.certificateSha256);
    expect(other.key).toContain("PRIVATE KEY");
  });
});

describe("HTTP surface", () => {
  it("answers a browser opening the root with the 'web service is active' page", async () => {
    const reply = await send(sim, "", { method: "GET", authorization: null, dbName: null });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain("وب سرویس فعال می باشد");
  });

  it("has no endpoint paths: any other path is 404", async () => {
    const reply = await send(sim, { getmandehesabbycode: balanceArgs }, { path: "/api/getmandehesabbycode" });
    expect(reply.status).toBe(404);
  });

  it("refuses methods other than POST with 405", async () => {
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const reply = await send(sim, { getmandehesabbycode: balanceArgs }, { method });
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe("POST");
    }
  });

  it("answers commands as HTTP 200 application/json; charset=utf-8", async () => {
    const reply = await send(sim, { getmandehesabbycode: balanceArgs });
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe("application/json; charset=utf-8");
  });

  it("takes a command sent as GET with a JSON body (S3 sends every command that way); a bare GET is the page", async () => {
    const reply = await send(sim, { getmandehesabbycode: balanceArgs }, { method: "GET" });
    expect(reply.json.MandeHesab[0].Code).toBe("1");
    expect(sim.count("getmandehesabbycode")).toBe(1);
    const written = await send(sim, { DoNewSanadVKHVaghNaghd: [...head(1, 1, 9100, 1403, 9, 1), 0, 1000, "GET"] }, { method: "GET" });
    expect(written.json).toEqual({ OK: expect.stringMatching(/^\d+$/) });
    const bare = await send(sim, "", { method: "GET" });
    expect(bare.text).toContain("وب سرویس فعال می باشد");
  });
});

describe("answer envelopes", () => {
  it("answers reads without the OK wrapper: getmandehesabbycode is {MandeHesab: [...]}", async () => {
    const reply = await send(sim, { getmandehesabbycode: balanceArgs });
    expect(Object.keys(reply.json)).toEqual(["MandeHesab"]);
  });

  it("answers lists as plain objects keyed by code, and DoListGorooh / DoListNameSekeh as bare arrays", async () => {
    expect(Object.keys(await read(sim, "DoListMoshtari", [1, 3]))).toEqual(["1", "2", "3"]);
    expect(Object.keys(await read(sim, "DoListEtiket", [1, 2]))).toEqual(["1", "2"]);
    expect(Array.isArray(await read(sim, "DoListGorooh", []))).toBe(true);
    expect(Array.isArray(await read(sim, "DoListNameSekeh", []))).toBe(true);
  });

  it("answers writes as {OK: value}: DoNewMoshtari the new code as a number, DoNewSanad* and DoDeleteSanad the Factor_Code", async () => {
    const code = await ok(sim, "DoNewMoshtari", ["مشتري پاکت", "", "", ""]);
    expect(typeof code).toBe("number");
    const factor = await ok(sim, "DoNewSanadVKHVaghNaghd", [...head(1, code, 1, 1403, 9, 1), 0, 1000, ""]);
    expect(factor).toMatch(/^\d+$/);
    expect(await ok(sim, "DoDeleteSanad", [factor])).toBe(factor);
  });

  it("answers refusals as {ERROR: text} by default", async () => {
    const reply = await send(sim, { DoListEtiket: [5, 1] });
    expect(Object.keys(reply.json)).toEqual(["ERROR"]);
    expect(sim.errorKey).toBe("ERROR");
  });

  it("answers every refusal as {Error: text} with errorKey 'Error'", async () => {
    const own = await startTahesabSimulator({ errorKey: "Error", seed: false });
    try {
      expect(own.errorKey).toBe("Error");
      for (const body of ["not json", { DoListEtiket: [5, 1] }, { NoSuchCommand: [] }]) {
        const reply = await send(own, body);
        expect(Object.keys(reply.json)).toEqual(["Error"]);
        expect(reply.json.Error).toMatch(/[\u0600-\u06FF]/);
      }
      expect(Object.keys((await send(own, { getmandehesabbycode: ["1"] }, { dbName: "DB7" })).json)).toEqual(["Error"]);
      own.faults.failNext(1, "error");
      expect(Object.keys((await send(own, { getmandehesabbycode: ["1"] })).json)).toEqual(["Error"]);
      expect(await read(own, "getmandehesabbycode", ["1"])).toEqual({ MandeHesab: [] });
    } finally {
      await own.close();
    }
  });
});

describe("authorization", () => {
  it("answers a missing Authorization header with 401 'Unsupported authorization scheme.'", async () => {
    const reply = await send(sim, { getmandehesabbycode: balanceArgs }, { authorization: null });
    expect(reply.status).toBe(401);
    expect(reply.text).toBe("Unsupported authorization scheme.");
    expect(reply.headers["content-type"]).toMatch(/^text\/plain/);
  });

  it("answers a scheme other than Bearer with 401 'Unsupported authorization scheme.' even with the right token", async () => {
    for (const authorization of [`Basic ${sim.token}`, `Token ${sim.token}`, sim.token]) {
      const reply = await send(sim, { getmandehesabbycode: balanceArgs }, { authorization });
      expect(reply.status).toBe(401);
      expect(reply.text).toBe("Unsupported authorization scheme.");
    }
  });

  it("answers Bearer with a wrong or empty token with 401 'Invalid token.'", async () => {
    for (const authorization of [`Bearer ${sim.token.slice(0, -1)}X`, "Bearer ", `Bearer ${sim.token.toLowerCase()}`]) {
      const reply = await send(sim, { getmandehesabbycode: balanceArgs }, { authorization });
      expect(reply.status).toBe(401);
      expect(reply.text).toBe("Invalid token.");
    }
  });

  it("does not record requests that failed authorization", async () => {
    await send(sim, { getmandehesabbycode: balanceArgs }, { authorization: "Bearer nope" });
    expect(sim.count()).toBe(0);
  });

  it("makes an 80-character uppercase alphanumeric token by default and takes a given one", async () => {
    expect(sim.token).toMatch(/^[A-Z0-9]{80}$/);
    const own = await startTahesabSimulator({ token: "MYTOKEN123", seed: false });
    try {
      expect(own.token).toBe("MYTOKEN123");
      expect((await send(own, { getmandehesabbycode: ["1"] })).status).toBe(200);
    } finally {
      await own.close();
    }
  });
});

describe("DBName header", () => {
  it("accepts the Access and SQL Server environment names", async () => {
    expect(sim.dbName).toBe("DB");
    for (const dbName of ["DB", "DB1", "TahesabDB", "TahesabDB1"]) {
      expect(await call(sim, "getmandehesabbycode", balanceArgs, { dbName })).toHaveProperty("MandeHesab");
    }
  });

  it("CheckHealth names the database the add-on opened and its kind", async () => {
    expect(await read(sim, "CheckHealth", [])).toEqual({ Api_Status: "OK", DBType: "Access", DBName: "DB" });
    expect(await read(sim, "CheckHealth", [], { dbName: "DB1" })).toEqual({ Api_Status: "OK", DBType: "Access", DBName: "DB1" });
    expect(await read(sim, "CheckHealth", [], { dbName: "TahesabDB1" })).toEqual({ Api_Status: "OK", DBType: "SQLServer", DBName: "TahesabDB1" });
  });

  it("opens the main environment when no DBName is sent (S2 sends none)", async () => {
    expect(await read(sim, "CheckHealth", [], { dbName: null })).toEqual({ Api_Status: "OK", DBType: "Access", DBName: "DB" });
    expect(await read(sim, "getmandehesabbycode", balanceArgs, { dbName: null })).toHaveProperty("MandeHesab");
    expect(sim.requests.at(-1)!.dbName).toBe("");
  });

  it("refuses an unknown environment, CheckHealth included, with an ERROR naming it", async () => {
    for (const command of ["getmandehesabbycode", "CheckHealth"]) {
      const text = await error(sim, command, command === "CheckHealth" ? [] : balanceArgs, { dbName: "DB7" });
      expect(text).toContain("DB7");
      expect(text).toContain("یافت نشد");
    }
  });

  it("matches environment names exactly", async () => {
    expect(refusalOf(await call(sim, "getmandehesabbycode", balanceArgs, { dbName: "db" }))).toBeDefined();
  });

  it("takes its list of environments from the options; other names are SQL Server databases", async () => {
    const own = await startTahesabSimulator({ dbNames: ["ShopA"], seed: false });
    try {
      expect(own.dbName).toBe("ShopA");
      expect(await read(own, "getmandehesabbycode", ["1"])).toEqual({ MandeHesab: [] });
      expect(await read(own, "CheckHealth", [])).toEqual({ Api_Status: "OK", DBType: "SQLServer", DBName: "ShopA" });
      expect(refusalOf(await call(own, "getmandehesabbycode", ["1"], { dbName: "DB" }))).toBeDefined();
    } finally {
      await own.close();
    }
  });
});

describe("request envelope", () => {
  const expectError = async (body: unknown) => {
    const reply = await send(sim, body);
    expect(reply.status).toBe(200);
    expect(Object.keys(reply.json)).toEqual(["ERROR"]);
    expect(typeof reply.json.ERROR).toBe("string");
    expect(reply.json.ERROR).toMatch(/[\u0600-\u06FF]/); // a Persian message
  };

  it("answers a body that is not JSON with an ERROR", () => expectError('{"getmandehesabbycode": ["1"'));
  it("answers an empty body with an ERROR", () => expectError(""));
  it("answers a JSON array or scalar body with an ERROR", async () => {
    await expectError('[{"getmandehesabbycode":["1"]}]');
    await expectError('"getmandehesabbycode"');
  });
  it("answers a body with two commands with an ERROR", () => expectError({ getmandehesabbycode: ["1"], DoListEtiket: [1, 2, 0] }));
  it("answers a body with no command with an ERROR", () => expectError({}));
  it("answers arguments that are not an array with an ERROR", async () => {
    await expectError({ getmandehesabbycode: "1" });
    await expectError({ DoListEtiket: { From_Code: 1, To_Code: 2, WithPhoto_1_0: 0 } });
  });
  it("answers an unknown command with an ERROR naming it", async () => {
    const reply = await send(sim, { DoListFactors: [] });
    expect(reply.json.ERROR).toContain("DoListFactors");
  });
  it("matches command names exactly as the seed spells them", async () => {
    expect(await call(sim, "GetMandeHesabByCode", ["1"])).toHaveProperty("ERROR");
    expect(await call(sim, "getmandehesabbycode", ["1"])).toHaveProperty("MandeHesab");
  });
});

describe("request recording", () => {
  it("records every authorised command in arrival order, with its arguments and DBName, ERROR answers included", async () => {
    await call(sim, "getmandehesabbycode", ["1", "2"]);
    await call(sim, "DoListEtiket", [5, 1, 0]); // ERROR: From > To
    await call(sim, "NoSuchCommand", [1]);
    await call(sim, "getmandehesabbycode", ["3"], { dbName: "TahesabDB1" });
    expect(sim.requests.map((r) => r.command)).toEqual(["getmandehesabbycode", "DoListEtiket", "NoSuchCommand", "getmandehesabbycode"]);
    expect(sim.requests[0].args).toEqual(["1", "2"]);
    expect(sim.requests[3].dbName).toBe("TahesabDB1");
    expect(sim.requests[0].at).toBeLessThanOrEqual(sim.requests[3].at);
    expect(sim.count()).toBe(4);
    expect(sim.count("getmandehesabbycode")).toBe(2);
    expect(sim.count("DoNewMoshtari")).toBe(0);
  });

  it("does not record bodies that are not a command", async () => {
    await send(sim, "not json");
    await send(sim, { a: [], b: [] });
    expect(sim.count()).toBe(0);
  });

  it("empties the record in place on resetRequests", async () => {
    const held = sim.requests;
    await call(sim, "getmandehesabbycode", ["1"]);
    sim.resetRequests();
    expect(held).toHaveLength(0);
    expect(sim.count()).toBe(0);
  });
});

describe("lifecycle", () => {
  it("keeps each simulator's state its own", async () => {
    const [a, b] = await Promise.all([startTahesabSimulator(), startTahesabSimulator()]);
    try {
      await ok(a, "DoNewMoshtari", ["فقط در الف", "", "", ""]);
      expect(a.state.customers.size).toBe(31);
      expect(b.state.customers.size).toBe(30);
      expect(a.port).not.toBe(b.port);
      expect(a.token).not.toBe(b.token);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("starts empty with seed: false", async () => {
    const empty = await startTahesabSimulator({ seed: false });
    try {
      expect(empty.state.customers.size).toBe(0);
      expect(empty.state.etikets.size).toBe(0);
      expect(empty.state.documents.size).toBe(0);
      expect(await ok(empty, "DoNewMoshtari", ["اولين مشتري", "", "", ""])).toBe(1);
      expect(await read(empty, "GetEtiketTableInfo", [])).toEqual({ CountALL: 0, MinCode: 0, MaxCode: 0 });
      expect(await read(empty, "DoListGorooh", [])).toEqual([]);
    } finally {
      await empty.close();
    }
  });

  it("stops listening and drops open connections on close, hanging ones included", async () => {
    const own = await startTahesabSimulator({ seed: false });
    own.faults.commandLatencyMs.getmandehesabbycode = 10_000;
    const pending = send(own, { getmandehesabbycode: ["1"] });
    const hanging = send(own, { DoListAsnad: [-1, 0, "", ""] });
    await new Promise((r) => setTimeout(r, 100));
    await own.close();
    await expect(pending).rejects.toThrow();
    await expect(hanging).rejects.toThrow();
    await expect(send(own, { getmandehesabbycode: ["1"] })).rejects.toThrow(/ECONNREFUSED/);
  });
});
