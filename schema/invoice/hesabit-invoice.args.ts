import { Matches, ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { IdempotencyArgs } from "../common/idempotency.args.js";
import { PageArgs } from "../common/page.args.js";
import { CreateHesabitInvoiceInput } from "./create-hesabit-invoice.input.js";

@ArgsType()
export class HesabitInvoicesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "Only invoices with this Hesabit status (وضعیت فاکتور), as Hesabit writes it: `paid` (پرداخت شده) is the one value its documents show. " +
      "All invoices when left out.",
  })
  @Matches(/^[a-z_]{1,30}$/, { message: "must be a Hesabit status word such as paid" })
  status?: string | null;
}

@ArgsType()
export class HesabitObjectArgs {
  @Field({ description: "The object's id in Hesabit (شناسه), as its `code` gives it." })
  id: string;
}

@ArgsType()
export class CreateHesabitInvoiceArgs extends IdempotencyArgs {
  @Field(() => CreateHesabitInvoiceInput, { description: "The new invoice (فاکتور جدید), field by field." })
  @ValidateNested()
  input: CreateHesabitInvoiceInput;
}
