import { JalaliDay } from "../../src/core/dates/jalali-day.js";
import type { TahesabClient } from "./client.js";
import { pageByCodeRange, type CodePage } from "../../src/core/paging/code-range.js";
import { canonicalCode, flag, num, recordList, rial, str, type VendorRecord } from "./records.js";

/** A tagged piece of jewellery (اتیکت), as hesabgraph describes it. */
export interface EtiketRecord {
  code: string;
  name: string | null;
  weightGrams: number | null;
  ayar: number | null;
  size: string | null;
  color: string | null;
  description: string | null;
  profitPercent: number | null;
  stonePrice: string | null;
  inStock: boolean | null;
  madeGoodsCode: string | null;
  pictureFileName: string | null;
  /** Last change (registered, edited or sold), `1403-08-06`, only from the updated-etikets feed. */
  changedOn: string | null;
  /** Only from the *withimage commands. */
  image?: EtiketImageRecord | null;
}

export interface EtiketImageRecord {
  base64: string;
  mimeType: string;
  fileName: string | null;
}

function mimeTypeOf(base64: string): string {
  if (base64.startsWith("iVBOR")) return "image/png";
  if (base64.startsWith("/9j/")) return "image/jpeg";
  if (base64.startsWith("R0lGOD")) return "image/gif";
  if (base64.startsWith("UklGR")) return "image/webp";
  return "application/octet-stream";
}

/** `1403-08-06` (Tahesab may write `1403/8/6`); null when it is not a Shamsi day. */
function shamsiDay(value: string | null): string | null {
  return value === null ? null : JalaliDay.parse(value)?.toString() ?? null;
}

export function toEtiket(record: VendorRecord): EtiketRecord | undefined {
  const code = str(record, "Code");
  if (!code) return undefined;
  const picture = str(record, "PictureFileName");
  const imageData = str(record, "Image");
  return {
    code,
    name: str(record, "Name"),
    weightGrams: num(record, "Vazn"),
    ayar: num(record, "Ayar"),
    size: str(record, "Size"),
    color: str(record, "Color"),
    description: str(record, "Sharh"),
    profitPercent: num(record, "DarsadSood"),
    stonePrice: rial(record, "PoolSang"),
    inStock: flag(record, "IsMojood"),
    madeGoodsCode: str(record, "CodeKar"),
    pictureFileName: picture,
    changedOn: shamsiDay(str(record, "TarikhTaghir")),
    image: imageData ? { base64: imageData, mimeType: mimeTypeOf(imageData), fileName: picture } : null,
  };
}

function etiketList(payload: unknown): EtiketRecord[] {
  return recordList(payload)
    .map(toEtiket)
    .filter((e): e is EtiketRecord => e !== undefined);
}

/** Tahesab's etiket commands. Codes are strings of digits. */
export class TahesabEtikets {
  constructor(private readonly client: TahesabClient) {}

  /**
   * One `getetiketinfobycode` call (or `…withimage`), keyed by the code's
   * canonical form ("012" and "12" are one etiket); unknown codes are absent.
   */
  async byCodes(codes: readonly string[], withImage = false): Promise<Map<string, EtiketRecord>> {
    const command = withImage ? "getetiketinfobycodewithimage" : "getetiketinfobycode";
    const payload = await this.client.call(command, [...codes]);
    return new Map(etiketList(payload).map((e) => [canonicalCode(e.code), e]));
  }

  /** `DoListEtiket`: every etiket with from <= code <= to, in code order. */
  async byRange(from: number, to: number, withPhoto = false): Promise<EtiketRecord[]> {
    const payload = await this.client.call("DoListEtiket", [from, to, withPhoto ? 1 : 0]);
    return etiketList(payload).sort((a, b) => Number(a.code) - Number(b.code));
  }

  /** One page of a code range (see pageByCodeRange). */
  pageByRange(from: number, to: number, first: number): Promise<CodePage<EtiketRecord>> {
    return pageByCodeRange((start, end) => this.byRange(start, end), from, to, first);
  }

  /** `DoListGetUpdatedEtiket`: registered, edited or sold between two Shamsi days. */
  async updatedBetween(from: JalaliDay, to: JalaliDay): Promise<EtiketRecord[]> {
    const payload = await this.client.call("DoListGetUpdatedEtiket", [from.toString(), to.toString()]);
    return etiketList(payload).sort((a, b) => Number(a.code) - Number(b.code));
  }

  /** `DoList_EtiketByCodeKar`: the etikets of one made-goods (کارساخته) code. */
  async byMadeGoodsCode(codeKar: string): Promise<EtiketRecord[]> {
    const payload = await this.client.call("DoList_EtiketByCodeKar", [codeKar]);
    return etiketList(payload).sort((a, b) => Number(a.code) - Number(b.code));
  }
}
