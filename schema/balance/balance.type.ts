import { Field, Float, ObjectType } from "type-graphql";
import { JalaliDateScalar } from "../../src/core/scalars/jalali-date.js";
import { DecimalScalar, RialScalar } from "../../src/core/scalars/rial.js";

const SIGN =
  "Positive: the shop owes the customer (the customer is بستانکار, creditor); " +
  "negative: the customer owes the shop (بدهکار, debtor).";

@ObjectType({ description: "One line of a balance's breakdown (تفکیک ته حساب): money, gold, each kind of coin." })
export class BalanceLine {
  @Field({ description: "What the line counts, as Tahesab names it (عنوان / Name), e.g. مانده مالی, مانده طلا, سکه امامی." })
  title: string;

  @Field(() => DecimalScalar, { nullable: true, description: `How much (مقدار / Value), exact, in the line's own unit (rials, grams of 750 gold, pieces). ${SIGN}` })
  amount: string | null;
}

@ObjectType({
  description:
    "A Tahesab customer's balance (مانده حساب): gold and money owed either way, with the breakdown by asset. " +
    `Sign convention for every amount: ${SIGN}`,
})
export class Balance {
  @Field({ description: "The customer's code in Tahesab (کد حساب), as Tahesab answers it." })
  customerCode: string;

  @Field(() => Float, {
    description: `Gold balance (مانده وزنی / MandeyeVazni) in grams of 750-equivalent gold (18 carat; weight × ayar ÷ 750). ${SIGN}`,
  })
  goldGrams: number;

  @Field(() => RialScalar, { description: `Money balance (مانده مالی / MandeyeMali) in rials. ${SIGN}` })
  money: string;

  @Field(() => RialScalar, {
    nullable: true,
    description: `Money and gold together, valued in rials by Tahesab (مانده کل به پول / MandeyeKolBePool); newer add-ons only, null otherwise. ${SIGN}`,
  })
  totalInMoney: string | null;

  @Field(() => [BalanceLine], { description: "The breakdown (تفکیک ته حساب) line by line, as Tahesab gives it." })
  details: BalanceLine[];

  @Field(() => JalaliDateScalar, {
    nullable: true,
    description: "The Shamsi day this balance is at (مانده در تاریخ), from `balanceAt`; null for the latest balance.",
  })
  asOf: string | null;
}
