import { Field, Float, InputType } from "type-graphql";
import { Min, Max } from "class-validator";
import { RialScalar } from "../../src/core/scalars/rial.js";
import { SanadHeaderInput, all, nonNegative, text } from "./sanad-header.input.js";
import { ClaimKind, DiscountDirection, Direction } from "./sanad.enums.js";

@InputType({ description: "Cash received from or paid to a customer (سند ورود و خروج وجه نقد)." })
export class CashTransferInput extends SanadHeaderInput {
  @Field(() => Direction, { description: "IN: the shop receives money (دریافت); OUT: the shop pays (پرداخت)." })
  direction: Direction;

  @Field(() => RialScalar, { description: "Amount in rials (مبلغ / Mablagh), 0 or more." })
  @all(nonNegative())
  amount: string;

  @Field({ defaultValue: "", description: "Description (شرح / Sharh)." })
  @all(text(500))
  description: string;
}

@InputType({ description: "A discount between the shop and a customer (سند تخفیف)." })
export class DiscountInput extends SanadHeaderInput {
  @Field(() => DiscountDirection, { description: "Who gives the discount (تخفیف ما به مشتری یا مشتری به ما)." })
  discountDirection: DiscountDirection;

  @Field(() => RialScalar, { description: "Amount in rials (مبلغ / Mablagh), 0 or more." })
  @all(nonNegative())
  amount: string;

  @Field({ defaultValue: "", description: "Description (شرح / Sharh)." })
  @all(text(500))
  description: string;
}

@InputType({ description: "A receivable or payable with a customer (سند طلب و بدهی), in money and optionally gold." })
export class ReceivableOrPayableInput extends SanadHeaderInput {
  @Field(() => ClaimKind, { description: "PAYABLE (بدهی): the shop owes; RECEIVABLE (طلب): the customer owes." })
  claim: ClaimKind;

  @Field(() => RialScalar, { description: "Amount in rials (مبلغ / Mablagh), 0 or more." })
  @all(nonNegative())
  amount: string;

  @Field(() => Float, { defaultValue: 0, description: "Gold weight in grams (وزن / Vazn), 0 or more." })
  @Min(0)
  @Max(1_000_000)
  weightGrams: number;

  @Field({ defaultValue: "", description: "Description (شرح / Sharh)." })
  @all(text(500))
  description: string;

  @Field({ defaultValue: "", description: "What it is for (بابت / Baabat)." })
  @all(text(200))
  regarding: string;
}
