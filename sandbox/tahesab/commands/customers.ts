// Accounts (moshtari): balances, registration, listing.
import type { Args } from "../args.js";
import type { Json, JsonObject, JsonMap } from "../json.js";
import { fail, msg } from "../messages.js";
import type { Balance, Customer, TahesabState } from "../state.js";
import { phoneDigits, toPersianDigits } from "../text.js";
import type { CommandHandler } from "./index.js";

export function customerRecord(c: Customer): JsonObject {
  return { Code: c.Code, Name: c.Name, GroupName: c.GroupName, Tel: c.Tel, Mobile: c.Mobile, Address: c.Address };
}

/** One MandeHesab entry: totals and the per-asset breakdown (تفکیک ته حساب). */
function mandeEntry(c: Customer, b: Balance): JsonObject {
  const details: JsonObject[] = [{ Onvan: `طلای ${toPersianDigits("750")}`, Meghdar: b.gold, Vahed: "گرم" }];
  for (const [name, count] of Object.entries(b.coins)) {
    if (count !== 0) details.push({ Onvan: name, Meghdar: count, Vahed: "عدد" });
  }
  details.push({ Onvan: "ریال", Meghdar: b.money, Vahed: "ریال" });
  return { Code: c.Code, Name: c.Name, MandeyeVazni: b.gold, MandeyeMali: b.money, details };
}

/** Codes are numbers in Tahesab's tables: "007" is account 7. */
const canonical = (code: string) => String(Number(code));

function mandeByCodes(state: TahesabState, args: Args): Json {
  const entries: JsonObject[] = [];
  const done = new Set<string>();
  for (const code of args.values as string[]) {
    const key = canonical(code);
    const customer = state.customer(key);
    const balance = state.balance(key);
    if (!customer || !balance || done.has(key)) continue;
    done.add(key);
    entries.push(mandeEntry(customer, balance));
  }
  return { MandeHesab: entries };
}

function mandeByDate(state: TahesabState, args: Args): Json {
  const key = canonical(args.str("Moshtari_Code"));
  const customer = state.customer(key);
  const balance = state.balance(key, args.str("Tarikh"));
  if (!customer || !balance) fail(msg.customerNotFound(args.str("Moshtari_Code")));
  return { MandeHesab: [mandeEntry(customer, balance)] };
}

function newCustomer(state: TahesabState, args: Args): Json {
  const tel = args.str("Tel");
  // DoNewMoshtari has one phone field; a mobile number typed there is the
  // customer's mobile too (DoListMoshtari [Tel] searches mobiles).
  const mobile = /^09\d{9}$/.test(phoneDigits(tel)) ? tel : "";
  const customer = state.addCustomer({
    Name: args.str("Name"),
    GroupName: args.str("GroupName"),
    Tel: tel,
    Mobile: mobile,
    Address: args.str("Address"),
  });
  return customer.Code;
}

function listCustomers(state: TahesabState, args: Args): Json {
  let found: Customer[];
  if (args.has("Tel")) {
    // The seed: the number is sent without its leading zero (9121234567).
    found = state.findCustomersByPhone(`0${args.num("Tel")}`);
  } else {
    const from = args.num("From_Code");
    const to = args.num("To_Code");
    found = [...state.customers.values()].filter((c) => Number(c.Code) >= from && Number(c.Code) <= to);
  }
  found.sort((a, b) => Number(a.Code) - Number(b.Code));
  const out: JsonMap = new Map();
  for (const c of found) out.set(c.Code, customerRecord(c));
  return out;
}

export const CUSTOMER_COMMANDS: Record<string, CommandHandler> = {
  getmandehesabbycode: { write: false, run: mandeByCodes },
  GetMandeHesabByTarikh: { write: false, run: mandeByDate },
  DoNewMoshtari: { write: true, run: newCustomer },
  DoListMoshtari: { write: false, run: listCustomers },
};
