import { afterEach, describe, expect, it } from "vitest";
import { startStack, type Stack } from "./support/harness.js";

/**
 * Which add-on a shop runs is learnt once (CheckHealth, or TAHESAB_ADDON);
 * readiness uses CheckHealth where there is one; text is written so an Access
 * back end keeps it.
 */
const readyz = async (stack: Stack) => {
  const response = await fetch(stack.server.url.replace("/graphql", "/readyz"));
  return { status: response.status, body: (await response.json()) as any };
};

describe("the add-on a shop runs", () => {
  let stack: Stack | undefined;
  afterEach(async () => {
    await stack?.close();
    stack = undefined;
  });

  it("current: learnt from CheckHealth once; /readyz is CheckHealth", async () => {
    stack = await startStack({ simulator: { addOn: "current" } });
    expect((await readyz(stack)).status).toBe(200);
    expect((await readyz(stack)).status).toBe(200);
    await stack.gql('{ sanads(customerCode: "3", last: 1) { rowId } }');
    // Two readiness checks (each a CheckHealth) and one listing: the add-on was learnt by the first check, not asked again.
    expect(stack.sim.requests.map((r) => r.command)).toEqual(["CheckHealth", "CheckHealth", "CheckHealth", "DoListAsnad"]);
    expect(stack.sim.requests.at(-1)!.args).toHaveLength(6);
  });

  it("older: CheckHealth refused as unknown once, then the seed's forms only; /readyz is a harmless balance lookup", async () => {
    stack = await startStack({ simulator: { addOn: "older" } });
    expect((await readyz(stack)).status).toBe(200);
    await stack.gql('{ sanads(customerCode: "3", last: 1) { rowId } }');
    expect(stack.sim.requests.map((r) => [r.command, r.args])).toEqual([
      ["CheckHealth", []],
      ["getmandehesabbycode", ["0"]],
      ["DoListAsnad", [1, 3, "1300-01-01", "1499-12-29"]],
    ]);
  });

  it("TAHESAB_ADDON says it instead: nothing is asked to learn it", async () => {
    stack = await startStack({ simulator: { addOn: "older" }, env: { TAHESAB_ADDON: "older" } });
    await stack.gql('{ sanads(customerCode: "3", last: 1) { rowId } }');
    expect(stack.sim.requests.map((r) => r.command)).toEqual(["DoListAsnad"]);
  });

  it("TAHESAB_ADDON=current against an older add-on: its refusals come back as Tahesab's own (no guessing)", async () => {
    stack = await startStack({ simulator: { addOn: "older" }, env: { TAHESAB_ADDON: "current" } });
    const response = await stack.gql<any, any>('{ sanads(customerCode: "3", last: 1) { rowId } }');
    expect(response.errors![0].extensions!.code).toBe("VENDOR_ERROR");
  });

  it("a CheckHealth naming another database than TAHESAB_DB: /readyz 503, naming both and the variable to fix", async () => {
    stack = await startStack({ simulator: { addOn: "current" } });
    stack.sim.faults.respondNext("CheckHealth", JSON.stringify({ Api_Status: "OK", DBType: "Access", DBName: "DB" }));
    stack.sim.faults.respondNext("CheckHealth", JSON.stringify({ Api_Status: "OK", DBType: "Access", DBName: "DB1" }));
    const { status, body } = await readyz(stack);
    expect(status).toBe(503);
    expect(body.vendors.TAHESAB.message).toMatch(/opened the database "DB1", not the "DB" that TAHESAB_DB names/);
  });

  it("a CheckHealth whose Api_Status is not OK (in any letter case): /readyz 503 quoting it; \"ok\" is ready", async () => {
    stack = await startStack({ simulator: { addOn: "current" } });
    stack.sim.faults.respondNext("CheckHealth", JSON.stringify({ Api_Status: "OK", DBType: "Access", DBName: "DB" }));
    stack.sim.faults.respondNext("CheckHealth", JSON.stringify({ Api_Status: "Stopped", DBType: "Access", DBName: "DB" }));
    const down = await readyz(stack);
    expect(down.status).toBe(503);
    expect(down.body.vendors.TAHESAB.message).toBe('Tahesab\'s add-on reports Api_Status "Stopped".');
    stack.sim.faults.respondNext("CheckHealth", JSON.stringify({ Api_Status: "ok", DBType: "Access", DBName: "db" }));
    expect((await readyz(stack)).status).toBe(200);
  });

  it("an environment the add-on does not know: /readyz 503 with Tahesab's refusal and TAHESAB_DB named", async () => {
    stack = await startStack({ simulator: { addOn: "current" }, env: { TAHESAB_DB: "NoSuchDB" } });
    const { status, body } = await readyz(stack);
    expect(status).toBe(503);
    expect(body.vendors.TAHESAB.message).toMatch(/TAHESAB_DB/);
    expect(body.vendors.TAHESAB.message).toContain("NoSuchDB");
  });
});

describe("text written to Tahesab", () => {
  for (const [dbName, backEnd] of [["DB", "Access"], ["TahesabDB", "SQL Server"]] as const) {
    it(`on ${backEnd} (${dbName}): ی sent as ي, digits as ASCII; the name reads back equal, nothing lost`, async () => {
      const stack = await startStack({ env: { TAHESAB_DB: dbName } });
      try {
        const response = await stack.gql<any, any>(`mutation { createCustomer(input: { vendor: TAHESAB, name: "علی یزدی ۲", address: "کوی یاس" }) { code customer { name address } } }`);
        expect(response.errors).toBeUndefined();
        const write = stack.sim.requests.find((r) => r.command === "DoNewMoshtari")!;
        expect(write.args[0]).toBe("علي يزدي 2");
        expect(write.args[3]).toBe("کوي ياس");
        const stored = stack.sim.state.customer(response.data.createCustomer.code)!;
        expect(stored.Name).toBe("علي يزدي 2");
        expect(response.data.createCustomer.customer).toEqual({ name: "علي يزدي 2", address: "کوي ياس" });
        // Found again by a search typed with the Persian ی.
        const found = await stack.gql<any, any>(`{ tahesabCustomers(fromCode: "1", toCode: "1000", nameContains: "علی یزدی") { edges { node { code } } } }`);
        expect(found.data.tahesabCustomers.edges.map((e: any) => e.node.code)).toContain(response.data.createCustomer.code);
      } finally {
        await stack.close();
      }
    });
  }

  it("on Access, a character Windows-1256 cannot hold is refused naming the field; on SQL Server it is stored", async () => {
    for (const [dbName, refused] of [["DB", true], ["TahesabDB", false]] as const) {
      const stack = await startStack({ env: { TAHESAB_DB: dbName } });
      try {
        const response = await stack.gql<any, any>(`mutation { createCustomer(input: { vendor: TAHESAB, name: "گل ۀ 🌹" }) { code } }`);
        if (refused) {
          expect(response.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.name" });
          expect(response.errors![0].message).toContain('"🌹"');
          expect(stack.sim.count("DoNewMoshtari")).toBe(0);
        } else {
          expect(response.errors).toBeUndefined();
          expect(stack.sim.state.customer(response.data.createCustomer.code)!.Name).toBe("گل ه 🌹");
        }
      } finally {
        await stack.close();
      }
    }
  });
});
