import { IsInt, Matches, Max, Min } from "class-validator";
import { Field, Float, InputType, Int } from "type-graphql";
import { RialScalar } from "../../src/core/scalars/rial.js";
import { GoodsPricingInput, all, ayar, name, nonNegative, percent, weight } from "./sanad-header.input.js";
import { Direction, PriceUnit, TradeSide } from "./sanad.enums.js";

@InputType({ description: "Made goods (کارساخته) bought from or sold to a customer (سند خرید و فروش کارساخته)." })
export class MadeGoodsTradeInput extends GoodsPricingInput {
  @Field(() => TradeSide, { description: "BUY (خرید): the shop buys; SELL (فروش): the shop sells." })
  side: TradeSide;

  @Field({ description: "Name of the goods (نام کار / Name_Kar)." })
  @all(name())
  name: string;

  @Field(() => Float, { description: "Weight in grams (وزن / Vazn), above 0." })
  @all(weight())
  weightGrams: number;

  @Field(() => Int, { description: "Purity in thousandths (عیار / Ayar), 0 to 1000." })
  @all(ayar())
  ayar: number;

  @Field(() => Int, { defaultValue: 1, description: "How many pieces (تعداد / Count), at least 1." })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  count: number;

  @Field(() => RialScalar, { description: "Unit price in rials (مظنه / Mazaneh), per `priceUnit`." })
  @all(nonNegative())
  unitPrice: string;

  @Field(() => PriceUnit, { description: "Whether unitPrice (مظنه / Mazaneh) is per mesghal (مثقال) or per gram (گرم)." })
  priceUnit: PriceUnit;

  @Field(() => Float, { defaultValue: 0, description: "Profit percent (درصد سود / Darsad_Sood), 0 to 100; 7 means 7%." })
  @all(percent())
  profitPercent: number;
}

@InputType({ description: "Made goods (کارساخته) received from or given to a customer (سند ورود و خروج کارساخته)." })
export class MadeGoodsTransferInput extends GoodsPricingInput {
  @Field(() => Direction, { description: "IN (ورود): the shop receives the goods; OUT (خروج): the shop gives them." })
  direction: Direction;

  @Field({ description: "Name of the goods (نام کار / Name_Kar)." })
  @all(name())
  name: string;

  @Field(() => Float, { description: "Weight in grams (وزن / Vazn), above 0." })
  @all(weight())
  weightGrams: number;

  @Field(() => Int, { description: "Purity in thousandths (عیار / Ayar), 0 to 1000." })
  @all(ayar())
  ayar: number;

  @Field(() => Int, { defaultValue: 1, description: "How many pieces (تعداد / Count), at least 1." })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  count: number;
}

const ETIKET_CODE = /^\s*[0-9۰-۹٠-٩]{1,15}\s*$/;

@InputType({ description: "A tagged piece (اتیکت) bought from or sold to a customer (سند خرید و فروش اتیکت)." })
export class EtiketTradeInput extends GoodsPricingInput {
  @Field({ description: "The etiket's code (شناسه / Shenase); it must exist in Tahesab." })
  @Matches(ETIKET_CODE, { message: "must be an etiket code of 1 to 15 digits" })
  etiketCode: string;

  @Field(() => TradeSide, { description: "BUY (خرید): the shop buys the piece; SELL (فروش): the shop sells it." })
  side: TradeSide;

  @Field(() => RialScalar, { description: "Unit price in rials (مظنه / Mazaneh), per `priceUnit`." })
  @all(nonNegative())
  unitPrice: string;

  @Field(() => PriceUnit, { description: "Whether unitPrice (مظنه / Mazaneh) is per mesghal (مثقال) or per gram (گرم)." })
  priceUnit: PriceUnit;

  @Field(() => Float, { defaultValue: 0, description: "Profit percent (درصد سود / Darsad_Sood), 0 to 100." })
  @all(percent())
  profitPercent: number;
}

@InputType({ description: "A tagged piece (اتیکت) received from or given to a customer (سند ورود و خروج اتیکت)." })
export class EtiketTransferInput extends GoodsPricingInput {
  @Field({ description: "The etiket's code (شناسه / Shenase); it must exist in Tahesab." })
  @Matches(ETIKET_CODE, { message: "must be an etiket code of 1 to 15 digits" })
  etiketCode: string;

  @Field(() => Direction, { description: "IN (ورود): the piece comes into the shop; OUT (خروج): it leaves." })
  direction: Direction;
}
