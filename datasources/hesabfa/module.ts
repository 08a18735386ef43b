import { badInput } from "../../src/core/errors.js";
import { defineVendor } from "../../src/core/vendor-module.js";
import { checkHesabfaTenants, readHesabfaConfig } from "./config.js";
import { isCode } from "./fields.js";
import { HesabfaDatasource } from "./index.js";
import { createHesabfaLoaders } from "./loaders.js";
import { hookRoutes } from "./webhook.js";

/** The code inside a global id; a forged id is the client's mistake on its own field, never a vendor call. */
function idCode(code: string): string {
  if (!isCode(code)) throw badInput("id", "is not an id issued by this server");
  return code;
}

function referenceCode(reference: Record<string, unknown>): string {
  const code = reference.code;
  if (typeof code !== "string" || !isCode(code)) throw badInput("code", `must be a Hesabfa code of 1 to 15 digits; got ${JSON.stringify(code)?.slice(0, 30)}`);
  return code;
}

/** Hesabfa, as the server's vendor list knows it. */
export const hesabfaModule = defineVendor({
  name: "HESABFA",
  label: "Hesabfa",
  configuredBy: "HESABFA_API_KEY with HESABFA_LOGIN_TOKEN (or HESABFA_USER_ID and HESABFA_PASSWORD)",
  readConfig: readHesabfaConfig,
  checkTenants: checkHesabfaTenants,
  create: (config, deps) => new HesabfaDatasource(config, deps),
  createLoaders: createHesabfaLoaders,
  nodes: {
    Customer: async ({ loaders }, code) => loaders.customer.load(idCode(code)),
    Item: async ({ loaders }, code) => loaders.item.load(idCode(code)),
    Invoice: async ({ loaders }, id) => loaders.invoice.load(idCode(id)),
  },
  references: {
    Customer: ({ loaders }, reference) => loaders.customer.load(referenceCode(reference)),
  },
  routes: hookRoutes,
});
