import { Field, Int, ObjectType } from "type-graphql";
import { Etiket } from "../etiket/etiket.type.js";

@ObjectType({ description: "An RFID tag (تگ RFID) fixed to an etiket, as Tahesab knows it." })
export class RfidTag {
  @Field({ description: "The tag's EPC (شناسه تگ; Electronic Product Code), upper-case hex, e.g. E28011600000000C." })
  epc: string;

  @Field(() => Etiket, {
    nullable: true,
    description: "The tagged piece (اتیکت), with the fields Tahesab's GetInfo gives; null if Tahesab names no etiket for the tag.",
  })
  etiket: Etiket | null;
}

@ObjectType({ description: "What Tahesab made of one RFID read (ارسال لیست تگ های خوانده شده, epcList), e.g. a stock count." })
export class RfidReadResult {
  @Field(() => Int, { description: "Distinct tags in the read (تعداد تگ ها; a tag seen several times counts once)." })
  count: number;

  @Field(() => Int, { description: "Tags found on an etiket of the shop (تگ های شناخته شده)." })
  matched: number;

  @Field(() => [String], { description: "EPCs that no etiket carries (تگ های ناشناخته, unknown tags), as Tahesab lists them." })
  unmatched: string[];
}
