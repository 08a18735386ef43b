import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../common/page.args.js";
import { JalaliDateScalar, type JalaliDay } from "../../src/core/scalars/jalali-date.js";

@ArgsType()
export class EtiketArgs {
  @Field({ description: "The etiket's code (شناسه کار), digits only; Persian digits are accepted." })
  code: string;
}

@ArgsType()
export class EtiketsByCodesArgs {
  @Field(() => [String], {
    description: "Etiket codes (شناسه کار), digits only (Persian digits accepted), at least one and at most the server's limit (1000 by default).",
  })
  codes: string[];
}

@ArgsType()
export class EtiketRangeArgs extends PageArgs {
  @Field({ description: "Lowest code of the range (از شناسه کار), inclusive." })
  fromCode: string;

  @Field({ description: "Highest code of the range (تا شناسه کار), inclusive; not below `fromCode`." })
  toCode: string;
}

@ArgsType()
export class UpdatedEtiketsArgs {
  @Field(() => JalaliDateScalar, { description: "First Shamsi day of the period (از تاریخ / AzTarikh), included." })
  from: JalaliDay;

  @Field(() => JalaliDateScalar, { description: "Last Shamsi day of the period (تا تاریخ / TaTarikh), included; not before `from`." })
  to: JalaliDay;
}

@ArgsType()
export class EtiketsByMadeGoodsCodeArgs {
  @Field({ description: "The made-goods code (کد کار / Code_Kar), e.g. `12`; Persian digits are accepted." })
  madeGoodsCode: string;
}
