// The resolvers' handles on each vendor: its datasource and this request's loaders.
import { hesabfaModule } from "../datasources/hesabfa/module.js";
import { hesabitModule } from "../datasources/hesabit/module.js";
import { tahesabModule } from "../datasources/tahesab/module.js";
import { useVendor, type Context } from "../src/context.js";

export const useTahesab = (context: Context) => useVendor(context, tahesabModule);
export const useHesabit = (context: Context) => useVendor(context, hesabitModule);
export const useHesabfa = (context: Context) => useVendor(context, hesabfaModule);
