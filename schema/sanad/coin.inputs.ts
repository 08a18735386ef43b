import { IsInt, Max, Min } from "class-validator";
import { Field, Float, InputType, Int } from "type-graphql";
import { RialScalar } from "../../src/core/scalars/rial.js";
import { SanadHeaderInput, all, ayar, name, nonNegative, text } from "./sanad-header.input.js";
import { Direction, TradeSide } from "./sanad.enums.js";

@InputType({ description: "Coins received from or given to a customer (سند ورود و خروج سکه)." })
export class CoinTransferInput extends SanadHeaderInput {
  @Field(() => Direction, { description: "IN (ورود): the shop receives the coins; OUT (خروج): the shop gives them." })
  direction: Direction;

  @Field({ description: "The coin's name (نام سکه / Name_Sekeh), e.g. امامی, بهار آزادی, نیم, ربع." })
  @all(name())
  coinName: string;

  @Field(() => Int, { description: "How many coins (تعداد / Count), at least 1." })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  count: number;

  @Field(() => Float, { description: "Total weight in grams (وزن / Vazn), 0 or more." })
  @Min(0)
  @Max(1_000_000)
  weightGrams: number;

  @Field(() => Int, { description: "Purity in thousandths (عیار / Ayar), 0 to 1000; 900 for Bahar Azadi coins." })
  @all(ayar())
  ayar: number;

  @Field(() => String, {
    nullable: true,
    description: "Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here.",
  })
  @all(text(500))
  description?: string | null;
}

@InputType({ description: "Coins bought from or sold to a customer (سند خرید و فروش سکه)." })
export class CoinTradeInput extends SanadHeaderInput {
  @Field(() => TradeSide, { description: "BUY (خرید): the shop buys; SELL (فروش): the shop sells." })
  side: TradeSide;

  @Field({ description: "The coin's name (نام سکه / Name_Sekeh)." })
  @all(name())
  coinName: string;

  @Field(() => Int, { description: "How many coins (تعداد / Count), at least 1." })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  count: number;

  @Field(() => Float, { description: "Total weight in grams (وزن / Vazn), 0 or more." })
  @Min(0)
  @Max(1_000_000)
  weightGrams: number;

  @Field(() => Int, { description: "Purity in thousandths (عیار / Ayar), 0 to 1000." })
  @all(ayar())
  ayar: number;

  @Field(() => RialScalar, { description: "Unit price in rials per coin (مظنه / Mazaneh)." })
  @all(nonNegative())
  unitPrice: string;

  @Field(() => RialScalar, { description: "Total amount in rials (مبلغ کل / MablaghKol)." })
  @all(nonNegative())
  totalAmount: string;

  @Field(() => String, {
    nullable: true,
    description: "Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here.",
  })
  @all(text(500))
  description?: string | null;
}
