import { MaxLength } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../common/page.args.js";

@ArgsType()
export class HesabitCustomersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only the customer(s) with this e-mail address (ایمیل), compared whole, ignoring case." })
  @MaxLength(200)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only the customer(s) with this mobile number (موبایل), typed any usual way (09121234567, +98 912…, Persian digits); compared whole.",
  })
  @MaxLength(30)
  mobile?: string | null;

  @Field(() => String, { nullable: true, description: "Only customers of this company (نام شرکت), compared whole, ignoring case." })
  @MaxLength(100)
  company?: string | null;
}
