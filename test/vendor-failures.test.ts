import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { generateSelfSignedCertificate } from "../sandbox/tls.js";
import { EtiketsByCodesDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";

const healthy = async (stack: Stack) => {
  const health = await fetch(stack.server.url.replace("/graphql", "/healthz"));
  expect(health.status).toBe(200);
};

describe("Tahesab failures give their own codes on the affected fields and the server keeps serving", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { TAHESAB_TIMEOUT_MS: "300" } });
  });
  afterEach(() => stack.sim.faults.reset());
  afterAll(() => stack.close());

  it("VENDOR_ERROR when Tahesab answers {\"ERROR\": …}, with its message", async () => {
    stack.sim.faults.failNext(1, "error");
    const response = await stack.gql(EtiketsByCodesDocument, { codes: ["1"] });
    expect(response.status).toBe(200);
    expect(codes(response)).toEqual(["VENDOR_ERROR"]);
    expect(response.errors![0].extensions).toMatchObject({ vendor: "TAHESAB", retryable: false });
    expect(response.errors![0].path).toEqual(["etikets", 0]);
    await healthy(stack);
  });

  it("VENDOR_TIMEOUT when Tahesab is slower than TAHESAB_TIMEOUT_MS", async () => {
    stack.sim.faults.latencyMs = 2000;
    const response = await stack.gql(EtiketsByCodesDocument, { codes: ["2"] });
    expect(codes(response)).toEqual(["VENDOR_TIMEOUT"]);
    expect(response.errors![0].extensions).toMatchObject({ vendor: "TAHESAB", retryable: true });
    stack.sim.faults.latencyMs = 0;
    const after = await stack.gql(EtiketsByCodesDocument, { codes: ["2"] });
    expect(after.data!.etikets[0]!.code).toBe("2");
  });

  it("VENDOR_UNAVAILABLE when the shop PC is off", async () => {
    stack.sim.faults.down = true;
    const response = await stack.gql(EtiketsByCodesDocument, { codes: ["3"] });
    expect(codes(response)).toEqual(["VENDOR_UNAVAILABLE"]);
    const ready = await fetch(stack.server.url.replace("/graphql", "/readyz"));
    expect(ready.status).toBe(503);
    stack.sim.faults.down = false;
    const readyAgain = await fetch(stack.server.url.replace("/graphql", "/readyz"));
    expect(readyAgain.status).toBe(200);
  });

  it("keeps partial results: the failed field is null with an error, the others return", async () => {
    stack.sim.faults.failNext(1, "error", "getetiketinfobycode");
    const response = await stack.gql<any, any>(`{ etiket(code: "4") { code } __typename }`);
    expect(response.data).toEqual({ etiket: null, __typename: "Query" });
    expect(codes(response)).toEqual(["VENDOR_ERROR"]);
  });
});

describe("Tahesab credentials", () => {
  it("VENDOR_UNAUTHORIZED when Tahesab refuses the token, without echoing it", async () => {
    const stack = await startStack({ env: { TAHESAB_TOKEN: "WRONG-TOKEN-0123456789" } });
    try {
      const response = await stack.gql(EtiketsByCodesDocument, { codes: ["1"] });
      expect(codes(response)).toEqual(["VENDOR_UNAUTHORIZED"]);
      expect(response.errors![0].message).toMatch(/TAHESAB_TOKEN/);
      expect(JSON.stringify(response)).not.toContain("WRONG-TOKEN-0123456789");
    } finally {
      await stack.close();
    }
  });

  it("VENDOR_ERROR naming the environment when TAHESAB_DB is not one the shop has", async () => {
    const stack = await startStack({ env: { TAHESAB_DB: "NoSuchDB" } });
    try {
      const response = await stack.gql(EtiketsByCodesDocument, { codes: ["1"] });
      expect(codes(response)).toEqual(["VENDOR_ERROR"]);
      expect(response.errors![0].message).toContain("NoSuchDB");
    } finally {
      await stack.close();
    }
  });
});

describe("Tahesab trust", () => {
  it("VENDOR_CERTIFICATE_MISMATCH when the certificate is not the pinned one, and the token is never sent", async () => {
    const other = await generateSelfSignedCertificate();
    const stack = await startStack({ trust: { pin: other.sha256 } });
    try {
      const response = await stack.gql(EtiketsByCodesDocument, { codes: ["1"] });
      expect(codes(response)).toEqual(["VENDOR_CERTIFICATE_MISMATCH"]);
      expect(JSON.stringify(response)).not.toContain(stack.sim.token);
      expect(stack.sim.count()).toBe(0);
      await healthy(stack);
    } finally {
      await stack.close();
    }
  });

  it("trusts the shop's certificate given as TAHESAB_CA_FILE", async () => {
    const stack = await startStack({ trust: "caFromSimulator" });
    try {
      const response = await stack.gql(EtiketsByCodesDocument, { codes: ["1"] });
      expect(response.errors).toBeUndefined();
      expect(response.data!.etikets[0]!.code).toBe("1");
    } finally {
      await stack.close();
    }
  });

  it("VENDOR_UNAVAILABLE naming TLS when the CA file is a different certificate", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hesabgraph-ca-"));
    const caFile = join(dir, "wrong.pem");
    writeFileSync(caFile, (await generateSelfSignedCertificate()).cert);
    const stack = await startStack({ trust: { caFile } });
    try {
      const response = await stack.gql(EtiketsByCodesDocument, { codes: ["1"] });
      expect(codes(response)).toEqual(["VENDOR_UNAVAILABLE"]);
      expect(response.errors![0].message).toMatch(/TLS certificate was not trusted/);
      expect(stack.sim.count()).toBe(0);
    } finally {
      await stack.close();
    }
  });
});

