import { Field, Float, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../src/core/scalars/gregorian-date.js";
import { JalaliDateScalar } from "../../src/core/scalars/jalali-date.js";
import { RialScalar } from "../../src/core/scalars/rial.js";
import { Node } from "../common/node.interface.js";
import { SanadKind, SanadPosting } from "./sanad.enums.js";

@ObjectType({
  implements: Node,
  description:
    "A Tahesab accounting document (سند) as Tahesab lists it (DoListAsnad): what was recorded and the customer's balances after it. " +
    "Rows typed in Tahesab by hand have no Factor_Code.",
})
export class Sanad extends Node {
  @Field({ description: "Tahesab's row id (شناسه ردیف / ID)." })
  rowId: string;

  @Field(() => String, {
    nullable: true,
    description: "Tahesab's document code (کد فاکتور / Factor_Code), which `deleteSanad` takes; null for documents typed in Tahesab by hand.",
  })
  factorCode: string | null;

  @Field({ description: "The kind of document as Tahesab names it (نوع سند / NO), e.g. فروش طلا, ورود آبشده, طلب." })
  kindName: string;

  @Field(() => SanadKind, { nullable: true, description: "The business event recorded (نوع سند), read from `kindName`; null for a name hesabgraph does not know." })
  kind: SanadKind | null;

  @Field(() => String, { nullable: true, description: "The customer's account code (کد مشتری); known when one customer's documents were asked for." })
  customerCode: string | null;

  @Field(() => Int, { nullable: true, description: "The document number (شماره فاکتور / Sh_Factor)." })
  factorNumber: number | null;

  @Field(() => JalaliDateScalar, { nullable: true, description: "The Shamsi day the document was recorded (زمان ثبت / ZamanSabt)." })
  recordedOn: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the document was recorded (زمان ثبت / ZamanSabt), an ISO-8601 instant (Tehran time)." })
  recordedAt: string | null;

  @Field(() => Float, { nullable: true, description: "Weight in grams (وزن / Vazn), where the document has one." })
  weightGrams: number | null;

  @Field(() => Float, { nullable: true, description: "Purity in thousandths (عیار / Ayar), where the document has one." })
  ayar: number | null;

  @Field(() => Float, { nullable: true, description: "The weight in grams of 750 gold (وزن تبدیلی / TabdilVazn)." })
  weight750Grams: number | null;

  @Field(() => RialScalar, { nullable: true, description: "Unit price in rials (مظنه / Mazaneh), where the document has one." })
  unitPrice: string | null;

  @Field(() => RialScalar, { nullable: true, description: "The document's amount in rials (مبلغ / Mali); negative when the customer owes it." })
  amount: string | null;

  @Field(() => String, { nullable: true, description: "The assay lab's name (نام آزمایشگاه / Name_az), for melted gold." })
  labName: string | null;

  @Field(() => String, { nullable: true, description: "The assay's stamp number (شماره انگ / Sh_Sharti), for melted gold." })
  stampNumber: string | null;

  @Field(() => Boolean, { nullable: true, description: "True for melted, assayed gold (آبشده / IsAbshode)." })
  melted: boolean | null;

  @Field(() => Float, {
    nullable: true,
    description: "The customer's gold balance after this document (مانده وزنی / TahesabVazni), grams of 750 gold; positive: the shop owes the customer.",
  })
  goldBalanceAfter: number | null;

  @Field(() => RialScalar, {
    nullable: true,
    description: "The customer's money balance after this document (مانده مالی / TahesabMali), in rials; positive: the shop owes the customer.",
  })
  moneyBalanceAfter: string | null;

  @Field(() => String, { nullable: true, description: "Description (شرح / Sharh1)." })
  description: string | null;

  @Field(() => String, { nullable: true, description: "Who recorded it in Tahesab (کاربر / User); documents written through the API say APi." })
  user: string | null;
}

@ObjectType({ description: "What a document mutation answers: the recorded document's identity." })
export class SanadReceipt {
  @Field({ description: "Global id of the document, for `node(id:)`." })
  id: string;

  @Field({ description: "Tahesab's unique document code (کد فاکتور / Factor_Code); `deleteSanad` takes it." })
  factorCode: string;

  @Field(() => SanadKind, { description: "The business event recorded (نوع سند)." })
  kind: SanadKind;

  @Field({ description: "The customer's account code (کد مشتری / Moshtari_Code)." })
  customerCode: string;

  @Field(() => Int, { description: "The document number (شماره فاکتور / Factor_Number): the one given, or the one hesabgraph picked." })
  factorNumber: number;

  @Field(() => JalaliDateScalar, { description: "The document's Shamsi date (تاریخ سند)." })
  date: string;

  @Field(() => SanadPosting, { description: "Final (ثبت کل) or temporary (موقت)." })
  posting: SanadPosting;

  @Field({ description: "True when this answer came from the idempotency journal: an earlier request with the same key recorded it; nothing was sent now." })
  replayed: boolean;

  @Field({ description: "True when Tahesab's answer was lost and hesabgraph confirmed the write with DoNewSanadInquiry." })
  reconciled: boolean;
}

@ObjectType({ description: "What `deleteSanad` answers." })
export class DeleteSanadPayload {
  @Field({ description: "The deleted document's code (کد فاکتور / Factor_Code)." })
  factorCode: string;

  @Field({ description: "True when answered from the idempotency journal; nothing was sent now." })
  replayed: boolean;
}
