import "reflect-metadata";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { buildGraphSchema, printGraphSchema } from "../src/schema.js";

const PERSIAN = /[\u0600-\u06FF]/;

/**
 * Fields that are the graph's own plumbing, not a vendor's domain: they have
 * no Persian term to give. Everything else names its Persian term.
 */
const PLUMBING = new Set([
  "Query.node", "Node.id", "Customer.id", "Etiket.id", "Sanad.id", "SanadReceipt.id",
  "SanadReceipt.replayed", "SanadReceipt.reconciled", "DeleteSanadPayload.replayed",
  "CreateCustomerPayload.replayed", "CreateCustomerPayload.reconciled",
  "EtiketImage.mimeType", "EtiketImage.base64",
]);
/** Arguments that are paging or exactly-once plumbing. */
const PLUMBING_ARGUMENTS = new Set(["first", "after", "idempotencyKey", "id"]);
const isPlumbing = (type: string, field: string) =>
  PLUMBING.has(`${type}.${field}`) ||
  type === "PageInfo" ||
  type.endsWith("Connection") ||
  type.endsWith("Edge") ||
  // The exactly-once flags every write answers with.
  ((type.endsWith("Payload") || type.endsWith("Receipt")) && ["replayed", "reconciled"].includes(field));

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

  it("gives the Persian term in every description of a vendor's domain (English first, the vendor's word beside it)", async () => {
    const schema = await buildGraphSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("_") || type.name.startsWith("link__") || type.name.startsWith("federation__")) continue;
      if (isObjectType(type) || isInputObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith("_")) continue;
          if (!isPlumbing(type.name, field.name) && !PERSIAN.test(field.description ?? "")) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!PLUMBING_ARGUMENTS.has(arg.name) && !PERSIAN.test(arg.description ?? "")) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type) && !type.name.startsWith("__")) {
        for (const value of type.getValues()) {
          if (!PERSIAN.test(value.description ?? "")) missing.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
