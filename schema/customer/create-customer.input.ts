import { Length, Matches, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { NoControlCharacters, SingleLine } from "../../src/core/validation/text.js";
import { Vendor } from "../common/vendor.enum.js";

const NOT_BLANK = /\S/;

/**
 * One input for every vendor's customers, like `Customer` itself; each field
 * says which vendors take it. Tahesab keeps a single phone number (Tel), so
 * it takes `mobile` or `phone`, not both (checked in the resolver).
 */
@InputType({ description: "A new customer or account (مشتری / حساب جدید)." })
export class CreateCustomerInput {
  @Field(() => Vendor, { description: "The vendor to create the customer in (سامانه). TAHESAB for now." })
  vendor: Vendor;

  @Field({ description: "Name (نام), 1 to 100 characters. All vendors." })
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  @SingleLine()
  name: string;

  @Field(() => String, {
    nullable: true,
    description: "Customer group (گروه / GroupName), e.g. مشتری عادی or همکار; up to 50 characters. Tahesab; empty when left out.",
  })
  @MaxLength(50)
  @SingleLine()
  group?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Mobile number (موبایل) in any usual form (09121234567, +989121234567, Persian digits); stored as 09121234567, " +
      "so `tahesabCustomersByPhone` finds the customer. Tahesab stores it as the customer's Tel.",
  })
  @MaxLength(30)
  mobile?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Landline phone number (تلفن / Tel): 4 to 15 digits, with optional +, spaces, dashes or parentheses. Tahesab.",
  })
  @MaxLength(30)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "Postal address (آدرس / Address), up to 300 characters. Tahesab." })
  @MaxLength(300)
  @NoControlCharacters()
  address?: string | null;
}
