import { Field, Float, Int, ObjectType } from "type-graphql";
import { JalaliDateScalar } from "../../src/core/scalars/jalali-date.js";
import { RialScalar } from "../../src/core/scalars/rial.js";
import { Node } from "../common/node.interface.js";
import { SanadKind, SanadPosting } from "./sanad.enums.js";

@ObjectType({ implements: Node, description: "A Tahesab accounting document (سند), as Tahesab lists it." })
export class Sanad extends Node {
  @Field({ description: "Tahesab's unique document code (کد فاکتور / Factor_Code); `deleteSanad` takes it." })
  factorCode: string;

  @Field(() => SanadKind, { nullable: true, description: "The business event recorded (نوع سند); null for kinds hesabgraph does not know." })
  kind: SanadKind | null;

  @Field(() => String, { nullable: true, description: "Tahesab's own name for the kind (نوع / Noe), e.g. VKHGOLD." })
  vendorKind: string | null;

  @Field(() => String, { nullable: true, description: "The customer's account code (کد مشتری / Moshtari_Code)." })
  customerCode: string | null;

  @Field(() => Int, { nullable: true, description: "The document number (شماره فاکتور / Factor_Number)." })
  factorNumber: number | null;

  @Field(() => JalaliDateScalar, { nullable: true, description: "The document's Shamsi date (تاریخ)." })
  date: string | null;

  @Field(() => SanadPosting, { nullable: true, description: "Final (ثبت کل) or temporary (موقت)." })
  posting: SanadPosting | null;

  @Field(() => Float, { nullable: true, description: "Weight in grams (وزن), where the document has one." })
  weightGrams: number | null;

  @Field(() => Int, { nullable: true, description: "Purity in thousandths (عیار), where the document has one." })
  ayar: number | null;

  @Field(() => RialScalar, { nullable: true, description: "The document's amount in rials (مبلغ)." })
  amount: string | null;

  @Field(() => String, { nullable: true, description: "Description (شرح)." })
  description: string | null;
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
