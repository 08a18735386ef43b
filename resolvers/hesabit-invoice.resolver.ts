import { Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { hesabitId } from "../datasources/hesabit/paths.js";
import type { Context } from "../src/context.js";
import { badInput } from "../src/core/errors.js";
import type { InvoiceRecord } from "../src/core/invoice.js";
import { Vendor } from "../schema/common/vendor.enum.js";
import { CreateHesabitInvoicePayload } from "../schema/invoice/create-hesabit-invoice.payload.js";
import { CreateHesabitInvoiceArgs, HesabitInvoicesArgs, HesabitObjectArgs } from "../schema/invoice/hesabit-invoice.args.js";
import { Invoice, InvoiceConnection } from "../schema/invoice/invoice.type.js";
import { trimmed } from "./customers/vendor-customers.js";
import { offsetOf, pageConnection } from "./offset-connection.js";
import { useHesabit } from "./vendors.js";

/** Unix seconds of an instant after 1970 (Hesabit's timestamps). */
function seconds(field: string, value: Date): number {
  const time = value.getTime();
  if (!Number.isFinite(time) || time < 1000) throw badInput(field, "must be an instant after 1970");
  return Math.floor(time / 1000);
}

@Resolver(() => Invoice)
export class HesabitInvoiceResolver {
  @Query(() => InvoiceConnection, {
    description: "Hesabit invoices (فاکتورهای حسابیت), newest first, page by page (GET /invoices, 100 a call underneath; a page of any size is complete).",
  })
  async hesabitInvoices(@Args() args: HesabitInvoicesArgs, @Ctx() context: Context): Promise<InvoiceConnection> {
    const start = offsetOf(args.after);
    const { datasource, loaders } = useHesabit(context);
    const page = await datasource.invoices.page(args.status ?? undefined, start, args.first);
    for (const invoice of page.items) loaders.invoice.prime(invoice.code, invoice);
    return pageConnection(start, page) as InvoiceConnection;
  }

  @Query(() => Invoice, { nullable: true, description: "One Hesabit invoice (فاکتور) by its id; null when Hesabit has none." })
  hesabitInvoice(@Args() { id }: HesabitObjectArgs, @Ctx() context: Context): Promise<InvoiceRecord | null> {
    return useHesabit(context).loaders.invoice.load(hesabitId("id", id));
  }

  @Mutation(() => CreateHesabitInvoicePayload, {
    nullable: true,
    description:
      "Creates a Hesabit invoice (ثبت فاکتور حسابیت) with the fields Hesabit documents, and answers it as Hesabit stored it. " +
      "Side effect: with the account's auto-send setting on, Hesabit texts and e-mails the customer a payment link as soon as it is " +
      "created. With an idempotencyKey it happens at most once: a repeat is answered from the journal, and a lost answer is looked " +
      "for in Hesabit before anything is sent again (a second invoice would mean a second link).",
  })
  async createHesabitInvoice(@Args() { input, idempotencyKey }: CreateHesabitInvoiceArgs, @Ctx() context: Context): Promise<CreateHesabitInvoicePayload> {
    const date = seconds("input.date", input.date);
    const due = seconds("input.dueDate", input.dueDate);
    if (due < date) throw badInput("input.dueDate", "must not be before input.date (the payment link would expire before the invoice is shown)");
    const { datasource, loaders } = useHesabit(context);
    const { result, replayed, reconciled } = await datasource.invoices.create(
      {
        title: input.title.trim(),
        number: trimmed(input.number) ?? undefined,
        date,
        due,
        note: trimmed(input.note) ?? undefined,
        themeId: input.themeId ?? undefined,
        onlinePayment: input.onlinePayment ?? undefined,
      },
      idempotencyKey,
    );
    loaders.invoice.prime(result.code, result.invoice);
    return { vendor: Vendor.HESABIT, code: result.code, invoice: result.invoice as Invoice, replayed, reconciled };
  }
}
