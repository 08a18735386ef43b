import { badInput } from "../../src/core/errors.js";
import { defineVendor } from "../../src/core/vendor-module.js";
import { readTahesabConfig } from "./config.js";
import { TahesabDatasource } from "./index.js";
import { createTahesabLoaders } from "./loaders.js";

const CODE = /^\d{1,15}$/;

/**
 * Native ids of documents. A listed row is named by its customer (0 when the
 * list was every customer's) and Tahesab's row id; a write's receipt by its
 * customer and the Factor_Code. Both are found again by listing the
 * customer's documents (no Tahesab command reads one document by either).
 */
export const sanadRowKey = (customerCode: string | null, rowId: string) => `r${customerCode ?? "0"}.${rowId}`;
export const sanadReceiptKey = (customerCode: string, factorCode: string) => `f${customerCode}.${factorCode}`;

/** The code inside a global id; a forged id is the client's mistake on its own field, never a vendor call. */
function idCode(code: string): string {
  if (!CODE.test(code)) throw badInput("id", "is not an id issued by this server");
  return code;
}

/** The `code` key of an entity reference. */
function referenceCode(reference: Record<string, unknown>): string {
  const code = reference.code;
  if (typeof code !== "string" || !CODE.test(code)) throw badInput("code", `must be a Tahesab code of 1 to 15 digits; got ${JSON.stringify(code)?.slice(0, 30)}`);
  return code;
}

/** Tahesab, as the server's vendor list knows it. */
export const tahesabModule = defineVendor({
  name: "TAHESAB",
  label: "Tahesab",
  configuredBy: "TAHESAB_URL and TAHESAB_TOKEN",
  readConfig: readTahesabConfig,
  create: (config, deps) => new TahesabDatasource(config, deps),
  createLoaders: createTahesabLoaders,
  nodes: {
    Etiket: async ({ loaders }, code) => loaders.etiket.load(idCode(code)),
    Customer: async ({ loaders }, code) => loaders.customer.load(idCode(code)),
    Sanad: async ({ datasource }, id) => {
      const match = /^([rf])(\d{1,15})\.([A-Za-z0-9]{1,64})$/.exec(id);
      if (!match) throw badInput("id", "is not an id issued by this server");
      const [, scheme, customer, key] = match;
      const customerCode = customer === "0" ? null : customer;
      if (scheme === "r") return datasource.documents.row(key, customerCode);
      const listed = await datasource.documents.list({ customerCode });
      return listed.find((s) => s.factorCode?.toLowerCase() === key.toLowerCase()) ?? null;
    },
  },
  references: {
    Customer: ({ loaders }, reference) => loaders.customer.load(referenceCode(reference)),
    Etiket: ({ loaders }, reference) => loaders.etiket.load(referenceCode(reference)),
  },
});
