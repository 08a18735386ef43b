import { badInput } from "../../src/core/errors.js";
import { defineVendor } from "../../src/core/vendor-module.js";
import { readHesabitConfig } from "./config.js";
import { HesabitDatasource } from "./index.js";
import { createHesabitLoaders } from "./loaders.js";
import { isHesabitId } from "./paths.js";
import { hesabitRoutes } from "./routes.js";

/** The id inside a global id; a forged one is the client's mistake on its own field, never a vendor call. */
function idOf(id: string): string {
  if (!isHesabitId(id)) throw badInput("id", "is not an id issued by this server");
  return id;
}

/** Hesabit, as the server's vendor list knows it. */
export const hesabitModule = defineVendor({
  name: "HESABIT",
  label: "Hesabit",
  configuredBy: "HESABIT_CLIENT_ID and HESABIT_CLIENT_SECRET",
  readConfig: readHesabitConfig,
  create: (config, deps) => new HesabitDatasource(config, deps),
  createLoaders: createHesabitLoaders,
  nodes: {
    Customer: ({ loaders }, id) => loaders.customer.load(idOf(id)),
    Transaction: ({ loaders }, id) => {
      if (!/^\d{1,64}$/.test(id)) throw badInput("id", "is not an id issued by this server");
      return loaders.transaction.load(id);
    },
    Invoice: ({ loaders }, id) => loaders.invoice.load(idOf(id)),
    Item: ({ loaders }, id) => loaders.item.load(idOf(id)),
  },
  references: {
    Customer: ({ loaders }, reference) => {
      const code = reference.code;
      if (typeof code !== "string" || !isHesabitId(code)) throw badInput("code", `must be a Hesabit customer id; got ${JSON.stringify(code)?.slice(0, 40)}`);
      return loaders.customer.load(code);
    },
  },
  routes: hesabitRoutes,
});
