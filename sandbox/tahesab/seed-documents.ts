// The seed's documents, so that balances and DoListAsnad are not empty. Most
// were written through the API (User "APi"), one with a client-chosen
// Factor_Code, and three were typed in Tahesab itself: those have no
// Factor_Code and the Tahesab user "مدير" (Arabic ي, as S1 sees it).
// Flags follow the corrected meanings (accounting.ts): BuyOrSale_0_1 1 = the
// shop sells. Recording times are fixed, so the seed is deterministic.
import { validateArgs } from "./args.js";
import { commandContext } from "./commands/index.js";
import { recordDocument, type Origin } from "./commands/documents.js";
import { schemasFor } from "./schemas.js";
import type { TahesabState } from "./state.js";

const HEAD = (final: 0 | 1, customer: number, factor: number, date: [number, number, number]) => [final, customer, factor, 1, ...date];

const api = (time: string): Origin => ({ user: "APi", time, typedInTahesab: false });
const shop = (time: string): Origin => ({ user: "مدير", time, typedInTahesab: true });

/** Effects in the comments (customer's side: + the shop owes them). */
const DOCUMENTS: [string, unknown[], Origin][] = [
  // 1: brings 12.345 g of 750 (+12.345 g) and 2 coins; is paid 25,000,000 (-25,000,000)
  ["DoNewSanadVKHGOLD", [...HEAD(1, 1, 1201, [1403, 8, 6]), 12.345, 750, 0, "", 0, 0], api("10:12:41")],
  ["DoNewSanadVKHSEKEH", [...HEAD(1, 1, 1202, [1403, 8, 6]), 16.266, 900, 2, "سکه امامی", 0], api("10:14:05")],
  ["DoNewSanadVKHVaghNaghd", [...HEAD(1, 1, 1203, [1403, 8, 10]), 1, 25_000_000, "پرداخت نقدی"], api("16:40:22")],
  // 2: buys 20.5 g of 750 (the shop sells: +20.5 g, -1,127,500,000), takes it away (-20.5 g), pays 1,000,000,000
  ["DoNewSanadBuySaleGOLD", [...HEAD(1, 2, 1301, [1403, 7, 14]), 20.5, 750, 0, "", 1, 55_000_000, 1, 0, 1_127_500_000], api("11:05:10")],
  ["DoNewSanadVKHGOLD", [...HEAD(1, 2, 1302, [1403, 7, 14]), 20.5, 750, 0, "", 1, 0], api("11:06:02")],
  ["DoNewSanadVKHVaghNaghd", [...HEAD(1, 2, 1303, [1403, 7, 20]), 0, 1_000_000_000, "واریز به حساب"], api("09:31:47")],
  // 3: buys etiket 5 (the shop sells: -85,000,000), pays 50,000,000
  ["DoNewSanadBuySaleEtiket", [...HEAD(1, 3, 1401, [1403, 9, 2]), 0, 0, 0, "", 1, 55_000_000, 1, 85_000_000, 0, 9, 1_500_000, 7, 0, 0, 0, "5.jpg", 6_000_000, 5], api("12:20:15")],
  ["DoNewSanadVKHVaghNaghd", [...HEAD(1, 3, 1402, [1403, 9, 2]), 0, 50_000_000, "پیش پرداخت"], api("12:21:30")],
  // 5: owes the shop 10,000,000 rials and 1.5 g (receivable)
  ["DoNewSanadTalabBedehi", [...HEAD(1, 5, 1501, [1403, 5, 18]), 1, 10_000_000, "مانده حساب سال قبل", "اصلاح حساب", 1.5], api("08:55:00")],
  // 6: a colleague's shop brings made goods on consignment (+0), and the shop buys some (+900,000,000)
  ["DoNewSanadVKHKar", [...HEAD(1, 6, 1601, [1403, 6, 1]), 48.2, 750, 12, "گوشواره میخی", 0, 0, 0, 9, 0, 0, 0, "", 0, 0], api("13:02:11")],
  ["DoNewSanadBuySaleKar", [...HEAD(1, 6, 1602, [1403, 6, 3]), 15.75, 750, 4, "انگشتر زنانه", 0, 55_000_000, 1, 900_000_000, 1, 9, 2_800_000, 0, 0, 0, 0, "", 1_200_000], api("13:45:37")],
  // 8: melted gold assayed by a lab: taken in (+10.064 g), then bought by the shop (-10.064 g, +550,800,000)
  ["DoNewSanadVKHGOLD", [...HEAD(1, 8, 1801, [1403, 10, 11]), 10.2, 740, 98765, "آزمایشگاه ری", 0, 1], api("10:00:03")],
  ["DoNewSanadBuySaleGOLD", [...HEAD(1, 8, 1802, [1403, 10, 11]), 10.2, 740, 98765, "آزمایشگاه ری", 0, 54_000_000, 1, 1, 550_800_000], api("10:02:44")],
  // 12 buys etiket 12 (-210,000,000); 13 gets a colleague's discount (+2,000,000)
  ["DoNewSanadBuySaleEtiket", [...HEAD(1, 12, 2101, [1403, 11, 5]), 0, 0, 0, "", 1, 56_000_000, 1, 210_000_000, 0, 9, 17_000_000, 7, 0, 0, 0, "12.jpg", 9_000_000, 12], api("17:26:32")],
  ["DoNewSanadTakhfif", [...HEAD(1, 13, 2201, [1403, 11, 20]), 0, 2_000_000, "تخفیف همکار"], api("18:03:09")],
  // 4: a temporary document: listed, moves nothing
  ["DoNewSanadVKHVaghNaghd", [...HEAD(0, 4, 2301, [1403, 12, 1]), 0, 5_000_000, "سند موقت"], api("09:15:00")],
  // 10: the current add-on's form, with a client-chosen Factor_Code (S1's shape): buys 3 g (+3 g, -165,000,000)
  ["DoNewSanadBuySaleGOLD", [1, 10, -1, 1, 1403, 12, 5, 3, 750, 0, "", 1, 55_000_000, 1, 0, 165_000_000, "اپ", "GA7f3c9e21b04d4e8a9c11d2e3f405", -1, -1, 0, "", ""], api("14:48:19")],
  // Typed in Tahesab: 9 brings 5 g of scrap (+4.933 g) and the shop buys it (-4.933 g, +270,000,000); 11 pays 20,000,000 in
  ["DoNewSanadVKHGOLD", [...HEAD(1, 9, 2401, [1403, 9, 15]), 5, 740, 0, "", 0, 0], shop("11:40:00")],
  ["DoNewSanadBuySaleGOLD", [...HEAD(1, 9, 2402, [1403, 9, 15]), 5, 740, 0, "", 0, 54_000_000, 1, 0, 270_000_000], shop("11:41:30")],
  ["DoNewSanadVKHVaghNaghd", [...HEAD(1, 11, 2501, [1403, 10, 2]), 0, 20_000_000, ""], shop("15:10:00")],
];

/** Records the seed's documents as an SQL Server database holds them (text unchanged). */
export function seedDocuments(state: TahesabState): void {
  const ctx = commandContext(state, { dbName: "TahesabDB", backEnd: "SQLServer", addOn: "current" });
  const schemas = schemasFor("current");
  for (const [command, raw, origin] of DOCUMENTS) recordDocument(ctx, validateArgs(command, schemas[command], raw), command, origin);
}
