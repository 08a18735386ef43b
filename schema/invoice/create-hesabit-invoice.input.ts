import { Length, Matches, MaxLength, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { DateTimeScalar } from "../../src/core/scalars/gregorian-date.js";
import { NoControlCharacters, SingleLine } from "../../src/core/validation/text.js";

const NOT_BLANK = /\S/;

/**
 * The fields Hesabit's invoices page documents for `POST /invoices`. The
 * invoice's customer and lines exist in Hesabit, but no public source names
 * their fields, so they cannot be given here (README, "Known gaps").
 */
@InputType({ description: "A new Hesabit invoice (فاکتور حسابیت): the fields Hesabit documents for creating one." })
export class CreateHesabitInvoiceInput {
  @Field({ description: "Title (عنوان), 1 to 200 characters: what the customer sees, and what the payment's transaction will name." })
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  @SingleLine()
  title: string;

  @Field(() => String, { nullable: true, description: "Invoice number (شماره فاکتور), up to 30 characters; Hesabit gives the next one when left out." })
  @Length(1, 30)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  @SingleLine()
  number?: string | null;

  @Field(() => DateTimeScalar, { description: "Issue date (تاریخ صدور): the invoice is hidden from the customer before it." })
  date: Date;

  @Field(() => DateTimeScalar, { description: "Due date (تاریخ سررسید): the payment link expires then; not before `date`." })
  dueDate: Date;

  @Field(() => String, { nullable: true, description: "Note (یادداشت) shown on the invoice, up to 1000 characters." })
  @MaxLength(1000)
  @NoControlCharacters()
  note?: string | null;

  @Field(() => Int, { nullable: true, description: "The invoice's look (قالب / theme_id), 1 or more; Hesabit uses 1 when left out." })
  @Min(1)
  themeId?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Let the customer pay online (پرداخت آنلاین). Hesabit turns it off without an active subscription and gateway, or above the gateway's limit: " +
      "read `invoice.onlinePayment` in the answer for what it stored.",
  })
  onlinePayment?: boolean | null;
}
