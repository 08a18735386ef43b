// Every command's argument schema, per add-on. The older add-on knows the
// seed's commands in the seed's forms only; the current one adds the forms and
// commands real clients send (VENDORS.md, "Tahesab as real clients see it").
import type { Args, CommandSchema, ParamSpec } from "./args.js";
import { isDocumentKindName } from "./document-kinds.js";
import { fail, msg, reason } from "./messages.js";
import {
  code, codeMeli, date, dateOrEmpty, digits, flag, hex, integer, integerOrMinusOne, nonEmpty, num, oneOf, str, between,
} from "./params.js";
import { checkDocumentDate, documentSchemas } from "./schemas-documents.js";
import type { TahesabAddOn } from "./types.js";

function rangeRefine(fromName: string, toName: string) {
  return (args: Args, command: string) => {
    if (!args.has(fromName)) return;
    const from = args.values[args.position(fromName) - 1];
    const to = args.values[args.position(toName) - 1];
    if (from !== "" && to !== "" && from > to) fail(msg.badValue(command, args.position(toName), toName, reason.fromAfterTo(String(from), String(to))));
  };
}

/** DoListAsnad's FilterNoSanad: "" (every kind) or one document kind's Persian name. A guess: S1 only sends "". */
function checkFilterNo(args: Args, command: string): void {
  if (!args.has("FilterNoSanad")) return;
  const filter = args.str("FilterNoSanad");
  if (filter !== "" && !isDocumentKindName(filter)) fail(msg.badValue(command, args.position("FilterNoSanad"), "FilterNoSanad", reason.noSuchKind()));
}

const CUSTOMER_4: ParamSpec[] = [str("Name", nonEmpty), str("GroupName"), str("Tel"), str("Address")];
/**
 * S1 (radiarkazemi/gold_abshd create_moshtari): [Name, GroupName, Tel (digits),
 * Address, CodeMeli (digits), BirthDate (""), Moaref (""), CodeMoaref (-1),
 * Moshtari_Code (-1 or the code wanted), Jens_Felez (0)].
 */
const CUSTOMER_10: ParamSpec[] = [
  ...CUSTOMER_4,
  codeMeli("CodeMeli"),
  str("BirthDate", dateOrEmpty), // no source shows a non-empty one: the API's own date form
  str("Moaref"),
  num("CodeMoaref", integerOrMinusOne),
  num("Moshtari_Code", integerOrMinusOne),
  num("Jens_Felez", oneOf(0)),
];

const ASNAD_4: ParamSpec[] = [
  num("Count_Last", integerOrMinusOne), // S1: -1 = every document
  num("Moshtari_Code", integer(0)),
  str("AzTarikhShamsi", dateOrEmpty),
  str("TaTarikhShamsi", dateOrEmpty),
];
/** S1 (request_asnad_refresh): [-1, code, "1400-01-01", far future, "", 0]. */
const ASNAD_6: ParamSpec[] = [...ASNAD_4, str("FilterNoSanad"), num("Mande_Jens_Felez", oneOf(0))];

const ETIKET_RANGE: ParamSpec[] = [num("From_Code", integer(0)), num("To_Code", integer(0))];

function seedSchemas(addOn: TahesabAddOn): Record<string, CommandSchema> {
  const current = addOn === "current";
  return {
    // RFID
    epcList: { list: str("EPC", hex) },
    GetInfo: { list: str("EPC", hex) },
    GetInfoWithImage: { list: str("EPC", hex) },

    // accounts and customers
    getmandehesabbycode: { list: str("Moshtari_Code", digits) },
    GetMandeHesabByTarikh: { params: [str("Moshtari_Code", digits), str("Tarikh", date)] },
    DoNewMoshtari: { variants: current ? [CUSTOMER_4, CUSTOMER_10] : [CUSTOMER_4] },
    DoListMoshtari: {
      variants: [
        [num("Tel", (v) => (Number.isInteger(v) && v > 0 ? null : reason.telForm()))],
        [num("From_Code", integer(0)), num("To_Code", integer(0))],
      ],
      refine: rangeRefine("From_Code", "To_Code"),
    },

    // etiket queries
    getetiketinfobycode: { list: str("Code", digits) },
    getetiketinfobycodewithimage: { list: str("Code", digits) },
    // S2 and S3 call it with [From_Code, To_Code] (no photos).
    DoListEtiket: {
      variants: current ? [ETIKET_RANGE, [...ETIKET_RANGE, flag("WithPhoto_1_0")]] : [[...ETIKET_RANGE, flag("WithPhoto_1_0")]],
      refine: rangeRefine("From_Code", "To_Code"),
    },
    DoListGetUpdatedEtiket: { params: [str("AzTarikh", date), str("TaTarikh", date)], refine: rangeRefine("AzTarikh", "TaTarikh") },
    DoList_EtiketByCodeKar: { params: [str("Code_Kar", nonEmpty)] },

    // documents
    ...documentSchemas(addOn),
    DoListAsnad: {
      variants: current ? [ASNAD_4, ASNAD_6] : [ASNAD_4],
      refine: (args, command) => {
        rangeRefine("AzTarikhShamsi", "TaTarikhShamsi")(args, command);
        checkFilterNo(args, command);
      },
    },
    DoNewSanadInquiry: {
      params: [code("Moshtari_Code"), code("Factor_Number"), num("Shamsi_Year", between(1300, 1499, true)),
        num("Shamsi_Month", between(1, 12, true)), num("Shamsi_Day", between(1, 31, true))],
      refine: checkDocumentDate,
    },
    // The add-on's own codes are digits; client-chosen ones letters and digits.
    DoDeleteSanad: { params: [str("Factor_Code", (v) => (/^[A-Za-z0-9]+$/.test(v) ? null : reason.alphanumeric()))] },
  };
}

/** Commands only the current add-on has, all without arguments. */
const CURRENT_ONLY: Record<string, CommandSchema> = {
  CheckHealth: { params: [] },
  GetEtiketTableInfo: { params: [] },
  DoListGorooh: { params: [] },
  DoListNameSekeh: { params: [] },
};

const TABLES: Record<TahesabAddOn, Record<string, CommandSchema>> = {
  current: { ...seedSchemas("current"), ...CURRENT_ONLY },
  older: seedSchemas("older"),
};

export function schemasFor(addOn: TahesabAddOn): Record<string, CommandSchema> {
  return TABLES[addOn];
}
