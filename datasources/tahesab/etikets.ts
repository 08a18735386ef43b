import type { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { pageByCodeRange, type CodePage } from "../../src/core/paging/code-range.js";
import { etiketRecord, readAnswer, records, type EtiketRow } from "./answers.js";
import type { TahesabClient } from "./client.js";
import { canonicalCode } from "./records.js";
import { storableText } from "./text.js";

/** A tagged piece of jewellery (اتیکت), as hesabgraph describes it. */
export interface EtiketRecord {
  code: string;
  name: string | null;
  weightGrams: number | null;
  ayar: number | null;
  size: string | null;
  color: string | null;
  colorCode: number | null;
  description: string | null;
  profitPercent: number | null;
  weightPercent: number | null;
  weightPercentMaye: number | null;
  stonePrice: string | null;
  unitPrice: string | null;
  onlinePrice: string | null;
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

export function toEtiket(row: EtiketRow): EtiketRecord {
  const picture = row.PictureFileName ?? null;
  return {
    code: row.Code,
    name: row.Name ?? null,
    weightGrams: row.Vazn ?? null,
    ayar: row.Ayar ?? null,
    size: row.Size ?? null,
    color: row.Color ?? null,
    colorCode: row.ColorCode ?? null,
    description: row.Sharh ?? null,
    profitPercent: row.DarsadSood ?? null,
    weightPercent: row.DarsadVazn ?? null,
    weightPercentMaye: row.DarsadVaznMaye ?? null,
    stonePrice: row.PoolSang ?? null,
    unitPrice: row.Mazaneh ?? null,
    onlinePrice: row.OnlinePrice ?? null,
    inStock: row.IsMojood ?? null,
    madeGoodsCode: row.CodeKar ?? null,
    pictureFileName: picture,
    changedOn: row.TarikhTaghir ?? null,
    image: row.Image ? { base64: row.Image, mimeType: mimeTypeOf(row.Image), fileName: picture } : null,
  };
}

const etiketList = (command: string, payload: unknown) => readAnswer(command, records(etiketRecord), payload).map(toEtiket);
const byCode = (a: EtiketRecord, b: EtiketRecord) => Number(a.code) - Number(b.code);

/** Tahesab's etiket commands. Codes are strings of digits. */
export class TahesabEtikets {
  constructor(private readonly client: TahesabClient) {}

  /**
   * One `getetiketinfobycode` call (or `…withimage`), keyed by the code's
   * canonical form ("012" and "12" are one etiket); unknown codes are absent.
   */
  async byCodes(codes: readonly string[], withImage = false): Promise<Map<string, EtiketRecord>> {
    const command = withImage ? "getetiketinfobycodewithimage" : "getetiketinfobycode";
    const etikets = etiketList(command, await this.client.read(command, [...codes]));
    return new Map(etikets.map((e) => [canonicalCode(e.code), e]));
  }

  /** `DoListEtiket [From_Code, To_Code, WithPhoto]`: every etiket with from <= code <= to, in code order. */
  async byRange(from: number, to: number, withPhoto = false): Promise<EtiketRecord[]> {
    return etiketList("DoListEtiket", await this.client.read("DoListEtiket", [from, to, withPhoto ? 1 : 0])).sort(byCode);
  }

  /** One page of a code range (see pageByCodeRange). */
  pageByRange(from: number, to: number, first: number): Promise<CodePage<EtiketRecord>> {
    return pageByCodeRange((start, end) => this.byRange(start, end), from, to, first);
  }

  /** `DoListGetUpdatedEtiket`: registered, edited or sold between two Shamsi days. */
  async updatedBetween(from: JalaliDay, to: JalaliDay): Promise<EtiketRecord[]> {
    return etiketList("DoListGetUpdatedEtiket", await this.client.read("DoListGetUpdatedEtiket", [from.toString(), to.toString()])).sort(byCode);
  }

  /** `DoList_EtiketByCodeKar`: the etikets of one made-goods (کارساخته) code. */
  async byMadeGoodsCode(codeKar: string): Promise<EtiketRecord[]> {
    const code = storableText("madeGoodsCode", codeKar, this.client.backEnd);
    return etiketList("DoList_EtiketByCodeKar", await this.client.read("DoList_EtiketByCodeKar", [code])).sort(byCode);
  }
}
