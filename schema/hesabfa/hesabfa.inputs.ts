import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { DateTimeScalar } from "../../src/core/scalars/gregorian-date.js";
import { DecimalScalar } from "../../src/core/scalars/rial.js";
import { CustomerFieldsInput } from "../customer/create-customer.input.js";
import { InvoiceKind, InvoiceStatus } from "../invoice/invoice.enums.js";
import { ItemKind } from "../item/item.enums.js";
import { PaymentTargetKind } from "./hesabfa.enums.js";

@InputType({ description: "One customer of a batch save (شخص): a new one without `code`, else the fields given change." })
export class HesabfaCustomerEntry extends CustomerFieldsInput {
  @Field(() => String, { nullable: true, description: "The customer's code (کد); left out: a new customer, numbered by Hesabfa." })
  @MaxLength(15)
  code?: string | null;

  @Field(() => String, { nullable: true, description: "Name (نام), 1 to 100 characters; required for a new customer." })
  @IsOptional()
  @Length(1, 100)
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: "False deactivates the customer (غیرفعال)." })
  active?: boolean | null;
}

@InputType({ description: "Fields of a Hesabfa item (کالا یا خدمت); on an update only the fields given change." })
export class HesabfaItemInput {
  @Field(() => String, { nullable: true, description: "Name (نام), 1 to 100 characters; required for a new item." })
  @IsOptional()
  @Length(1, 100)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Barcode (بارکد)." })
  @MaxLength(200)
  barcode?: string | null;

  @Field(() => ItemKind, { nullable: true, description: "Goods or service (نوع); goods when left out on a new item." })
  kind?: ItemKind | null;

  @Field(() => String, { nullable: true, description: "Unit (واحد), e.g. عدد." })
  @MaxLength(30)
  unit?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Purchase price (قیمت خرید) in the business's currency." })
  buyPrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Sale price (قیمت فروش) in the business's currency." })
  sellPrice?: string | null;

  @Field(() => Boolean, { nullable: true, description: "False deactivates the item (غیرفعال)." })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: "The client's own reference (برچسب)." })
  @MaxLength(255)
  tag?: string | null;
}

@InputType({ description: "One item of a batch save (کالا): a new one without `code`, else the fields given change." })
export class HesabfaItemEntry extends HesabfaItemInput {
  @Field(() => String, { nullable: true, description: "The item's code (کد); left out: a new item, numbered by Hesabfa." })
  @MaxLength(15)
  code?: string | null;
}

@InputType({ description: "A line of an invoice (ردیف فاکتور)." })
export class InvoiceLineInput {
  @Field({ description: "Item code (کد کالا), padded or not." })
  @Length(1, 15)
  itemCode: string;

  @Field(() => String, { nullable: true, description: "Description (شرح); left out: the item's." })
  @MaxLength(250)
  description?: string | null;

  @Field(() => DecimalScalar, { description: "Quantity (مقدار), above zero." })
  quantity: string;

  @Field(() => DecimalScalar, { description: "Price of one unit (مبلغ واحد)." })
  unitPrice: string;

  @Field(() => DecimalScalar, { nullable: true, description: "Discount on the line, an amount (تخفیف)." })
  discount?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Tax on the line, an amount (مالیات)." })
  tax?: string | null;
}

@InputType({ description: "A Hesabfa invoice to save (فاکتور). Saving replaces the whole invoice, lines included." })
export class HesabfaInvoiceInput {
  @Field(() => InvoiceKind, { description: "Sale, purchase, return or waste (نوع فاکتور)." })
  kind: InvoiceKind;

  @Field(() => String, { nullable: true, description: "The invoice number (شماره) to replace; left out: a new invoice, numbered by Hesabfa." })
  @MaxLength(15)
  number?: string | null;

  @Field(() => InvoiceStatus, { defaultValue: InvoiceStatus.APPROVED, description: "Draft or approved (وضعیت)." })
  status: InvoiceStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: "Date (تاریخ فاکتور); left out: now. Must fall in the fiscal year." })
  date?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Due date (سررسید)." })
  dueDate?: Date | null;

  @Field(() => String, { nullable: true, description: "The customer's code (کد مشتری); required but for waste." })
  @MaxLength(15)
  customerCode?: string | null;

  @Field(() => String, { nullable: true, description: "The customer's name to print (نام مشتری); left out: the customer's name." })
  @MaxLength(200)
  customerName?: string | null;

  @Field(() => String, { nullable: true, description: "Reference (ارجاع)." })
  @MaxLength(50)
  reference?: string | null;

  @Field(() => String, { nullable: true, description: "Note (یادداشت)." })
  @MaxLength(500)
  note?: string | null;

  @Field(() => String, { nullable: true, description: "The client's own reference (برچسب), e.g. a web shop's order id." })
  @MaxLength(255)
  tag?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Freight (هزینه حمل), added to the payable." })
  freight?: string | null;

  @Field(() => [InvoiceLineInput], { description: "The lines (ردیف ها), 1 to 500." })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  lines: InvoiceLineInput[];
}

@InputType({ description: "A payment against a Hesabfa invoice (دریافت / پرداخت فاکتور)." })
export class HesabfaPaymentInput {
  @Field(() => InvoiceKind, { defaultValue: InvoiceKind.SALE, description: "The invoice's kind (نوع فاکتور)." })
  invoiceKind: InvoiceKind;

  @Field({ description: "The invoice's number (شماره فاکتور)." })
  @Length(1, 15)
  invoiceNumber: string;

  @Field(() => PaymentTargetKind, { description: "Where the money goes or comes from (محل)." })
  target: PaymentTargetKind;

  @Field({ description: "The bank's, cash desk's or customer's code (کد)." })
  @Length(1, 15)
  targetCode: string;

  @Field(() => DecimalScalar, { description: "Amount (مبلغ), at most what is left to pay." })
  amount: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "Date (تاریخ); left out: now." })
  date?: Date | null;

  @Field(() => String, { nullable: true, description: "The bank's transaction or cheque number (شماره تراکنش)." })
  @MaxLength(50)
  reference?: string | null;

  @Field(() => String, { nullable: true, description: "Description (شرح)." })
  @MaxLength(250)
  description?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Bank fee (کارمزد)." })
  fee?: string | null;
}

@InputType({ description: "A line of a warehouse receipt (ردیف رسید انبار)." })
export class WarehouseReceiptLineInput {
  @Field({ description: "Item code (کد کالا); goods on the invoice." })
  @Length(1, 15)
  itemCode: string;

  @Field(() => DecimalScalar, { description: "Quantity (مقدار)." })
  quantity: string;
}

@InputType({ description: "A warehouse receipt or remittance for a Hesabfa invoice (رسید / حواله انبار)." })
export class WarehouseReceiptInput {
  @Field(() => InvoiceKind, { description: "The invoice's kind (نوع فاکتور)." })
  invoiceKind: InvoiceKind;

  @Field({ description: "The invoice's number (شماره فاکتور)." })
  @Length(1, 15)
  invoiceNumber: string;

  @Field(() => Int, { description: "The warehouse (کد انبار), see hesabfaWarehouses." })
  @Min(1)
  warehouseCode: number;

  @Field(() => DateTimeScalar, { nullable: true, description: "Date (تاریخ); left out: the invoice's." })
  date?: Date | null;

  @Field(() => String, { nullable: true, description: "Note (یادداشت)." })
  @MaxLength(500)
  note?: string | null;

  @Field({ defaultValue: false, description: "True replaces the invoice's earlier receipts (جایگزینی رسیدهای قبلی)." })
  replaceEarlier: boolean;

  @Field(() => [WarehouseReceiptLineInput], { description: "The goods (کالاها), 1 to 500." })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  lines: WarehouseReceiptLineInput[];
}
