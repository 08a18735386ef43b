// contact/*: get, getById, getcontacts, save, batchsave, delete,
// findByPhoneOrEmail (VENDORS.md; H1/H2 parameter names).
import { asObject, asString, read, type Fields } from "../bind.js";
import { padCode } from "../codes.js";
import { deleteContact, parseContact, saveContacts } from "../contacts.js";
import { fail } from "../errors.js";
import type { Out } from "../json.js";
import { parseQueryInfo, runQuery } from "../query.js";
import { renderContact } from "../render.js";
import { CONTACT_SCHEMA, CONTACT_SEARCH } from "../schemas.js";
import type { HesabfaState } from "../state.js";
import { answer, type MethodDef } from "./method.js";
import { batch, getById } from "./shared.js";

function allContacts(state: HesabfaState): Out[] {
  return [...state.contacts.values()].sort((a, b) => a.Id - b.Id).map((c) => renderContact(state, c));
}

/** Exact match on any of the values given (email without regard to case); H1 sends the phone as both mobile and phone. */
function findByPhoneOrEmail(state: HesabfaState, params: Fields): Out {
  const mobile = (asString(params.get("mobile"), "mobile") ?? "").trim();
  const phone = (asString(params.get("phone"), "phone") ?? "").trim();
  const email = (asString(params.get("email"), "email") ?? "").trim().toLowerCase();
  if (mobile === "" && phone === "" && email === "") fail.missing("mobile, phone or email");
  const found = [...state.contacts.values()]
    .filter(
      (c) =>
        (mobile !== "" && c.Mobile === mobile) ||
        (phone !== "" && c.Phone === phone) ||
        (email !== "" && c.Email.toLowerCase() === email),
    )
    .sort((a, b) => a.Id - b.Id)
    .map((c) => renderContact(state, c));
  return { TotalCount: found.length, FilteredCount: found.length, From: 0, To: found.length, List: found };
}

export const CONTACT_METHODS: MethodDef[] = [
  {
    name: "contact/get",
    write: false,
    params: ["code"],
    run: ({ state, params }) => {
      const code = read.code(params, "code", { required: true }) as number;
      const contact = state.contact(code);
      return answer(contact ? renderContact(state, contact) : fail.notFound(`contact ${padCode(code)}`));
    },
  },
  {
    name: "contact/getbyid",
    write: false,
    params: ["idList", "id"],
    run: ({ state, params }) =>
      answer(getById(params, (id) => [...state.contacts.values()].find((c) => c.Id === id), (c) => renderContact(state, c), "contact")),
  },
  {
    name: "contact/getcontacts",
    write: false,
    params: ["queryInfo"],
    run: ({ state, params }) => answer(runQuery(allContacts(state), parseQueryInfo(params.get("queryInfo"), CONTACT_SCHEMA, CONTACT_SEARCH))),
  },
  {
    name: "contact/save",
    write: true,
    params: ["contact"],
    run: ({ state, params }) => {
      const input = parseContact(asObject(params.get("contact"), "contact", { required: true }) as Fields);
      const [saved] = saveContacts(state, [input], true, ["contact"]);
      return answer(renderContact(state, saved));
    },
  },
  {
    name: "contact/batchsave",
    write: true,
    params: ["contacts"],
    run: ({ state, params }) => {
      const entries = batch(params, "contacts");
      const inputs = entries.map((entry) => parseContact(entry.fields));
      const saved = saveContacts(state, inputs, true, entries.map((entry) => entry.label));
      return answer(saved.map((c) => renderContact(state, c)));
    },
  },
  {
    name: "contact/delete",
    write: true,
    params: ["code"],
    run: ({ state, params }) => {
      deleteContact(state, read.code(params, "code", { required: true }) as number, true);
      return answer(true);
    },
  },
  {
    name: "contact/findbyphoneoremail",
    write: false,
    params: ["mobile", "phone", "email"],
    run: ({ state, params }) => answer(findByPhoneOrEmail(state, params)),
  },
];
