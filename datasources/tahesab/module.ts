import { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { badInput } from "../../src/core/errors.js";
import { toGlobalId } from "../../src/core/ids.js";
import { defineVendor } from "../../src/core/vendor-module.js";
import { readTahesabConfig } from "./config.js";
import { TahesabDatasource } from "./index.js";
import { createTahesabLoaders } from "./loaders.js";

const CODE = /^\d{1,15}$/;

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
      // A document is named by customer, factor number and date: what DoNewSanadInquiry takes.
      const [customerCode, factorNumber, date] = id.split("/");
      const day = JalaliDay.parse(date ?? "");
      if (!/^\d+$/.test(customerCode ?? "") || !/^\d+$/.test(factorNumber ?? "") || !day) throw badInput("id", "is not an id issued by this server");
      const found = await datasource.documents.inquire(customerCode, Number(factorNumber), day);
      return found ? { ...found, id: toGlobalId("TAHESAB", "Sanad", id) } : null;
    },
  },
  references: {
    Customer: ({ loaders }, reference) => loaders.customer.load(referenceCode(reference)),
    Etiket: ({ loaders }, reference) => loaders.etiket.load(referenceCode(reference)),
  },
});
