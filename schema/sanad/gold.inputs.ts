import { ValidateNested } from "class-validator";
import { Field, Float, InputType, Int } from "type-graphql";
import { RialScalar } from "../../src/core/scalars/rial.js";
import { AssayInput, SanadHeaderInput, all, ayar, nonNegative, text, weight } from "./sanad-header.input.js";
import { Direction, GoldKind, PriceUnit, TradeSide } from "./sanad.enums.js";

@InputType({ description: "Raw gold received from or given to a customer (سند ورود و خروج آبشده و متفرقه)." })
export class GoldTransferInput extends SanadHeaderInput {
  @Field(() => Direction, { description: "IN (ورود): the shop receives the gold; OUT (خروج): the shop gives it." })
  direction: Direction;

  @Field(() => Float, { description: "Weight in grams (وزن / Vazn), above 0." })
  @all(weight())
  weightGrams: number;

  @Field(() => Int, { description: "Purity in thousandths (عیار / Ayar), 0 to 1000; 750 is 18 carat." })
  @all(ayar())
  ayar: number;

  @Field(() => GoldKind, { description: "Miscellaneous (متفرقه) or melted and assayed (آبشده)." })
  goldKind: GoldKind;

  @Field(() => AssayInput, { nullable: true, description: "The lab assay (انگ و آزمایشگاه / Ang_Number, Name_az); required when goldKind is MELTED." })
  @ValidateNested()
  assay?: AssayInput | null;

  @Field(() => String, {
    nullable: true,
    description: "Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here.",
  })
  @all(text(500))
  description?: string | null;
}

@InputType({ description: "Raw gold bought from or sold to a customer (سند خرید و فروش آبشده و متفرقه)." })
export class GoldTradeInput extends SanadHeaderInput {
  @Field(() => TradeSide, { description: "BUY (خرید): the shop buys; SELL (فروش): the shop sells." })
  side: TradeSide;

  @Field(() => Float, { description: "Weight in grams (وزن / Vazn), above 0." })
  @all(weight())
  weightGrams: number;

  @Field(() => Int, { description: "Purity in thousandths (عیار / Ayar), 0 to 1000." })
  @all(ayar())
  ayar: number;

  @Field(() => GoldKind, { description: "Miscellaneous (متفرقه) or melted and assayed (آبشده)." })
  goldKind: GoldKind;

  @Field(() => AssayInput, { nullable: true, description: "The lab assay (انگ و آزمایشگاه / Ang_Number, Name_az); required when goldKind is MELTED." })
  @ValidateNested()
  assay?: AssayInput | null;

  @Field(() => RialScalar, { description: "Unit price in rials (مظنه / Mazaneh), per `priceUnit`." })
  @all(nonNegative())
  unitPrice: string;

  @Field(() => PriceUnit, { description: "Whether unitPrice (مظنه / Mazaneh) is per mesghal (مثقال) or per gram (گرم)." })
  priceUnit: PriceUnit;

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
