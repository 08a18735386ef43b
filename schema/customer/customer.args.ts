import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../common/page.args.js";
import { ValidateNested } from "class-validator";
import { JalaliDateScalar, type JalaliDay } from "../../src/core/scalars/jalali-date.js";
import { IdempotencyArgs } from "../common/idempotency.args.js";
import { Length } from "class-validator";
import { Vendor } from "../common/vendor.enum.js";
import { CreateCustomerInput, UpdateCustomerInput } from "./create-customer.input.js";

@ArgsType()
export class TahesabCustomersArgs extends PageArgs {
  @Field({ description: "Lowest account code of the range (از کد حساب / From_Code), inclusive." })
  fromCode: string;

  @Field({ description: "Highest account code of the range (تا کد حساب / To_Code), inclusive; not below `fromCode`." })
  toCode: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Only customers whose name contains this text (جستجو در نام). Arabic and Persian ي/ی and ك/ک, Persian and ASCII digits, " +
      "zero-width non-joiners and repeated spaces all compare equal. The page still fills to `first`.",
  })
  nameContains?: string | null;
}

@ArgsType()
export class CustomersByPhoneArgs {
  @Field({
    description:
      "A mobile number (شماره موبایل) in any usual form: 09121234567, 9121234567, +989121234567, 00989121234567, " +
      "with spaces or dashes, in Persian or Arabic digits.",
  })
  phone: string;
}

@ArgsType()
export class BalanceAtArgs {
  @Field(() => JalaliDateScalar, { description: "The Shamsi day (تاریخ) whose closing balance is wanted, e.g. 1403-08-06." })
  date: JalaliDay;
}

@ArgsType()
export class CreateCustomerArgs extends IdempotencyArgs {
  @Field(() => CreateCustomerInput, { description: "The new customer (مشتری جدید), field by field." })
  @ValidateNested()
  input: CreateCustomerInput;
}

@ArgsType()
export class UpdateCustomerArgs extends IdempotencyArgs {
  @Field(() => UpdateCustomerInput, { description: "The customer and the fields to change (ویرایش مشتری)." })
  @ValidateNested()
  input: UpdateCustomerInput;
}

@ArgsType()
export class CustomerArgs {
  @Field(() => Vendor, { description: "The vendor the customer lives in (سامانه)." })
  vendor: Vendor;

  @Field({ description: "The customer's code in its vendor (کد), as `Customer.code` gives it." })
  @Length(1, 100)
  code: string;
}

@ArgsType()
export class DeleteCustomerArgs extends IdempotencyArgs {
  @Field(() => Vendor, { description: "The vendor the customer lives in (سامانه)." })
  vendor: Vendor;

  @Field({ description: "The customer's code in its vendor (کد), as `Customer.code` gives it." })
  @Length(1, 100)
  code: string;
}
