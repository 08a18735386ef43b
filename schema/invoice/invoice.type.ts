import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../src/core/scalars/gregorian-date.js";
import { DecimalScalar } from "../../src/core/scalars/rial.js";
import { Connection } from "../common/connection.js";
import { Node } from "../common/node.interface.js";
import { Vendor } from "../common/vendor.enum.js";
import { CurrencyCode, InvoiceKind, InvoiceStatus, PaymentStatus } from "./invoice.enums.js";

@ObjectType({ description: "One line of an invoice (ردیف فاکتور). Amounts are in the invoice's `currency`." })
export class InvoiceLine {
  @Field(() => Int, { nullable: true, description: "The line's place in the invoice (ردیف), from 0." })
  rowNumber: number | null;

  @Field(() => String, { nullable: true, description: "Code of the item sold or bought (کد کالا)." })
  itemCode: string | null;

  @Field(() => String, { nullable: true, description: "The line's description (شرح)." })
  description: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Quantity (مقدار), decimals allowed." })
  quantity: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Price of one unit (مبلغ واحد)." })
  unitPrice: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Discount on the line, an amount (تخفیف)." })
  discount: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Tax on the line, an amount (مالیات)." })
  tax: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "The line's total (جمع ردیف): quantity × unit price − discount + tax." })
  total: string | null;
}

/**
 * One invoice type for the vendors that keep invoices (Hesabfa, Hesabit), flat
 * like Customer: a field a vendor does not keep is null for its invoices.
 */
@ObjectType({
  implements: Node,
  description: "An invoice (فاکتور) of one vendor. Fields a vendor does not keep are null for its invoices; each field says which vendors fill it.",
})
export class Invoice extends Node {
  @Field(() => Vendor, { description: "The vendor this invoice lives in (سامانه)." })
  vendor: Vendor;

  @Field({ description: "The vendor's own id for the invoice (شناسه), as `invoice(vendor:, code:)` takes it." })
  code: string;

  @Field(() => String, { nullable: true, description: "The invoice number people see (شماره فاکتور). Hesabfa, Hesabit." })
  number: string | null;

  @Field(() => InvoiceKind, { nullable: true, description: "Sale, purchase, return or waste (نوع فاکتور). Hesabfa." })
  kind: InvoiceKind | null;

  @Field(() => String, { nullable: true, description: "Title (عنوان). Hesabit." })
  title: string | null;

  @Field(() => String, { nullable: true, description: "The business's own reference (ارجاع / Reference). Hesabfa." })
  reference: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Issue date (تاریخ فاکتور), an instant. Hesabfa, Hesabit." })
  date: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Due date (تاریخ سررسید); for Hesabit, when the payment link expires. Hesabfa, Hesabit." })
  dueDate: string | null;

  @Field(() => String, { nullable: true, description: "Code of the invoice's customer (کد مشتری). Hesabfa." })
  customerCode: string | null;

  @Field(() => String, { nullable: true, description: "The customer's name as written on the invoice (نام مشتری). Hesabfa." })
  customerName: string | null;

  @Field(() => InvoiceStatus, { nullable: true, description: "Draft or approved (وضعیت); null for a status hesabgraph does not know (see `vendorStatus`). Hesabfa." })
  status: InvoiceStatus | null;

  @Field(() => String, { nullable: true, description: "The vendor's own status value, as it came (وضعیت در سامانه), e.g. Hesabfa's 0/1 or Hesabit's `paid`." })
  vendorStatus: string | null;

  @Field(() => PaymentStatus, { nullable: true, description: "Paid, partly paid or unpaid (وضعیت پرداخت), from `paid` and `rest`. Hesabfa, Hesabit." })
  paymentStatus: PaymentStatus | null;

  @Field(() => CurrencyCode, { nullable: true, description: "The currency of every amount of this invoice (واحد پول): the business's currency. Hesabfa, Hesabit (rials)." })
  currency: CurrencyCode | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Sum of the lines (جمع کل). Hesabfa." })
  sum: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "What the customer must pay (قابل پرداخت): the sum plus freight. Hesabfa." })
  payable: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "What has been paid (پرداخت شده). Hesabfa." })
  paid: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "What is left to pay (مانده). Hesabfa." })
  rest: string | null;

  @Field(() => [InvoiceLine], { nullable: true, description: "The lines (ردیف ها), in order; null where the vendor does not give them. Hesabfa." })
  lines: InvoiceLine[] | null;

  @Field(() => String, { nullable: true, description: "Note (یادداشت). Hesabfa, Hesabit." })
  note: string | null;

  @Field(() => String, { nullable: true, description: "The client's own reference kept with the invoice (برچسب / Tag). Hesabfa." })
  tag: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the customer can pay online (پرداخت آنلاین), as the vendor stored it. Hesabit." })
  onlinePayment: boolean | null;

  @Field(() => Int, { nullable: true, description: "The invoice's look (قالب / theme_id). Hesabit." })
  themeId: number | null;
}

@ObjectType({ description: "A page of invoices (فاکتورها)." })
export class InvoiceConnection extends Connection(Invoice, "Invoice") {}
