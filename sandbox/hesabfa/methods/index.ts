// Every method the simulator answers, by canonical lower-case name: Hesabfa
// binds area and method names case-insensitively (VENDORS.md), so
// "Contact/Save", "contact/save" and "CONTACT/SAVE" are one method.
import { CONTACT_METHODS } from "./contact.js";
import { INVOICE_METHODS } from "./invoice.js";
import { ITEM_METHODS } from "./item.js";
import type { MethodDef } from "./method.js";
import { SETTING_METHODS } from "./setting.js";

export const METHODS: ReadonlyMap<string, MethodDef> = new Map(
  [...CONTACT_METHODS, ...ITEM_METHODS, ...INVOICE_METHODS, ...SETTING_METHODS].map((def) => {
    if (def.name !== def.name.toLowerCase()) throw new Error(`internal: method name ${def.name} must be lower case`);
    return [def.name, def];
  }),
);

export type { Answer, MethodContext, MethodDef } from "./method.js";
