// The Hesabfa simulator's wire protocol over real sockets: paths, HTTP
// methods, the flat body, credentials, the envelope, case-insensitive names,
// yearId and what the simulator records.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { call, creds, ok, refused, send } from "./hesabfa-client.js";

let sim: HesabfaSimulator;
beforeAll(async () => {
  sim = await startHesabfaSimulator({ rateLimit: null, userId: "Owner@Example.com", password: "s3cret" });
});
afterAll(() => sim.close());
afterEach(() => {
  sim.faults.reset();
  sim.resetRequests();
});

describe("HTTP surface", () => {
  it("serves under a base URL ending in /v1/", () => {
    expect(sim.url).toBe(`http://127.0.0.1:${sim.port}/v1/`);
  });

  it("answers every method call with HTTP 200 and the four-member envelope", async () => {
    const reply = await send(sim, "contact/get", { ...creds(sim), code: "000001" });
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(Object.keys(reply.json)).toEqual(["Success", "ErrorCode", "ErrorMessage", "Result"]);
    expect(reply.json).toMatchObject({ Success: true, ErrorCode: 0, ErrorMessage: "" });
    const failed = await send(sim, "contact/get", { ...creds(sim), code: "999999" });
    expect(failed.status).toBe(200);
    expect(failed.json).toMatchObject({ Success: false, ErrorCode: 112, Result: null });
    expect(failed.json.ErrorMessage).toContain("999999");
  });

  it("answers other paths 404 and other HTTP methods 405, with no body", async () => {
    for (const path of ["/v1/contact", "/v2/contact/get", "/contact/get", "/v1/contact/get/extra", "/"]) {
      const reply = await send(sim, path, { ...creds(sim), code: 1 });
      expect(reply.status, path).toBe(404);
      expect(reply.text).toBe("");
    }
    for (const httpMethod of ["GET", "PUT", "DELETE", "PATCH"]) {
      const reply = await send(sim, "contact/get", "", { httpMethod });
      expect(reply.status, httpMethod).toBe(405);
      expect(reply.headers.allow).toBe("POST");
      expect(reply.text).toBe("");
    }
    expect(sim.count()).toBe(0);
  });

  it("refuses a body not declared application/json with 415 and no body; a charset parameter is fine", async () => {
    const plain = await send(sim, "contact/get", { ...creds(sim), code: 1 }, { contentType: "text/plain" });
    expect(plain.status).toBe(415);
    expect(plain.text).toBe("");
    const none = await send(sim, "contact/get", { ...creds(sim), code: 1 }, { contentType: null });
    expect(none.status).toBe(415);
    const withCharset = await send(sim, "contact/get", { ...creds(sim), code: 1 }, { contentType: "Application/JSON; charset=utf-8" });
    expect(withCharset.json.Success).toBe(true);
  });

  it("answers a body that is not one JSON object with 103 MissingData", async () => {
    for (const body of ["", "not json", "[1,2]", '"text"', "{\"apiKey\":1,}"]) {
      const reply = await send(sim, "contact/get", body);
      expect(reply.json.ErrorCode, body).toBe(103);
    }
  });

  it("refuses a body wrapped as {data: {...}} the way a missing apiKey is refused (113)", async () => {
    const reply = await send(sim, "contact/get", { data: { ...creds(sim), code: 1 } });
    expect(reply.json).toMatchObject({ Success: false, ErrorCode: 113 });
  });

  it("answers an unknown method with 190, even before the credentials are checked", async () => {
    expect((await refused(sim, "contact/fly", { code: 1 })).ErrorCode).toBe(190);
    const reply = await send(sim, "nothing/here", {});
    expect(reply.json.ErrorCode).toBe(190);
    expect(reply.json.ErrorMessage).toContain("nothing/here");
  });
});

describe("credentials", () => {
  const login = () => ({ apiKey: sim.apiKey, userId: sim.userId, password: sim.password });

  it("takes apiKey with loginToken", async () => {
    expect((await ok(sim, "setting/getCurrency")).Currency).toBe("IRR");
  });

  it("takes apiKey with userId and password (userId without regard to case), and an empty loginToken counts as none (H1 sends '')", async () => {
    const a = await send(sim, "setting/getCurrency", login());
    expect(a.json.Success).toBe(true);
    const b = await send(sim, "setting/getCurrency", { ...login(), userId: "owner@EXAMPLE.com", loginToken: "" });
    expect(b.json.Success).toBe(true);
  });

  it("uses loginToken when it is given, whatever userId and password say", async () => {
    const reply = await send(sim, "setting/getCurrency", { ...creds(sim), userId: "x", password: "y" });
    expect(reply.json.Success).toBe(true);
  });

  it("answers 113 without apiKey, 107 for another business's apiKey", async () => {
    expect((await send(sim, "setting/getCurrency", { loginToken: sim.loginToken })).json.ErrorCode).toBe(113);
    expect((await send(sim, "setting/getCurrency", { apiKey: "", loginToken: sim.loginToken })).json.ErrorCode).toBe(113);
    expect((await send(sim, "setting/getCurrency", { apiKey: "nope", loginToken: sim.loginToken })).json.ErrorCode).toBe(107);
  });

  it("answers 104 without loginToken and without userId/password, naming what is missing", async () => {
    const none = await send(sim, "setting/getCurrency", { apiKey: sim.apiKey });
    expect(none.json.ErrorCode).toBe(104);
    expect(none.json.ErrorMessage).toContain("loginToken");
    const noPassword = await send(sim, "setting/getCurrency", { apiKey: sim.apiKey, userId: sim.userId });
    expect(noPassword.json).toMatchObject({ ErrorCode: 104 });
    expect(noPassword.json.ErrorMessage).toContain("password");
  });

  it("answers 106 for a wrong loginToken or a wrong userId/password", async () => {
    expect((await send(sim, "setting/getCurrency", { apiKey: sim.apiKey, loginToken: "wrong" })).json.ErrorCode).toBe(106);
    expect((await send(sim, "setting/getCurrency", { ...login(), password: "wrong" })).json.ErrorCode).toBe(106);
    expect((await send(sim, "setting/getCurrency", { ...login(), userId: "someone@else.com" })).json.ErrorCode).toBe(106);
  });
});

describe("names bind case-insensitively", () => {
  it("area and method names in any case", async () => {
    for (const path of ["contact/get", "Contact/Get", "CONTACT/GET", "contact/GET", "cOnTaCt/gEt"]) {
      const reply = await send(sim, path, { ...creds(sim), code: 1 });
      expect(reply.json.Result?.Code, path).toBe("000001");
    }
    expect(sim.requests.map((r) => r.method)).toEqual(Array(5).fill("contact/get"));
    expect(sim.requests.map((r) => r.path)).toEqual(["/v1/contact/get", "/v1/Contact/Get", "/v1/CONTACT/GET", "/v1/contact/GET", "/v1/cOnTaCt/gEt"]);
    expect(sim.count("Contact/Get")).toBe(5);
  });

  it("parameter and field names: camelCase, PascalCase and mixed", async () => {
    const reply = await send(sim, "contact/get", { ApiKey: sim.apiKey, LOGINTOKEN: sim.loginToken, Code: "1" });
    expect(reply.json.Result.Code).toBe("000001");
    const saved = await ok(sim, "contact/save", { Contact: { name: "نام کوچک", MOBILE: "09120000001", firstName: "الف" } });
    expect(saved).toMatchObject({ Name: "نام کوچک", Mobile: "09120000001", FirstName: "الف" });
  });

  it("refuses one name given twice in different letter case (114)", async () => {
    const reply = await send(sim, "contact/get", { ...creds(sim), code: 1, Code: 2 });
    expect(reply.json.ErrorCode).toBe(114);
  });

  it("refuses an unknown parameter (114) instead of dropping it", async () => {
    const { ErrorCode, ErrorMessage } = await refused(sim, "contact/get", { code: 1, codee: 2 });
    expect(ErrorCode).toBe(114);
    expect(ErrorMessage).toContain("codee");
  });

  it("converts like Json.NET: a numeric string for a number, a number for a string; not a boolean for a code", async () => {
    expect((await ok(sim, "invoice/get", { number: "4", type: "0" })).Number).toBe("000004");
    expect((await ok(sim, "item/getByBarcode", { barcode: Number(sim.state.item(1)!.Barcode) })).Code).toBe("000001");
    expect((await refused(sim, "contact/get", { code: true })).ErrorCode).toBe(114);
    expect((await refused(sim, "invoice/get", { number: 1, type: "sale" })).ErrorCode).toBe(114);
  });
});

describe("yearId", () => {
  it("absent means the latest fiscal year; 1 and 2 select by ordinal", async () => {
    const years = sim.state.fiscalYears;
    expect((await ok(sim, "setting/GetFiscalYear")).Name).toBe(years[1].Name);
    expect((await ok(sim, "setting/GetFiscalYear", { yearId: 1 })).Name).toBe(years[0].Name);
    expect((await ok(sim, "setting/GetFiscalYear", { yearId: "2" })).Name).toBe(years[1].Name);
  });

  it("an unknown year answers 109", async () => {
    for (const yearId of [0, 3, 99]) expect((await refused(sim, "setting/GetFiscalYear", { yearId })).ErrorCode).toBe(109);
  });

  it("selects whose invoices get and getinvoices see", async () => {
    const firstYear = await ok(sim, "invoice/getinvoices", { type: 0, yearId: 1, queryInfo: { take: 100 } });
    const latest = await ok(sim, "invoice/getinvoices", { type: 0, queryInfo: { take: 100 } });
    expect(firstYear.TotalCount).toBe(3);
    expect(latest.TotalCount).toBe(9);
    expect((await refused(sim, "invoice/get", { number: 1, type: 0, yearId: 2 })).ErrorCode).toBe(112);
    expect((await ok(sim, "invoice/get", { number: 1, type: 0, yearId: 1 })).Number).toBe("000001");
  });
});

describe("recording", () => {
  it("records every call that reaches the method layer, refused ones included, with the whole parsed body", async () => {
    await call(sim, "contact/get", { code: 1 });
    await send(sim, "contact/get", { apiKey: "wrong", loginToken: "x", code: 1 });
    await send(sim, "Item/GetItems", "garbage");
    await call(sim, "invoice/getinvoices", { type: 0, queryInfo: { take: 5, filters: [{ property: "Code", operator: "in", value: ["000001"] }] } });
    expect(sim.requests.map((r) => r.method)).toEqual(["contact/get", "contact/get", "item/getitems", "invoice/getinvoices"]);
    expect(sim.requests[0].body).toEqual({ apiKey: sim.apiKey, loginToken: sim.loginToken, code: 1 });
    expect(sim.requests[1].body).toEqual({ apiKey: "wrong", loginToken: "x", code: 1 });
    expect(sim.requests[2].body).toBe("garbage");
    expect((sim.requests[3].body as any).queryInfo.filters[0]).toEqual({ property: "Code", operator: "in", value: ["000001"] });
    expect(sim.requests[0].ip).toBe("127.0.0.1");
    expect(typeof sim.requests[0].at).toBe("number");
    expect(sim.count()).toBe(4);
    expect(sim.count("CONTACT/get")).toBe(2);
    const held = sim.requests;
    sim.resetRequests();
    expect(held).toHaveLength(0);
  });
});
