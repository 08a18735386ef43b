import { normalisePersian } from "../../src/core/text/persian.js";
import { TahesabRefusal } from "./client.js";

/**
 * Tahesab's refusals that hesabgraph acts on, by their words (the texts real
 * add-ons answer, VENDORS.md): the three duplicates a newer add-on reports.
 * Compared after normalising ي/ی, ك/ک and spacing, as the add-on may spell
 * them either way.
 */
const said = (error: unknown, ...words: string[]): boolean => {
  if (!(error instanceof TahesabRefusal)) return false;
  const text = normalisePersian(error.text);
  return words.every((word) => text.includes(normalisePersian(word)));
};

/** `کد فاکتور ارسالی شما (Factor_Code) تکراری می باشد.`: a document with this Factor_Code exists. */
export const duplicateFactorCode = (error: unknown) => said(error, "تکراری", "Factor_Code") || said(error, "تکراری", "کد فاکتور");

/** `کد مشتری تکراری می باشد.`: a customer with this code exists. */
export const duplicateCustomerCode = (error: unknown) => said(error, "کد مشتری", "تکراری");

/** `تلفن تکراری می باشد.`: a customer with this phone number exists. */
export const duplicatePhone = (error: unknown) => said(error, "تلفن", "تکراری");
