import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EtiketByCodeDocument, EtiketsByCodeRangeDocument, EtiketsByCodesDocument, EtiketWithImageDocument, NodeByIdDocument } from "./generated/operations.js";
import { etiketRecord } from "../sandbox/tahesab/commands/etikets.js";
import { startStack, type Stack } from "./support/harness.js";

for (const addOn of ["current", "older"] as const) {
  describe(`etikets (${addOn} add-on)`, () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ simulator: { addOn } });
    });
    afterAll(() => stack.close());

    it("returns an etiket's fields as the simulator holds them", async () => {
      const response = await stack.gql(EtiketByCodeDocument, { code: "12" });
      expect(response.errors).toBeUndefined();
      const etiket = response.data!.etiket!;
      const held = (stack.sim.state as any).etikets.get("12");
      expect(etiket.code).toBe("12");
      expect(etiket.name).toBe(held.Name);
      expect(etiket.weightGrams).toBe(held.Vazn);
      expect(etiket.ayar).toBe(held.Ayar);
      expect(etiket.stonePrice).toBe(String(held.PoolSang));
      expect(etiket.inStock).toBe(held.IsMojood === 1);
      expect(stack.sim.requests.at(-1)).toMatchObject({ command: "getetiketinfobycode", args: ["12"] });
    });

    it("gives null for an unknown code without failing the list", async () => {
      const response = await stack.gql(EtiketsByCodesDocument, { codes: ["1", "999999999", "2"] });
      expect(response.errors).toBeUndefined();
      expect(response.data!.etikets.map((e) => e?.code ?? null)).toEqual(["1", null, "2"]);
    });

    it("accepts Persian digits in codes", async () => {
      const response = await stack.gql(EtiketByCodeDocument, { code: "۱۲" });
      expect(response.data!.etiket!.code).toBe("12");
    });

    it("reads a code with leading zeros as the same number Tahesab keeps: \"012\" is etiket 12, asked once", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(EtiketsByCodesDocument, { codes: ["012", "12", "0012"] });
      expect(response.errors).toBeUndefined();
      expect(response.data!.etikets.map((e) => e?.code)).toEqual(["12", "12", "12"]);
      expect(stack.sim.requests).toEqual([expect.objectContaining({ command: "getetiketinfobycode", args: ["12"] })]);
      // A federation reference with leading zeros finds it too.
      const entities = await stack.gql<any, any>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Etiket { code } } }`,
        { r: [{ __typename: "Etiket", code: "012" }] },
      );
      expect(entities.data._entities).toEqual([{ code: "12" }]);
    });

    it("fetches the image only when it is selected", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(EtiketWithImageDocument, { code: "3" });
      expect(response.errors).toBeUndefined();
      const image = response.data!.etiket!.image!;
      expect(image.mimeType).toMatch(/^image\//);
      expect(Buffer.from(image.base64, "base64").length).toBeGreaterThan(20);
      expect(stack.sim.count("getetiketinfobycodewithimage")).toBe(1);
      stack.sim.resetRequests();
      await stack.gql(EtiketByCodeDocument, { code: "3" });
      expect(stack.sim.count("getetiketinfobycodewithimage")).toBe(0);
    });

    it("names an image's type from its first bytes: PNG, JPEG, GIF, WebP, else a plain octet stream", async () => {
      const held = (stack.sim.state as any).etikets.get("3");
      const starts: Array<[string, string]> = [
        ["iVBORw0KGgo", "image/png"],
        ["/9j/4AAQSkZJRg", "image/jpeg"],
        ["R0lGODlhAQAB", "image/gif"],
        ["UklGRiQAAABXRUJQ", "image/webp"],
        ["AAAAAAAA", "application/octet-stream"],
      ];
      for (const [start, mimeType] of starts) {
        const record = { ...etiketRecord(held, false), Image: `${start}AAAA` };
        stack.sim.faults.respondNext("getetiketinfobycodewithimage", JSON.stringify({ [held.Code]: record }));
        const response = await stack.gql(EtiketWithImageDocument, { code: "3" });
        expect(response.errors, start).toBeUndefined();
        expect(response.data!.etiket!.image, start).toMatchObject({ mimeType, base64: `${start}AAAA` });
      }
    });

    it("pages a code range with cursors and never skips or repeats an etiket", async () => {
      const seen: string[] = [];
      let after: string | null | undefined;
      for (let page = 0; page < 10; page++) {
        const response = await stack.gql(EtiketsByCodeRangeDocument, { fromCode: "10", toCode: "34", first: 10, after });
        expect(response.errors).toBeUndefined();
        const connection = response.data!.etiketsByCodeRange;
        seen.push(...connection.edges.map((e) => e.node.code));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => String(10 + i)));
      const rangeCalls = stack.sim.requests.filter((r) => r.command === "DoListEtiket");
      expect(rangeCalls.every((r) => typeof r.args[0] === "number" && typeof r.args[1] === "number" && r.args[2] === 0)).toBe(true);
    });

    it("finds an etiket again by its global id", async () => {
      const first = await stack.gql(EtiketByCodeDocument, { code: "5" });
      const response = await stack.gql(NodeByIdDocument, { id: first.data!.etiket!.id });
      expect(response.data!.node).toMatchObject({ id: first.data!.etiket!.id, code: "5" });
    });
  });
}
