import { Length, Matches, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import type { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { JalaliDateScalar } from "../../src/core/scalars/jalali-date.js";
import { NoControlCharacters, SingleLine } from "../../src/core/validation/text.js";
import { Vendor } from "../common/vendor.enum.js";
import { CustomerKind } from "./customer.enums.js";

const NOT_BLANK = /\S/;
const line = (max: number) => (target: object, key: string | symbol) => {
  MaxLength(max)(target, key);
  SingleLine()(target, key);
};

/**
 * The fields of a customer a client may write, one input for every vendor
 * like `Customer` itself. Each field says which vendors keep it; a field the
 * chosen vendor does not keep is refused (BAD_USER_INPUT naming it), never
 * silently dropped.
 */
@InputType({ description: "Fields of a customer (مشتری)." })
export abstract class CustomerFieldsInput {
  @Field(() => String, { nullable: true, description: "First name (نام) of a person, up to 100 characters. Hesabfa." })
  @line(100)
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: "Last name (نام خانوادگی) of a person, up to 100 characters. Hesabfa." })
  @line(100)
  lastName?: string | null;

  @Field(() => CustomerKind, { nullable: true, description: "Person or company (نوع شخص). Hesabfa; a person when left out." })
  kind?: CustomerKind | null;

  @Field(() => String, { nullable: true, description: "Company name (نام شرکت), up to 100 characters. Hesabfa, Hesabit." })
  @line(100)
  company?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Customer group (گروه), e.g. مشتری عادی or همکار; up to 50 characters. Tahesab; empty when left out.",
  })
  @line(50)
  group?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Mobile number (موبایل) in any usual form (09121234567, +989121234567, Persian digits); stored as 09121234567. " +
      "Tahesab (stored as the customer's Tel, so `tahesabCustomersByPhone` finds it), Hesabfa, Hesabit.",
  })
  @MaxLength(30)
  mobile?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Landline phone number (تلفن / Tel): 4 to 15 digits, with optional +, spaces, dashes or parentheses. Tahesab, Hesabfa, Hesabit.",
  })
  @MaxLength(30)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "Fax number (فکس), digits as for `phone`. Hesabfa, Hesabit." })
  @MaxLength(30)
  fax?: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address (ایمیل). Hesabfa, Hesabit." })
  @line(200)
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Web site (وب سایت). Hesabfa." })
  @line(200)
  website?: string | null;

  @Field(() => String, { nullable: true, description: "Postal address (آدرس), up to 300 characters. Tahesab, Hesabfa, Hesabit." })
  @MaxLength(300)
  @NoControlCharacters()
  address?: string | null;

  @Field(() => String, { nullable: true, description: "City (شهر). Hesabfa." })
  @line(100)
  city?: string | null;

  @Field(() => String, { nullable: true, description: "Province or state (استان). Hesabfa." })
  @line(100)
  state?: string | null;

  @Field(() => String, { nullable: true, description: "Country (کشور). Hesabfa." })
  @line(100)
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Postal code (کد پستی), ten digits. Hesabfa, Hesabit." })
  @MaxLength(20)
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: "National id (کد ملی / شناسه ملی): ten digits for a person, eleven for a company. Tahesab, Hesabfa." })
  @MaxLength(20)
  nationalId?: string | null;

  @Field(() => String, { nullable: true, description: "Economic code (کد اقتصادی). Hesabfa, Hesabit." })
  @MaxLength(20)
  economicCode?: string | null;

  @Field(() => String, { nullable: true, description: "Company registration number (شماره ثبت). Hesabfa, Hesabit." })
  @MaxLength(20)
  registrationNumber?: string | null;

  @Field(() => JalaliDateScalar, { nullable: true, description: "Birth date (تاریخ تولد), a Shamsi day. Tahesab." })
  birthDate?: JalaliDay | null;

  @Field(() => String, { nullable: true, description: "Free note (یادداشت), up to 500 characters. Hesabfa." })
  @MaxLength(500)
  @NoControlCharacters()
  note?: string | null;

  @Field(() => String, { nullable: true, description: "The client's own reference to keep with the customer (برچسب / Tag), e.g. a web shop's customer id. Hesabfa." })
  @line(100)
  tag?: string | null;
}

@InputType({ description: "A new customer or account (مشتری / حساب جدید)." })
export class CreateCustomerInput extends CustomerFieldsInput {
  @Field(() => Vendor, { description: "The vendor to create the customer in (سامانه)." })
  vendor: Vendor;

  @Field({ description: "Name (نام), 1 to 100 characters. All vendors." })
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  @SingleLine()
  name: string;
}

@InputType({ description: "Changes to a customer (ویرایش مشتری): only the fields given change; the others keep their values." })
export class UpdateCustomerInput extends CustomerFieldsInput {
  @Field(() => Vendor, { description: "The vendor the customer lives in (سامانه)." })
  vendor: Vendor;

  @Field({ description: "The customer's code in its vendor (کد), as `Customer.code` gives it." })
  @Length(1, 100)
  @SingleLine()
  code: string;

  @Field(() => String, { nullable: true, description: "Name (نام), 1 to 100 characters." })
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  @SingleLine()
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: "False deactivates the customer (غیرفعال), true activates it. Hesabfa." })
  active?: boolean | null;
}
