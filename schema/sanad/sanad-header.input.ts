import { IsInt, IsPositive, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { Field, Float, InputType, Int } from "type-graphql";
import type { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { JalaliDateScalar } from "../../src/core/scalars/jalali-date.js";
import { RialScalar } from "../../src/core/scalars/rial.js";
import { NoControlCharacters, SingleLine } from "../../src/core/validation/text.js";
import { SanadPosting, WageBasis } from "./sanad.enums.js";

const NOT_BLANK = /\S/;

/** Fields every document starts with. Not a schema type of its own: each input inherits them. */
@InputType({ description: "Common document fields." })
export abstract class SanadHeaderInput {
  @Field({ description: "The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only." })
  @Matches(/^\s*[0-9۰-۹٠-٩]{1,9}\s*$/, { message: "must be a customer code of 1 to 9 digits" })
  customerCode: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). " +
      "Customer, number and date identify the document when hesabgraph checks whether a write landed.",
  })
  @Min(1)
  factorNumber?: number | null;

  @Field(() => JalaliDateScalar, { description: "The document's Shamsi date (تاریخ سند), e.g. 1403-08-06." })
  date: JalaliDay;

  @Field(() => SanadPosting, { defaultValue: SanadPosting.FINAL, description: "Final (ثبت کل) or temporary (موقت) posting." })
  posting: SanadPosting;
}

@InputType({ description: "The lab assay of melted gold (آبشده)." })
export class AssayInput {
  @Field(() => Int, { description: "The lab's stamp number (شماره انگ / Ang_Number)." })
  @Min(1)
  stampNumber: number;

  @Field({ description: "The assay lab's name (نام آزمایشگاه / Name_az)." })
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  @SingleLine()
  labName: string;
}

/** Weight, purity and count decorators shared by the inputs that carry them. */
export const weight = () => [IsPositive(), Max(1_000_000)];
export const ayar = () => [IsInt(), Min(0), Max(1000)];
/** Rial amounts arrive as canonical strings (src/core/scalars/rial.ts): 0 or more. */
export const nonNegative = () => [Matches(/^\d+$/, { message: "must be 0 or more" })];
export const percent = () => [Min(0), Max(100)];
export const text = (max: number) => [MaxLength(max), NoControlCharacters()];
export const name = () => [Length(1, 100), Matches(NOT_BLANK, { message: "must not be blank" }), SingleLine()];

/** Apply several property decorators at once. */
export function all(...decorators: PropertyDecorator[][]): PropertyDecorator {
  return (target, key) => decorators.flat().forEach((d) => d(target, key));
}

/** Price, tax and wage fields of made-goods and etiket documents. */
@InputType({ description: "Pricing fields of made-goods and etiket documents." })
export abstract class GoodsPricingInput extends SanadHeaderInput {
  @Field(() => RialScalar, { description: "Total amount in rials (مبلغ کل / MablaghKol)." })
  @all(nonNegative())
  totalAmount: string;

  @Field(() => WageBasis, { defaultValue: WageBasis.TOTAL, description: "Whether `wage` is one total or per gram (اجرت تعدادی یا گرمی / OjratTedadiOrGerami)." })
  wageBasis: WageBasis;

  @Field(() => RialScalar, { defaultValue: "0", description: "Making charge in rials (اجرت / Ojrat)." })
  @all(nonNegative())
  wage: string;

  @Field(() => Float, { description: "Tax percent (درصد مالیات / Darsad_Maliat), 0 to 100; the seed's example is 9." })
  @all(percent())
  taxPercent: number;

  @Field(() => RialScalar, { description: "The computed tax amount in rials (مقدار مالیات / MeghdarMaliat)." })
  @all(nonNegative())
  taxAmount: string;

  @Field(() => Float, { defaultValue: 0, description: "Gold percent (درصد طلایی / Darsad_Talayee), 0 to 100." })
  @all(percent())
  goldPercent: number;

  @Field({ defaultValue: false, description: "True when the item is returned (مرجوعی / IsMarjoo)." })
  returned: boolean;

  @Field(() => RialScalar, { defaultValue: "0", description: "Stone price in rials (پول سنگ / PoolSang)." })
  @all(nonNegative())
  stonePrice: string;

  @Field({ defaultValue: "", description: "The item's picture file name in Tahesab (نام فایل تصویر / PictureFileName), e.g. a1.jpg." })
  @Matches(/^[^\\/:*?"<>|\u0000-\u001F\u007F]{0,100}$/, { message: "must be a plain file name such as a1.jpg" })
  pictureFileName: string;

  @Field(() => String, {
    nullable: true,
    description: "Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here.",
  })
  @all(text(500))
  description?: string | null;
}
