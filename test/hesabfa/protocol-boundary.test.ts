import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Hesabfa's protocol lives in datasources/hesabfa/ (and its simulator in
// sandbox/hesabfa/); the vendor list only registers the module. Resolvers,
// schema, the core and the README speak the graph's language.
const ROOT = new URL("../../", import.meta.url).pathname;
const SCANNED = ["src", "resolvers", "schema", "sandbox/index.ts", "sandbox/sandbox-vendor.ts", "README.md"];
// The vendor list registers the module; the logger redacts credential members by name, whatever the vendor.
const ALLOWED = new Set(["src/vendors.ts", "src/core/logger.ts"]);

const PROTOCOL = [
  /(?<![\w./])(contact|item|invoice|setting)\/[A-Za-z]+\b(?!\.)/i,
  /\b(getcontacts|getitems|getinvoices|batchsave|savepayment|GetQuantity|getByBarcode|findByPhoneOrEmail|SaveWarehouseReceipt|SetChangeHook|GetChanges|GetFiscalYears?|getBanks|GetCashes|getCurrency|GetWarehouses)\b/,
  /\b(requestUniqueId|queryInfo|loginToken|hookPassword|FilteredCount|TotalCount|ErrorMessage|searchFields|sortDesc)\b/,
  /\b(ContactCode|ContactType|ContactTitle|InvoiceItems|InvoiceType|ItemType|ItemCode|NationalCode|WarehouseCode|deleteOldReceipts|LastId|ObjectIdList)\b/,
  /"(\*\?|\?\*|!=|>=|<=)"/,
];

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [path];
  return readdirSync(full).flatMap((name) => files(join(path, name)));
}

describe("Hesabfa's protocol stays in its datasource", () => {
  it("no file outside datasources/hesabfa/, sandbox/hesabfa/ and the vendor list names a Hesabfa method, parameter, field or operator string", () => {
    const found: string[] = [];
    for (const file of SCANNED.flatMap(files)) {
      if (ALLOWED.has(file) || !/\.(ts|graphql|md)$/.test(file)) continue;
      readFileSync(join(ROOT, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          for (const pattern of PROTOCOL) if (pattern.test(line)) found.push(`${relative(ROOT, join(ROOT, file))}:${i + 1}: ${line.trim().slice(0, 100)}`);
        });
    }
    expect(found).toEqual([]);
  });
});
