// Etiket (tagged, individually tracked pieces) queries.
//
// The record real clients read: the seed-era fields plus DarsadVazn,
// OnlinePrice, Mazaneh, ColorCode, DarsadVaznMaye (S2 hosseini-milad/zar
// router updateProduct; S3 Ahmadrezagh/Zarnia-Laravel updateOrCreateEtiket).
// As strings: IsMojood ("1"/"0": S2 compares it with "1"), DarsadVazn (S2
// wraps it in Number()), and for some pieces Vazn, written with a slash for the
// decimal point ("4/06", VENDORS.md). Lists are keyed by the etiket code
// (S2 reads productList[code]). The answers of getetiketinfobycode* are not
// read by any client: the same keyed records is a guess.
import type { Args } from "../args.js";
import type { Json, JsonObject, JsonMap } from "../json.js";
import { etiketPng, type Rgb } from "../png.js";
import type { Etiket, TahesabState } from "../state.js";
import { normalizeText } from "../text.js";
import type { CommandContext, CommandHandler } from "./index.js";
import { fail, msg } from "../messages.js";

const METAL_RGB: Record<string, Rgb> = {
  زرد: [222, 180, 60],
  سفید: [215, 215, 220],
  رزگلد: [214, 150, 130],
};

const images = new Map<string, string>(); // pure function of code and colour: safe to share

function imageOf(etiket: Etiket): string {
  const key = `${etiket.Code}:${etiket.Color}`;
  let image = images.get(key);
  if (image === undefined) {
    image = etiketPng(Number(etiket.Code), METAL_RGB[normalizeText(etiket.Color)] ?? [200, 170, 80]).toString("base64");
    images.set(key, image);
  }
  return image;
}

/** The record every etiket command answers with. */
export function etiketRecord(e: Etiket, withImage: boolean): JsonObject {
  const record: JsonObject = {
    Code: e.Code,
    Name: e.Name,
    Vazn: e.VaznText ?? e.Vazn,
    Ayar: e.Ayar,
    Size: e.Size,
    Color: e.Color,
    ColorCode: e.ColorCode,
    Sharh: e.Sharh,
    DarsadSood: e.DarsadSood,
    DarsadVazn: String(e.DarsadVazn),
    DarsadVaznMaye: e.DarsadVaznMaye,
    PoolSang: e.PoolSang,
    Mazaneh: e.Mazaneh,
    OnlinePrice: e.OnlinePrice,
    IsMojood: String(e.IsMojood),
    CodeKar: e.CodeKar,
    PictureFileName: e.PictureFileName,
  };
  if (withImage) record.Image = imageOf(e);
  return record;
}

/** Etikets in ascending code order. */
function sorted(state: TahesabState, keep: (e: Etiket) => boolean): Etiket[] {
  return [...state.etikets.values()].filter(keep).sort((a, b) => Number(a.Code) - Number(b.Code));
}

function keyed(etikets: Etiket[], withImage: boolean, extra?: (e: Etiket) => JsonObject): JsonMap {
  const out: JsonMap = new Map();
  for (const e of etikets) out.set(e.Code, { ...etiketRecord(e, withImage), ...(extra?.(e) ?? {}) });
  return out;
}

function byCodes(withImage: boolean) {
  return ({ state }: CommandContext, args: Args): Json => {
    const found: Etiket[] = [];
    for (const code of args.values as string[]) {
      // Codes are numbers in Tahesab's tables: "017" is etiket 17.
      const etiket = state.etiket(String(Number(code)));
      if (etiket && !found.includes(etiket)) found.push(etiket);
    }
    return keyed(found, withImage);
  };
}

/** [From_Code, To_Code] (no photos) or [From_Code, To_Code, WithPhoto_1_0]; both bounds inclusive. */
function listEtiket({ state }: CommandContext, args: Args): Json {
  const from = args.num("From_Code");
  const to = args.num("To_Code");
  return keyed(sorted(state, (e) => Number(e.Code) >= from && Number(e.Code) <= to), args.numOr("WithPhoto_1_0", 0) === 1);
}

function listUpdated({ state }: CommandContext, args: Args): Json {
  const from = args.str("AzTarikh");
  const to = args.str("TaTarikh");
  // An etiket is listed when any change falls in the range; TarikhTaghir is its
  // latest change within the range, so the answer never contradicts the filter.
  const changed = sorted(state, (e) => state.etiketChangedBetween(e.Code, from, to) !== undefined);
  return keyed(changed, false, (e) => ({ TarikhTaghir: state.etiketChangedBetween(e.Code, from, to) ?? e.TarikhTaghir }));
}

function listByCodeKar({ state }: CommandContext, args: Args): Json {
  const wanted = normalizeText(args.str("Code_Kar"));
  return keyed(sorted(state, (e) => normalizeText(e.CodeKar) === wanted), false);
}

/** For document commands: the etiket named by 25_Shenase, or the ERROR. */
export function requireEtiket(state: TahesabState, code: number): Etiket {
  return state.etiket(code) ?? fail(msg.etiketNotFound(code));
}

export const ETIKET_COMMANDS: Record<string, CommandHandler> = {
  getetiketinfobycode: { write: false, run: byCodes(false) },
  getetiketinfobycodewithimage: { write: false, run: byCodes(true) },
  DoListEtiket: { write: false, run: listEtiket },
  DoListGetUpdatedEtiket: { write: false, run: listUpdated },
  DoList_EtiketByCodeKar: { write: false, run: listByCodeKar },
};
