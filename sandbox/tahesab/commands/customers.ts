// Accounts (moshtari): registration and listing.
//
// A customer record as real clients read it: Code, Name, GoroupName (sic: S1
// and S2 both read that key), GID, Tel, Mobile, Address, CodeMelli, City, BDate
// (S2 hosseini-milad/zar router: updateCustomer). S1's tests show Code as a JSON
// number (55, 1002) and GID as a string ("21"); the list is keyed by code (S2
// reads customerList[code]).
import type { Args } from "../args.js";
import type { Json, JsonObject, JsonMap } from "../json.js";
import { fail, msg } from "../messages.js";
import type { Customer } from "../state.js";
import { phoneDigits } from "../text.js";
import type { CommandContext, CommandHandler } from "./index.js";

export function customerRecord(c: Customer): JsonObject {
  return {
    Code: Number(c.Code),
    Name: c.Name,
    GoroupName: c.GroupName,
    GID: String(c.GID),
    Tel: c.Tel,
    Mobile: c.Mobile,
    Address: c.Address,
    CodeMelli: c.CodeMelli,
    City: c.City,
    BDate: c.BDate,
  };
}

/**
 * DoNewMoshtari, 4 arguments (the seed) or 10 (the current add-on, S1). Answers
 * the new code as a JSON number (S1's test: {"OK": 1043}). Refusals, in this
 * order: a wanted code that exists (کد مشتری تکراری می باشد.), a phone an
 * existing customer has as Tel or Mobile (تلفن تکراری می باشد. — in both forms:
 * no source shows an add-on that takes duplicates), a group that does not exist.
 */
function newCustomer(ctx: CommandContext, args: Args): Json {
  const { state, store } = ctx;
  const wanted = args.numOr("Moshtari_Code", -1);
  if (wanted !== -1 && state.customer(wanted)) fail(msg.duplicateCustomerCode());
  const tel = args.str("Tel");
  if (state.findCustomersByPhone(phoneDigits(tel)).length > 0) fail(msg.duplicatePhone());
  const groupName = args.str("GroupName");
  const group = groupName.trim() === "" ? undefined : (state.findGroup(groupName) ?? fail(msg.groupNotFound(groupName)));
  const codeMoaref = args.numOr("CodeMoaref", -1);
  if (codeMoaref !== -1 && !state.customer(codeMoaref)) fail(msg.customerNotFound(codeMoaref));

  const storedTel = store(tel);
  const customer = state.addCustomer(
    {
      Name: store(args.str("Name")),
      GroupName: group?.Name ?? "",
      GID: group?.GID ?? 0,
      Tel: storedTel,
      // DoNewMoshtari has one phone field; a mobile number typed there is the
      // customer's mobile too (DoListMoshtari [Tel] searches mobiles).
      Mobile: /^09\d{9}$/.test(phoneDigits(tel)) ? storedTel : "",
      Address: store(args.str("Address")),
      CodeMelli: args.strOr("CodeMeli", ""),
      City: "",
      BDate: args.strOr("BirthDate", ""),
      Moaref: store(args.strOr("Moaref", "")),
      CodeMoaref: codeMoaref,
    },
    wanted === -1 ? undefined : wanted,
  );
  return Number(customer.Code);
}

function listCustomers(ctx: CommandContext, args: Args): Json {
  const { state } = ctx;
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
  DoNewMoshtari: { write: true, run: newCustomer },
  DoListMoshtari: { write: false, run: listCustomers },
};
