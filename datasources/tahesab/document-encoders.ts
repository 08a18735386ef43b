import { jsonNumber } from "../../src/core/json.js";
import type { Assay, DocumentHeader, DocumentKind, DocumentRequest, GoodsPricing } from "./document-types.js";
import {
  RADIF_NUMBER, claimFlag, directionFlag, discountFlag, etiketTransferDirectionFlag, goldKindFlag, postingFlag, priceUnitFlag,
  returnedFlag, tradeSideFlag, wageBasisFlag,
} from "./flags.js";

/** Amounts are exact strings; Tahesab takes them as JSON numbers, written with every digit. */
const rials = (amount: string) => jsonNumber(amount);

/** The vendor command of each document kind. */
export const COMMANDS: Record<DocumentKind, string> = {
  GOLD_TRANSFER: "DoNewSanadVKHGOLD",
  GOLD_TRADE: "DoNewSanadBuySaleGOLD",
  COIN_TRANSFER: "DoNewSanadVKHSEKEH",
  COIN_TRADE: "DoNewSanadBuySaleSEKEH",
  CASH_TRANSFER: "DoNewSanadVKHVaghNaghd",
  DISCOUNT: "DoNewSanadTakhfif",
  RECEIVABLE_PAYABLE: "DoNewSanadTalabBedehi",
  MADE_GOODS_TRADE: "DoNewSanadBuySaleKar",
  MADE_GOODS_TRANSFER: "DoNewSanadVKHKar",
  ETIKET_TRADE: "DoNewSanadBuySaleEtiket",
  ETIKET_TRANSFER: "DoNewSanadVKHEtiket",
};

/**
 * Slots 1–7 of every document: Sabte_Kol_Or_Movaghat, Moshtari_Code,
 * Factor_Number, Radif_Number, Shamsi_Year, Shamsi_Month, Shamsi_Day, all
 * unquoted in the seed (JSON numbers; the date without leading zeros).
 */
function header(h: DocumentHeader): number[] {
  return [postingFlag(h.posting), Number(h.customerCode), h.factorNumber, RADIF_NUMBER, h.date.year, h.date.month, h.date.day];
}

/** Ang_Number and "Name_az": required for melted gold, 0 and "" otherwise. */
function assaySlots(goldKind: "MISCELLANEOUS" | "MELTED", assay: Assay | null | undefined): [number, string] {
  return goldKind === "MELTED" && assay ? [assay.stampNumber, assay.labName] : [0, ""];
}

/** Slots 15–24 of the made-goods and etiket trade documents. */
function tradePricing(p: GoodsPricing & { profitPercent: number }): unknown[] {
  return [
    rials(p.totalAmount), wageBasisFlag(p.wageBasis), p.taxPercent, rials(p.taxAmount), p.profitPercent, p.goldPercent,
    returnedFlag(p.returned), rials(p.stonePrice), p.pictureFileName, rials(p.wage),
  ];
}

/** The kinds whose seed argument list has its own Sharh (شرح). */
const SHARH_IN_LIST = new Set<DocumentKind>(["CASH_TRANSFER", "DISCOUNT", "RECEIVABLE_PAYABLE"]);

/**
 * The arguments newer add-ons take after the seed's list (VENDORS.md; S1's
 * live-tested calls, whose values are followed here): Sharh where the list
 * has none, then the client-chosen Factor_Code, HavalehBe_Mcode -1,
 * MultiRadif -1, Jens_Felez 0 (gold), and for gold and coin trades the
 * settlement time and currency name, empty.
 */
export function trailingArguments(kind: DocumentKind, description: string, factorCode: string): unknown[] {
  const tail: unknown[] = [...(SHARH_IN_LIST.has(kind) ? [] : [description]), factorCode, -1, -1, 0];
  if (kind === "GOLD_TRADE") tail.push("", ""); // Zaman_Tasvie, Arz_Name
  if (kind === "COIN_TRADE") tail.push(""); // Arz_Name
  return tail;
}

/** Whether the seed's list of this kind keeps a description (older add-ons can keep none elsewhere). */
export const keepsDescription = (kind: DocumentKind): boolean => SHARH_IN_LIST.has(kind);

/** The positional argument array of one document, exactly as the seed lists it. */
export function encodeDocument(h: DocumentHeader, r: DocumentRequest): { command: string; args: unknown[] } {
  const command = COMMANDS[r.kind];
  const head = header(h);
  switch (r.kind) {
    case "GOLD_TRANSFER":
      // [..., Vazn, Ayar, Ang_Number, "Name_az", IsVoroodOrKhorooj, IsMotefaregheOrAbshode]
      return { command, args: [...head, r.weightGrams, r.ayar, ...assaySlots(r.goldKind, r.assay), directionFlag(r.direction), goldKindFlag(r.goldKind)] };
    case "GOLD_TRADE":
      // [..., Vazn, Ayar, 0, "", BuyOrSale, Mazaneh, MazanehIsMesghalOrGeram, IsMotefaregheOrAbshode, MablaghKol]
      return {
        command,
        args: [
          ...head, r.weightGrams, r.ayar, ...assaySlots(r.goldKind, r.assay), tradeSideFlag(r.side), rials(r.unitPrice),
          priceUnitFlag(r.priceUnit), goldKindFlag(r.goldKind), rials(r.totalAmount),
        ],
      };
    case "COIN_TRANSFER":
      // [..., Vazn, Ayar, Count, "Name_Sekeh", IsVoroodOrKhorooj]
      return { command, args: [...head, r.weightGrams, r.ayar, r.count, r.coinName, directionFlag(r.direction)] };
    case "COIN_TRADE":
      // [..., Vazn, Ayar, Count, Name_Sekeh, BuyOrSale, Mazaneh, MablaghKol]. Name_Sekeh is
      // unquoted here in the seed but is a name: it travels as a string.
      return { command, args: [...head, r.weightGrams, r.ayar, r.count, r.coinName, tradeSideFlag(r.side), rials(r.unitPrice), rials(r.totalAmount)] };
    case "CASH_TRANSFER":
      // [..., IsVoroodOrKhorooj, Mablagh, "Sharh"]
      return { command, args: [...head, directionFlag(r.direction), rials(r.amount), r.description ?? ""] };
    case "DISCOUNT":
      // [..., IsMaBeMoshtariOrMoshtariBeMa, Mablagh, "Sharh"]
      return { command, args: [...head, discountFlag(r.discountDirection), rials(r.amount), r.description ?? ""] };
    case "RECEIVABLE_PAYABLE":
      // [..., IsBedehiOrTalab, Mablagh, "Sharh", Baabat, Vazn]. Baabat (بابت, "regarding")
      // is unquoted in the seed but is text: it travels as a string.
      return { command, args: [...head, claimFlag(r.claim), rials(r.amount), r.description ?? "", r.regarding, r.weightGrams] };
    case "MADE_GOODS_TRADE":
      // 8 Vazn, 9 Ayar, 10 Count, 11 "Name_Kar", 12 BuyOrSale, 13 Mazaneh, 14 MazanehIsMesghalOrGeram, 15–24 pricing
      return {
        command,
        args: [...head, r.weightGrams, r.ayar, r.count, r.name, tradeSideFlag(r.side), rials(r.unitPrice), priceUnitFlag(r.priceUnit), ...tradePricing(r)],
      };
    case "MADE_GOODS_TRANSFER":
      // 8 Vazn, 9 Ayar, 10 Count, 11 "Name_Kar", 12 IsVoroodOrKhorooj, 13 OjratTedadiOrGerami, 14 MablaghKol,
      // 15 Darsad_Maliat, 16 MeghdarMaliat, 17 Darsad_Talayee, 18 IsMarjoo, 19 "PictureFileName", 20 Ojrat, 21 PoolSang
      return {
        command,
        args: [
          ...head, r.weightGrams, r.ayar, r.count, r.name, directionFlag(r.direction), wageBasisFlag(r.wageBasis), rials(r.totalAmount),
          r.taxPercent, rials(r.taxAmount), r.goldPercent, returnedFlag(r.returned), r.pictureFileName, rials(r.wage), rials(r.stonePrice),
        ],
      };
    case "ETIKET_TRADE":
      // 8–11 fixed 0, 0, 0, "", 12 BuyOrSale, 13 Mazaneh, 14 MazanehIsMesghalOrGeram, 15–24 pricing, 25 Shenase
      return {
        command,
        args: [
          ...head, 0, 0, 0, "", tradeSideFlag(r.side), rials(r.unitPrice), priceUnitFlag(r.priceUnit), ...tradePricing(r), Number(r.etiketCode),
        ],
      };
    case "ETIKET_TRANSFER":
      // 8–11 fixed 0, 0, 0, "", 12 direction (labelled BuyOrSale: see flags.ts), 13–14 fixed 0, 0,
      // 15–18 MablaghKol, OjratTedadiOrGerami, Darsad_Maliat, MeghdarMaliat, 19 fixed 0,
      // 20 Darsad_Talayee, 21 IsMarjoo, 22 PoolSang, 23 "PictureFileName", 24 Ojrat, 25 Shenase
      return {
        command,
        args: [
          ...head, 0, 0, 0, "", etiketTransferDirectionFlag(r.direction), 0, 0, rials(r.totalAmount), wageBasisFlag(r.wageBasis), r.taxPercent,
          rials(r.taxAmount), 0, r.goldPercent, returnedFlag(r.returned), rials(r.stonePrice), r.pictureFileName, rials(r.wage), Number(r.etiketCode),
        ],
      };
  }
}
