import { describe, expect, it } from "vitest";
import { HesabgraphError } from "../../src/core/errors.js";
import { fromGlobalId, toGlobalId } from "../../src/core/ids.js";
import { normalisePersian, toAsciiDigits } from "../../src/core/text/persian.js";
import { parseCode, parseCodes, parseMadeGoodsCode, parseNumericCode } from "../../src/core/validation/codes.js";
import { parseEpc, parseEpcs } from "../../src/core/validation/epcs.js";
import { parseNationalId } from "../../src/core/validation/national-id.js";
import { parseIranianMobile, parsePhoneNumber } from "../../src/core/text/phone.js";

/** The BAD_USER_INPUT error `read` throws: its field and message. */
function refusal(read: () => unknown): { field: unknown; message: string } {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(HesabgraphError);
    expect((error as HesabgraphError).code).toBe("BAD_USER_INPUT");
    return { field: (error as HesabgraphError).extensions.field, message: (error as Error).message };
  }
  throw new Error("expected a refusal");
}

describe("global ids", () => {
  it("round-trip type, vendor and native id, opaque as base64url", () => {
    const id = toGlobalId("TAHESAB", "Etiket", "12");
    expect(id).toBe(Buffer.from("Etiket:TAHESAB:12").toString("base64url"));
    expect(fromGlobalId(id)).toEqual({ type: "Etiket", vendor: "TAHESAB", nativeId: "12" });
    // A native id may itself hold colons and any text.
    expect(fromGlobalId(toGlobalId("HESABFA", "Invoice", "a:b:ج"))).toEqual({ type: "Invoice", vendor: "HESABFA", nativeId: "a:b:ج" });
    expect(fromGlobalId(toGlobalId("HESABIT", "Transaction", "line 1\nline 2"))).toEqual({ type: "Transaction", vendor: "HESABIT", nativeId: "line 1\nline 2" });
  });

  it("refuses what this server did not issue, naming the argument", () => {
    const notOurs = [
      "",
      "not base64!",
      Buffer.from("Etiket:tahesab:1").toString("base64url"), // vendor in lower case
      Buffer.from("Etiket1:TAHESAB:1").toString("base64url"), // digits in the type
      Buffer.from("Etiket:TAHESAB:").toString("base64url"), // no native id
      Buffer.from(":TAHESAB:1").toString("base64url"),
      Buffer.from("x Etiket:TAHESAB:1").toString("base64url"),
      "A".repeat(401),
      `!${toGlobalId("TAHESAB", "Etiket", "1")}`, // characters base64url does not have, before or after
      `${toGlobalId("TAHESAB", "Etiket", "1")}!`,
    ];
    for (const id of notOurs) expect(refusal(() => fromGlobalId(id, "ids[2]"))).toEqual({ field: "ids[2]", message: 'Invalid value for "ids[2]": is not an id issued by this server' });
    expect(refusal(() => fromGlobalId("!")).field).toBe("id");
  });

  it("the longest id accepted is 400 characters", () => {
    const native = "x".repeat(400 * 0.75 - "Etiket:TAHESAB:".length);
    const id = toGlobalId("TAHESAB", "Etiket", native);
    expect(id).toHaveLength(400);
    expect(fromGlobalId(id).nativeId).toBe(native);
  });
});

describe("Persian text", () => {
  it("Persian and Arabic-Indic digits become ASCII, everything else stays", () => {
    expect(toAsciiDigits("۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩ abc ج")).toBe("0123456789 0123456789 abc ج");
  });

  it("normalised for comparison: Arabic yeh and kaf, joiners, marks and runs of space", () => {
    expect(normalisePersian("  علي\u200cكريمى  ۱۲  ")).toBe("علی کریمی 12");
    expect(normalisePersian("a\u200fb\u200ec\t\nd")).toBe("a b c d");
  });
});

describe("codes", () => {
  it("digits only, Persian digits read, leading zeros dropped", () => {
    expect(parseCode("code", " 0012 ")).toBe("12");
    expect(parseCode("code", "0")).toBe("0");
    expect(parseCode("code", "000")).toBe("0");
    expect(parseCode("code", "۰۴۵")).toBe("45");
    expect(parseCode("code", "1".repeat(15))).toBe("1".repeat(15));
    expect(parseNumericCode("from", "0099")).toBe(99);
  });

  it("refuses anything else, naming the field and showing the value", () => {
    expect(refusal(() => parseCode("input.code", "1".repeat(16)))).toEqual({
      field: "input.code",
      message: `Invalid value for "input.code": must be a code of 1 to 15 digits; got "${"1".repeat(16)}"`,
    });
    for (const bad of ["", " ", "12a", "-1", "1.5", "1 2"]) expect(refusal(() => parseCode("c", bad)).field).toBe("c");
    expect(refusal(() => parseCode("c", "x".repeat(40))).message).toContain(`got "${"x".repeat(30)}"`);
  });

  it("a list: at least one, at most max, each named by its index", () => {
    expect(parseCodes("codes", ["01", "2"], 2)).toEqual(["1", "2"]);
    expect(refusal(() => parseCodes("codes", [], 5))).toEqual({ field: "codes", message: 'Invalid value for "codes": must contain at least one code' });
    expect(refusal(() => parseCodes("codes", ["1", "2", "3"], 2))).toEqual({ field: "codes", message: 'Invalid value for "codes": may contain at most 2 codes (HESABGRAPH_MAX_CODES); got 3' });
    expect(refusal(() => parseCodes("codes", ["1", "x"], 2)).field).toBe("codes[1]");
  });

  it("a made-goods code: 1 to 50 characters of one line, Persian digits read", () => {
    expect(parseMadeGoodsCode("k", " ک-۱۲ ")).toBe("ک-12");
    expect(parseMadeGoodsCode("k", "x".repeat(50))).toBe("x".repeat(50));
    expect(refusal(() => parseMadeGoodsCode("k", "x".repeat(51))).field).toBe("k");
    expect(refusal(() => parseMadeGoodsCode("k", "  ")).message).toBe('Invalid value for "k": must be a made-goods code of 1 to 50 characters; got "  "');
    expect(refusal(() => parseMadeGoodsCode("k", "a\u0000b")).field).toBe("k");
    expect(refusal(() => parseMadeGoodsCode("k", "a\u007fb")).field).toBe("k");
    expect(refusal(() => parseMadeGoodsCode("k", "a\nb")).field).toBe("k");
  });
});

describe("EPCs", () => {
  it("upper-case hex of 8 to 64 digits; spaces, dashes and colons dropped", () => {
    expect(parseEpc("epc", "e280-1160 0000:00ff")).toBe("E2801160000000FF");
    expect(parseEpc("epc", "abcdef01")).toBe("ABCDEF01");
    expect(parseEpc("epc", "F".repeat(64))).toBe("F".repeat(64));
    expect(parseEpc("epc", "۱۲۳۴۵۶۷۸")).toBe("12345678");
  });

  it("refuses other lengths and letters past F, naming the field", () => {
    expect(refusal(() => parseEpc("epcs[0]", "ABCDEF0"))).toEqual({ field: "epcs[0]", message: 'Invalid value for "epcs[0]": must be an EPC of 8 to 64 hex digits; got "ABCDEF0"' });
    expect(refusal(() => parseEpc("e", "F".repeat(65))).field).toBe("e");
    expect(refusal(() => parseEpc("e", "ABCDEFG1")).field).toBe("e");
  });

  it("a list: at least one, at most max, each named by its index", () => {
    expect(parseEpcs("epcs", ["abcdef01", "12345678"], 2)).toEqual(["ABCDEF01", "12345678"]);
    expect(refusal(() => parseEpcs("epcs", [], 3))).toEqual({ field: "epcs", message: 'Invalid value for "epcs": must contain at least one EPC' });
    expect(refusal(() => parseEpcs("epcs", ["abcdef01", "abcdef02", "abcdef03"], 2))).toEqual({
      field: "epcs",
      message: 'Invalid value for "epcs": may contain at most 2 EPCs (HESABGRAPH_MAX_CODES); got 3',
    });
    expect(refusal(() => parseEpcs("epcs", ["abcdef01", "zz"], 2)).field).toBe("epcs[1]");
  });
});

describe("national ids", () => {
  it("accepts ids whose check digit matches, typed with Persian digits, spaces or dashes", () => {
    // 0499370899: sum 0*10+4*9+9*8+9*7+3*6+7*5+0*4+8*3+9*2 = 266, 266 % 11 = 2, check 11-2 = 9.
    expect(parseNationalId("n", "0499370899")).toBe("0499370899");
    expect(parseNationalId("n", "۰۴۹۹-۳۷۰ ۸۹۹")).toBe("0499370899");
    // Sum 330, remainder 0: the check digit is 0.
    expect(parseNationalId("n", "9876543210")).toBe("9876543210");
    // Sum 210, remainder 1: the check digit is 1.
    expect(parseNationalId("n", "1234567891")).toBe("1234567891");
  });

  it("refuses a wrong check digit, a run of one digit, and other lengths, naming the field", () => {
    expect(refusal(() => parseNationalId("input.nationalId", "0499370898"))).toEqual({
      field: "input.nationalId",
      message: 'Invalid value for "input.nationalId": is not a valid national id (its check digit does not match); got "0499370898"',
    });
    expect(refusal(() => parseNationalId("n", "1111111111")).message).toContain("check digit");
    expect(refusal(() => parseNationalId("n", "9876543219")).message).toContain("check digit");
    expect(refusal(() => parseNationalId("n", "1234567890")).message).toContain("check digit");
    expect(refusal(() => parseNationalId("n", "0000000000")).message).toContain("check digit");
    expect(refusal(() => parseNationalId("n", "049937089"))).toEqual({ field: "n", message: 'Invalid value for "n": must be a national id of 10 digits; got "049937089"' });
    expect(refusal(() => parseNationalId("n", "04993708990")).field).toBe("n");
    expect(refusal(() => parseNationalId("n", "04993708a9")).field).toBe("n");
  });
});

describe("what a refused value looked like, quoted in the message and cut short", () => {
  const long = "x".repeat(25) + "0123456789" + "y".repeat(30);
  it.each([
    ["a mobile number, at 30 characters", () => parseIranianMobile("mobile", long), long.slice(0, 30)],
    ["a phone number, at 30", () => parsePhoneNumber("phone", long), long.slice(0, 30)],
    ["a made-goods code, at 30", () => parseMadeGoodsCode("code", long), long.slice(0, 30)],
    ["an EPC, at 40", () => parseEpc("epc", long), long.slice(0, 40)],
    ["a national id, at 20", () => parseNationalId("nationalId", long), long.slice(0, 20)],
  ])("%s", (_what, read, shown) => {
    const { message } = refusal(read);
    expect(message).toMatch(new RegExp(`; got ${JSON.stringify(shown)}$`));
  });
});
