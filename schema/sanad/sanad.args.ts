import { IsOptional, Matches, Max, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, Int, type ClassType } from "type-graphql";
import type { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { JalaliDateScalar } from "../../src/core/scalars/jalali-date.js";
import { IdempotencyArgs } from "../common/idempotency.args.js";

/** `input` + `idempotencyKey` for one document mutation (type-graphql's generic-args pattern). */
export function RecordArgs<T extends object>(InputClass: ClassType<T>) {
  @ArgsType()
  class Args extends IdempotencyArgs {
    @Field(() => InputClass, { description: "The document (سند), field by field." })
    @ValidateNested()
    input: T;
  }
  return Args;
}

@ArgsType()
export class SanadsArgs {
  @Field(() => Int, { defaultValue: 50, description: "The newest N documents (آخرین N سند / Count_Last), 1 to 1000." })
  @Min(1)
  @Max(1000)
  last: number;

  @Field(() => String, { nullable: true, description: "Only this customer's documents (کد مشتری / Moshtari_Code)." })
  @IsOptional()
  @Matches(/^\s*[0-9۰-۹٠-٩]{1,9}\s*$/, { message: "must be a customer code of 1 to 9 digits" })
  customerCode?: string | null;

  @Field(() => JalaliDateScalar, { nullable: true, description: "From this Shamsi day (از تاریخ), inclusive." })
  from?: JalaliDay | null;

  @Field(() => JalaliDateScalar, { nullable: true, description: "To this Shamsi day (تا تاریخ), inclusive." })
  to?: JalaliDay | null;
}

@ArgsType()
export class SanadArgs {
  @Field({ description: "The customer's account code (کد مشتری / Moshtari_Code)." })
  @Matches(/^\s*[0-9۰-۹٠-٩]{1,9}\s*$/, { message: "must be a customer code of 1 to 9 digits" })
  customerCode: string;

  @Field(() => Int, { description: "The document number (شماره فاکتور / Factor_Number)." })
  @Min(1)
  factorNumber: number;

  @Field(() => JalaliDateScalar, { description: "The document's Shamsi date (تاریخ سند)." })
  date: JalaliDay;
}

@ArgsType()
export class DeleteSanadArgs extends IdempotencyArgs {
  @Field({ description: "Tahesab's document code (کد فاکتور / Factor_Code), as a document mutation or `sanads` gives it: letters and digits." })
  @Matches(/^\s*[A-Za-z0-9]{1,40}\s*$/, { message: "must be a document code of 1 to 40 letters and digits" })
  factorCode: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The document's customer (کد مشتری), if known: if Tahesab's answer is lost, hesabgraph checks whether the document is gone " +
      "by listing this customer's documents instead of every customer's.",
  })
  @IsOptional()
  @Matches(/^\s*[0-9۰-۹٠-٩]{1,9}\s*$/, { message: "must be a customer code of 1 to 9 digits" })
  customerCode?: string | null;
}
