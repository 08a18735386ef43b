import { Directive, Field, ObjectType } from "type-graphql";
import { Connection } from "../common/connection.js";
import { Node } from "../common/node.interface.js";
import { Vendor } from "../common/vendor.enum.js";
import { DateTimeScalar } from "../../src/core/scalars/gregorian-date.js";
import { JalaliDateScalar } from "../../src/core/scalars/jalali-date.js";
import { CustomerKind } from "./customer.enums.js";

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

  @Field(() => String, { nullable: true, description: "First name (نام) of a person. Hesabfa." })
  firstName: string | null;

  @Field(() => String, { nullable: true, description: "Last name (نام خانوادگی) of a person. Hesabfa." })
  lastName: string | null;

  @Field(() => CustomerKind, { nullable: true, description: "Person or company (نوع شخص). Hesabfa." })
  kind: CustomerKind | null;

  @Field(() => String, { nullable: true, description: "Company name (نام شرکت). Hesabfa, Hesabit." })
  company: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Customer group (گروه), e.g. مشتری عادی, همکار (a colleague's shop). Tahesab (GroupName / GoroupName).",
  })
  group: string | null;

  @Field(() => String, { nullable: true, description: "The group's id in the vendor (شناسه گروه / GID). Tahesab." })
  groupId: string | null;

  @Field(() => String, { nullable: true, description: "Phone number (تلفن / Tel), with ASCII digits. Tahesab, Hesabfa, Hesabit." })
  phone: string | null;

  @Field(() => String, { nullable: true, description: "Mobile number (موبایل / Mobile), with ASCII digits, e.g. 09121234567. Tahesab, Hesabfa, Hesabit." })
  mobile: string | null;

  @Field(() => String, { nullable: true, description: "Fax number (فکس). Hesabfa, Hesabit." })
  fax: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address (ایمیل). Hesabfa, Hesabit." })
  email: string | null;

  @Field(() => String, { nullable: true, description: "Web site (وب سایت). Hesabfa." })
  website: string | null;

  @Field(() => String, { nullable: true, description: "Postal address (آدرس / Address). Tahesab, Hesabfa, Hesabit." })
  address: string | null;

  @Field(() => String, { nullable: true, description: "City (شهر). Tahesab, Hesabfa." })
  city: string | null;

  @Field(() => String, { nullable: true, description: "Province or state (استان). Hesabfa." })
  state: string | null;

  @Field(() => String, { nullable: true, description: "Country (کشور). Hesabfa." })
  country: string | null;

  @Field(() => String, { nullable: true, description: "Postal code (کد پستی), ten digits. Hesabfa, Hesabit." })
  postalCode: string | null;

  @Field(() => String, {
    nullable: true,
    description: "National id (کد ملی / شناسه ملی): a person's ten digits or a company's eleven. Tahesab (CodeMelli), Hesabfa.",
  })
  nationalId: string | null;

  @Field(() => String, { nullable: true, description: "Economic code (کد اقتصادی) for tax invoices. Hesabfa, Hesabit." })
  economicCode: string | null;

  @Field(() => String, { nullable: true, description: "Company registration number (شماره ثبت). Hesabfa, Hesabit." })
  registrationNumber: string | null;

  @Field(() => JalaliDateScalar, { nullable: true, description: "Birth date (تاریخ تولد / BDate), a Shamsi day. Tahesab." })
  birthDate: string | null;

  @Field(() => String, { nullable: true, description: "Free note (یادداشت / Note). Hesabfa." })
  note: string | null;

  @Field(() => String, { nullable: true, description: "The client's own reference kept with the customer (برچسب / Tag), e.g. a web shop's customer id. Hesabfa." })
  tag: string | null;

  @Field(() => Boolean, { nullable: true, description: "False when the customer is deactivated (فعال / Active). Hesabfa." })
  active: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the customer was created (تاریخ ایجاد), ISO-8601. Hesabfa, Hesabit." })
  createdAt: string | null;
}

@ObjectType({ description: "A page of customers (مشتریان)." })
export class CustomerConnection extends Connection(Customer, "Customer") {}
