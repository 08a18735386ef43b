// setting/*: GetFiscalYear, GetFiscalYears, getBanks, GetCashes,
// GetPettyCashes, getCurrency, GetWarehouses, GetChanges, SetChangeHook.
import { read } from "../bind.js";
import { ErrorCode, fail, HesabfaError } from "../errors.js";
import {
  renderBank,
  renderCash,
  renderChange,
  renderFiscalYear,
  renderFiscalYearListEntry,
  renderWarehouse,
} from "../render.js";
import { answer, type MethodDef } from "./method.js";

function hookUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail.range("url", "not an absolute URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") fail.range("url", "must be http or https");
  return text;
}

export const SETTING_METHODS: MethodDef[] = [
  { name: "setting/getfiscalyear", write: false, params: [], run: ({ year }) => answer(renderFiscalYear(year)) },
  {
    name: "setting/getfiscalyears",
    write: false,
    params: [],
    run: ({ state }) => answer(state.fiscalYears.map(renderFiscalYearListEntry)),
  },
  { name: "setting/getbanks", write: false, params: [], run: ({ state }) => answer(state.banks.map(renderBank)) },
  { name: "setting/getcashes", write: false, params: [], run: ({ state }) => answer(state.cashes.map(renderCash)) },
  { name: "setting/getpettycashes", write: false, params: [], run: ({ state }) => answer(state.pettyCashes.map(renderCash)) },
  // H1, H2: Result.Currency.
  { name: "setting/getcurrency", write: false, params: [], run: ({ state }) => answer({ Currency: state.currency }) },
  {
    // VENDORS.md: a business without warehouses answers 199.
    name: "setting/getwarehouses",
    write: false,
    params: [],
    run: ({ state }) => {
      if (state.warehouses.length === 0) throw new HesabfaError(ErrorCode.NoShareholdersExist, "No-Shareholders-Exist: the business has no warehouse");
      return answer(state.warehouses.map(renderWarehouse));
    },
  },
  {
    // Changes with Id >= start (inclusive), oldest first, and the last Id of
    // the whole log beside Result (H1 asks start=1000000000 to learn LastId).
    name: "setting/getchanges",
    write: false,
    params: ["start"],
    run: ({ state, params }) => {
      const start = read.int(params, "start", { required: true, min: 0 }) as number;
      const rows = state.changes.filter((change) => change.Id >= start).map(renderChange);
      return answer(rows, { LastId: state.lastChangeId });
    },
  },
  {
    name: "setting/setchangehook",
    write: true,
    params: ["url", "hookPassword"],
    run: ({ state, params }) => {
      const url = hookUrl(read.str(params, "url", { required: true, max: 500 }) as string);
      const password = read.str(params, "hookPassword", { required: true, max: 100 }) as string;
      state.hook = { url, password };
      return answer(true);
    },
  },
];
