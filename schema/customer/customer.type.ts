import { Directive, Field, ObjectType } from "type-graphql";
import { Connection } from "../common/connection.js";
import { Node } from "../common/node.interface.js";
import { Vendor } from "../common/vendor.enum.js";

/**
 * One customer type for the three vendors (DESIGN "The graph"): flat, so a BI
 * tool sees one table; a field a vendor does not have is null for its customers.
 * `balance` and `balanceAt` are field resolvers (resolvers/customer.resolver.ts).
 */
@Directive('@key(fields: "vendor code")')
@ObjectType({
  implements: Node,
  description:
    "A customer or account (مشتری / حساب) of one vendor: a Tahesab moshtari, a Hesabfa contact or a Hesabit customer. " +
    "Fields a vendor does not keep are null for its customers; each field says which vendors fill it.",
})
export class Customer extends Node {
  @Field(() => Vendor, { description: "The vendor this customer lives in (سامانه)." })
  vendor: Vendor;

  @Field({ description: "The customer's own code in its vendor (کد حساب): Tahesab's account code (digits), Hesabfa's contact Code (e.g. 000001), Hesabit's customer id." })
  code: string;

  @Field(() => String, { nullable: true, description: "Name (نام), as the vendor stores it. All vendors." })
  name: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Customer group (گروه / GroupName), e.g. مشتری عادی, همکار (a colleague's shop). Tahesab.",
  })
  group: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Phone number (تلفن / Tel), with ASCII digits. Tahesab, Hesabfa, Hesabit.",
  })
  phone: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Mobile number (موبایل / Mobile), with ASCII digits, e.g. 09121234567. Tahesab, Hesabfa, Hesabit.",
  })
  mobile: string | null;

  @Field(() => String, { nullable: true, description: "Postal address (آدرس / Address). Tahesab, Hesabfa, Hesabit." })
  address: string | null;

  @Field(() => String, { nullable: true, description: "Company name (نام شرکت). Hesabfa, Hesabit; null for Tahesab." })
  company: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address (ایمیل). Hesabfa, Hesabit; null for Tahesab." })
  email: string | null;

  @Field(() => String, { nullable: true, description: "Postal code (کد پستی), ten digits. Hesabfa, Hesabit; null for Tahesab." })
  postalCode: string | null;

  @Field(() => String, {
    nullable: true,
    description: "National id (کد ملی / شناسه ملی): a person's ten digits or a company's eleven. Hesabfa; null for Tahesab and Hesabit.",
  })
  nationalId: string | null;

  @Field(() => String, { nullable: true, description: "Economic code (کد اقتصادی) for tax invoices. Hesabfa, Hesabit; null for Tahesab." })
  economicCode: string | null;

  @Field(() => String, { nullable: true, description: "Company registration number (شماره ثبت). Hesabfa, Hesabit; null for Tahesab." })
  registrationNumber: string | null;
}

@ObjectType({ description: "A page of customers (مشتریان)." })
export class CustomerConnection extends Connection(Customer, "Customer") {}
