import { Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { badInput } from "../../src/core/errors.js";
import type { InvoiceRecord } from "../../src/core/invoice.js";
import type { Context } from "../../src/context.js";
import {
  DeleteHesabfaInvoiceArgs,
  HesabfaInvoiceArgs,
  HesabfaInvoicesArgs,
  RecordHesabfaPaymentArgs,
  SaveHesabfaInvoiceArgs,
  SaveWarehouseReceiptArgs,
} from "../../schema/hesabfa/hesabfa.args.js";
import { HesabfaInvoicePayload, WarehouseReceiptPayload } from "../../schema/hesabfa/hesabfa.types.js";
import { Invoice, InvoiceConnection } from "../../schema/invoice/invoice.type.js";
import { hesabfaCode } from "../customers/hesabfa.js";
import { offsetConnection } from "../offset-connection.js";
import { useHesabfa } from "../vendors.js";

@Resolver()
export class HesabfaInvoicesResolver {
  @Query(() => InvoiceConnection, {
    description:
      "Hesabfa invoices of one kind (فاکتورها) in the fiscal year in use, with their lines, filtered, searched and sorted as asked, " +
      "page by page (up to 1,000 a page); `totalCount` counts those that pass the filters.",
  })
  async hesabfaInvoices(@Args() args: HesabfaInvoicesArgs, @Ctx() context: Context): Promise<InvoiceConnection> {
    const { datasource, loaders } = useHesabfa(context);
    const connection = await offsetConnection((skip, take) => datasource.invoices.list(args.kind, args.filter, skip, take), args, datasource.pageSize);
    for (const { node } of connection.edges) loaders.invoice.prime(node.code, node);
    return connection as InvoiceConnection;
  }

  @Query(() => Invoice, { nullable: true, description: "One Hesabfa invoice by kind and number (فاکتور با شماره) in the fiscal year in use; null when none." })
  hesabfaInvoice(@Args() { kind, number }: HesabfaInvoiceArgs, @Ctx() context: Context): Promise<InvoiceRecord | null> {
    return useHesabfa(context).datasource.invoices.byNumber(kind, hesabfaCode("number", number));
  }

  @Mutation(() => HesabfaInvoicePayload, {
    nullable: true,
    description:
      "Saves a Hesabfa invoice (ثبت فاکتور): a new one without `number`, else it replaces that invoice whole. Exactly once with an " +
      "idempotencyKey, also when the answer is lost and the request is retried.",
  })
  async saveHesabfaInvoice(@Args() { input, idempotencyKey }: SaveHesabfaInvoiceArgs, @Ctx() context: Context): Promise<HesabfaInvoicePayload> {
    if (input.kind !== "WASTE" && !input.customerCode) throw badInput("input.customerCode", "is required but for waste invoices");
    const lines = input.lines.map((line, i) => ({ ...line, itemCode: hesabfaCode(`input.lines[${i}].itemCode`, line.itemCode) }));
    const { result, replayed, reconciled } = await useHesabfa(context).datasource.invoices.save(
      {
        ...input,
        number: input.number ? hesabfaCode("input.number", input.number) : null,
        customerCode: input.customerCode ? hesabfaCode("input.customerCode", input.customerCode) : null,
        date: input.date ?? new Date(),
        lines,
      },
      idempotencyKey,
    );
    return { invoice: result as never, replayed, reconciled };
  }

  @Mutation(() => HesabfaInvoicePayload, { nullable: true, description: "Deletes a Hesabfa invoice (حذف فاکتور); one with payments is refused. Exactly once with an idempotencyKey." })
  async deleteHesabfaInvoice(@Args() { kind, number, idempotencyKey }: DeleteHesabfaInvoiceArgs, @Ctx() context: Context): Promise<HesabfaInvoicePayload> {
    const { replayed, reconciled } = await useHesabfa(context).datasource.invoices.delete(kind, hesabfaCode("number", number), idempotencyKey);
    return { invoice: null, replayed, reconciled };
  }

  @Mutation(() => HesabfaInvoicePayload, {
    nullable: true,
    description:
      "Records a payment against a Hesabfa invoice (ثبت دریافت / پرداخت): money received for a sale, or paid for a purchase, into or " +
      "from a bank, a cash desk, a petty cash or another customer's account. Answers the invoice with paid and rest updated.",
  })
  async recordHesabfaPayment(@Args() { input, idempotencyKey }: RecordHesabfaPaymentArgs, @Ctx() context: Context): Promise<HesabfaInvoicePayload> {
    const { result, replayed, reconciled } = await useHesabfa(context).datasource.invoices.pay(
      {
        invoiceKind: input.invoiceKind,
        invoiceNumber: hesabfaCode("input.invoiceNumber", input.invoiceNumber),
        target: { kind: input.target, code: hesabfaCode("input.targetCode", input.targetCode) },
        date: input.date ?? new Date(),
        amount: input.amount,
        reference: input.reference,
        description: input.description,
        fee: input.fee,
      },
      idempotencyKey,
    );
    return { invoice: result as never, replayed, reconciled };
  }

  @Mutation(() => WarehouseReceiptPayload, {
    nullable: true,
    description: "Saves a warehouse receipt or remittance for a Hesabfa invoice (ثبت رسید / حواله انبار), one warehouse at a time. Exactly once with an idempotencyKey.",
  })
  async saveHesabfaWarehouseReceipt(@Args() { input, idempotencyKey }: SaveWarehouseReceiptArgs, @Ctx() context: Context): Promise<WarehouseReceiptPayload> {
    const { result, replayed, reconciled } = await useHesabfa(context).datasource.receipts.save(
      {
        ...input,
        invoiceNumber: hesabfaCode("input.invoiceNumber", input.invoiceNumber),
        lines: input.lines.map((line, i) => ({ itemCode: hesabfaCode(`input.lines[${i}].itemCode`, line.itemCode), quantity: line.quantity })),
      },
      idempotencyKey,
    );
    return { receipt: result as never, replayed, reconciled };
  }
}
