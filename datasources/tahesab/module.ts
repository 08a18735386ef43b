import { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { toGlobalId } from "../../src/core/ids.js";
import { defineVendor } from "../../src/core/vendor-module.js";
import { readTahesabConfig } from "./config.js";
import { TahesabDatasource } from "./index.js";
import { createTahesabLoaders } from "./loaders.js";

const CODE = /^\d{1,15}$/;

/** Tahesab, as the server's vendor list knows it. */
export const tahesabModule = defineVendor({
  name: "TAHESAB",
  label: "Tahesab",
  configuredBy: "TAHESAB_URL and TAHESAB_TOKEN",
  readConfig: readTahesabConfig,
  create: (config, deps) => new TahesabDatasource(config, deps),
  createLoaders: createTahesabLoaders,
  nodes: {
    Etiket: ({ loaders }, code) => loaders.etiket.load(code),
    Customer: async ({ loaders }, code) => (CODE.test(code) ? loaders.customer.load(code) : null),
    Sanad: async ({ datasource }, id) => {
      // A document is named by customer, factor number and date: what DoNewSanadInquiry takes.
      const [customerCode, factorNumber, date] = id.split("/");
      const day = JalaliDay.parse(date ?? "");
      if (!/^\d+$/.test(customerCode ?? "") || !/^\d+$/.test(factorNumber ?? "") || !day) return null;
      const found = await datasource.documents.inquire(customerCode, Number(factorNumber), day);
      return found ? { ...found, id: toGlobalId("TAHESAB", "Sanad", id) } : null;
    },
  },
  references: {
    Customer: ({ loaders }, reference) => (typeof reference.code === "string" && CODE.test(reference.code) ? loaders.customer.load(reference.code) : null),
    Etiket: ({ loaders }, reference) => (typeof reference.code === "string" && CODE.test(reference.code) ? loaders.etiket.load(reference.code) : null),
  },
});
