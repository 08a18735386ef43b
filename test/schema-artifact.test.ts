import "reflect-metadata";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildGraphSchema, printGraphSchema } from "../src/schema.js";

describe("schema/schema.graphql", () => {
  it("is the schema the classes emit (run `npm run schema` after changing them)", async () => {
    const committed = readFileSync(new URL("../schema/schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(printGraphSchema(await buildGraphSchema()));
  });

  it("describes every type and field for API users", async () => {
    const schema = await buildGraphSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("_") || type.name.startsWith("link__") || type.name.startsWith("federation__")) continue;
      if (["Query", "Mutation", "String", "Boolean", "Int", "Float", "ID"].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if ("getFields" in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.name.startsWith("_") && !field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
