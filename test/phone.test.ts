import { describe, expect, it } from "vitest";
import { HesabgraphError } from "../src/core/errors.js";
import { parseIranianMobile } from "../src/core/text/phone.js";

describe("parseIranianMobile", () => {
  const accepted: Array<[string, string]> = [
    ["09121234567", "9121234567"],
    ["9121234567", "9121234567"],
    ["+989121234567", "9121234567"],
    ["00989121234567", "9121234567"],
    ["989121234567", "9121234567"],
    ["0912 123 4567", "9121234567"],
    ["0912-123-4567", "9121234567"],
    [" +98 912 123 45 67 ", "9121234567"],
    ["(0912) 123-4567", "9121234567"],
    ["0912\u00a0123\u200c4567", "9121234567"],
    ["۰۹۱۲۱۲۳۴۵۶۷", "9121234567"], // Persian digits
    ["٠٩١٢١٢٣٤٥٦٧", "9121234567"], // Arabic-Indic digits
    ["+۹۸ ۹۳۵ ۱۲۳ ۴۵۶۷", "9351234567"],
    ["0912–123–4567", "9121234567"], // en dashes
  ];
  for (const [input, expected] of accepted) {
    it(`reads ${JSON.stringify(input)} as ${expected}`, () => {
      expect(parseIranianMobile("phone", input)).toBe(expected);
    });
  }

  const refused = [
    "",
    "   ",
    "02188776655", // a Tehran landline
    "88776655",
    "0912123456", // one digit short
    "091212345678", // one digit long
    "08121234567", // not a mobile prefix
    "+19121234567", // another country
    "+0989121234567",
    "0912123456a",
    "0912 123 4567 ext 2",
    "++989121234567",
    "9121234567; DROP TABLE",
    "1e9",
    "09121234567\n09121234568",
  ];
  for (const input of refused) {
    it(`refuses ${JSON.stringify(input)} naming the field`, () => {
      let error: unknown;
      try {
        parseIranianMobile("phone", input);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(HesabgraphError);
      expect((error as HesabgraphError).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "phone" });
      expect((error as HesabgraphError).message).toContain('"phone"');
    });
  }
});
