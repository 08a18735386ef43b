import { Length } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { Vendor } from "../common/vendor.enum.js";

@ArgsType()
export class InvoiceArgs {
  @Field(() => Vendor, { description: "The vendor the invoice lives in (سامانه)." })
  vendor: Vendor;

  @Field({ description: "The vendor's own id for the invoice (شناسه فاکتور), as `Invoice.code` gives it." })
  @Length(1, 100)
  code: string;
}
