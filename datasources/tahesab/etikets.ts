import type { JalaliDay } from "../../src/dates/jalali-day.js";
import type { TahesabClient } from "./client.js";
import { flag, num, recordList, rial, str, type VendorRecord } from "./records.js";

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
  stonePrice: number | null;
  inStock: boolean | null;
  madeGoodsCode: string | null;
  pictureFileName: string | null;
  /** Last change (registered, edited or sold), only from the updated-etikets feed. */
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
    changedOn: str(record, "TarikhTaghir"),
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

  /** One `getetiketinfobycode` call (or `…withimage`); unknown codes are absent from the map. */
  async byCodes(codes: readonly string[], withImage = false): Promise<Map<string, EtiketRecord>> {
    const command = withImage ? "getetiketinfobycodewithimage" : "getetiketinfobycode";
    const payload = await this.client.call(command, [...codes]);
    return new Map(etiketList(payload).map((e) => [e.code, e]));
  }

  /** `DoListEtiket`: every etiket with from <= code <= to, in code order. */
  async byRange(from: number, to: number, withPhoto = false): Promise<EtiketRecord[]> {
    const payload = await this.client.call("DoListEtiket", [from, to, withPhoto ? 1 : 0]);
    return etiketList(payload).sort((a, b) => Number(a.code) - Number(b.code));
  }

  /**
   * One page of a code range. Codes may be sparse, so the range is read in
   * windows that double while they come back thin: a page over 1..10^12 with
   * three etikets takes a few dozen small calls, not one enormous one.
   */
  async pageByRange(from: number, to: number, first: number): Promise<{ items: EtiketRecord[]; hasNextPage: boolean }> {
    const items: EtiketRecord[] = [];
    let start = from;
    let window = Math.max(first * 2, 100);
    while (start <= to && items.length <= first) {
      const end = Math.min(to, start + window - 1);
      items.push(...(await this.byRange(start, end)));
      start = end + 1;
      window *= 2;
    }
    return { items: items.slice(0, first), hasNextPage: items.length > first };
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
