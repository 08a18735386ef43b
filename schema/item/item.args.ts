import { Length } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { Vendor } from "../common/vendor.enum.js";

@ArgsType()
export class ItemArgs {
  @Field(() => Vendor, { description: "The vendor the item lives in (سامانه)." })
  vendor: Vendor;

  @Field({ description: "The item's code in its vendor (کد کالا), as `Item.code` gives it; Hesabfa's padded or not." })
  @Length(1, 100)
  code: string;
}
