import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { IdempotencyArgs } from "../common/idempotency.args.js";
import { InvoiceKind } from "../invoice/invoice.enums.js";
import { HesabfaCustomerField, HesabfaInvoiceField, HesabfaItemField } from "./hesabfa.enums.js";
import { HesabfaCustomerEntry, HesabfaInvoiceInput, HesabfaItemEntry, HesabfaItemInput, HesabfaPaymentInput, WarehouseReceiptInput } from "./hesabfa.inputs.js";
import { listInputs } from "./list-query.inputs.js";

export const HesabfaCustomerQuery = listInputs<HesabfaCustomerField>(HesabfaCustomerField, "HesabfaCustomer", "customers");
export type HesabfaCustomerQuery = InstanceType<typeof HesabfaCustomerQuery>;
export const HesabfaItemQuery = listInputs<HesabfaItemField>(HesabfaItemField, "HesabfaItem", "items");
export type HesabfaItemQuery = InstanceType<typeof HesabfaItemQuery>;
export const HesabfaInvoiceQuery = listInputs<HesabfaInvoiceField>(HesabfaInvoiceField, "HesabfaInvoice", "invoices");
export type HesabfaInvoiceQuery = InstanceType<typeof HesabfaInvoiceQuery>;

/** `first` and `after` of Hesabfa's lists: up to 1,000 rows a page, read from Hesabfa in calls of HESABFA_PAGE_SIZE. */
@ArgsType()
export class HesabfaPageArgs {
  @Field(() => Int, { defaultValue: 50, description: "Page size, 1 to 1000." })
  @Min(1)
  @Max(1000)
  first: number;

  @Field(() => String, { nullable: true, description: "Cursor after which the page starts (`pageInfo.endCursor` of the previous page)." })
  after?: string | null;
}

@ArgsType()
export class HesabfaCustomersArgs extends HesabfaPageArgs {
  @Field(() => HesabfaCustomerQuery, { nullable: true, description: "Filters, search and order (فیلتر و مرتب سازی)." })
  @ValidateNested()
  filter?: HesabfaCustomerQuery | null;
}

@ArgsType()
export class HesabfaItemsArgs extends HesabfaPageArgs {
  @Field(() => HesabfaItemQuery, { nullable: true, description: "Filters, search and order (فیلتر و مرتب سازی)." })
  @ValidateNested()
  filter?: HesabfaItemQuery | null;
}

@ArgsType()
export class HesabfaInvoicesArgs extends HesabfaPageArgs {
  @Field(() => InvoiceKind, { defaultValue: InvoiceKind.SALE, description: "Which kind of invoices (نوع فاکتور)." })
  kind: InvoiceKind;

  @Field(() => HesabfaInvoiceQuery, { nullable: true, description: "Filters, search and order (فیلتر و مرتب سازی)." })
  @ValidateNested()
  filter?: HesabfaInvoiceQuery | null;
}

@ArgsType()
export class HesabfaCustomersByContactArgs {
  @Field(() => String, { nullable: true, description: "Mobile number (موبایل) in any usual form, e.g. 09121234567." })
  @MaxLength(30)
  mobile?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number (تلفن), exactly as stored." })
  @MaxLength(30)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address (ایمیل)." })
  @MaxLength(200)
  email?: string | null;
}

@ArgsType()
export class HesabfaInvoiceArgs {
  @Field(() => InvoiceKind, { defaultValue: InvoiceKind.SALE, description: "The invoice's kind (نوع فاکتور)." })
  kind: InvoiceKind;

  @Field({ description: "The invoice's number (شماره فاکتور), padded or not." })
  @Length(1, 15)
  number: string;
}

@ArgsType()
export class HesabfaItemByBarcodeArgs {
  @Field({ description: "The barcode (بارکد)." })
  @Length(1, 200)
  barcode: string;
}

@ArgsType()
export class SaveHesabfaCustomersArgs extends IdempotencyArgs {
  @Field(() => [HesabfaCustomerEntry], { description: "The customers (اشخاص), 1 to 5000; sent 500 a call." })
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  customers: HesabfaCustomerEntry[];
}

@ArgsType()
export class SaveHesabfaItemsArgs extends IdempotencyArgs {
  @Field(() => [HesabfaItemEntry], { description: "The items (کالاها), 1 to 5000; sent 500 a call." })
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  items: HesabfaItemEntry[];
}

@ArgsType()
export class CreateHesabfaItemArgs extends IdempotencyArgs {
  @Field(() => HesabfaItemInput, { description: "The new item (کالای جدید)." })
  @ValidateNested()
  input: HesabfaItemInput;
}

@ArgsType()
export class UpdateHesabfaItemArgs extends IdempotencyArgs {
  @Field({ description: "The item's code (کد کالا)." })
  @Length(1, 15)
  code: string;

  @Field(() => HesabfaItemInput, { description: "The fields to change (ویرایش کالا)." })
  @ValidateNested()
  input: HesabfaItemInput;
}

@ArgsType()
export class DeleteHesabfaItemArgs extends IdempotencyArgs {
  @Field({ description: "The item's code (کد کالا)." })
  @Length(1, 15)
  code: string;
}

@ArgsType()
export class SaveHesabfaInvoiceArgs extends IdempotencyArgs {
  @Field(() => HesabfaInvoiceInput, { description: "The invoice (فاکتور)." })
  @ValidateNested()
  input: HesabfaInvoiceInput;
}

@ArgsType()
export class DeleteHesabfaInvoiceArgs extends IdempotencyArgs {
  @Field(() => InvoiceKind, { description: "The invoice's kind (نوع فاکتور)." })
  kind: InvoiceKind;

  @Field({ description: "The invoice's number (شماره فاکتور)." })
  @Length(1, 15)
  number: string;
}

@ArgsType()
export class RecordHesabfaPaymentArgs extends IdempotencyArgs {
  @Field(() => HesabfaPaymentInput, { description: "The payment (دریافت / پرداخت)." })
  @ValidateNested()
  input: HesabfaPaymentInput;
}

@ArgsType()
export class SaveWarehouseReceiptArgs extends IdempotencyArgs {
  @Field(() => WarehouseReceiptInput, { description: "The receipt (رسید انبار)." })
  @ValidateNested()
  input: WarehouseReceiptInput;
}

@ArgsType()
export class HesabfaChangesArgs {
  @Field(() => Int, { defaultValue: 0, description: "Only changes with a larger id (بعد از شناسه); 0 for every change kept." })
  @Min(0)
  after: number;

  @Field({ defaultValue: false, description: "Also the changes hesabgraph made itself (شامل تغییرات همین سرور)." })
  includeOwn: boolean;

  @Field({ defaultValue: true, description: "Read Hesabfa's change log first (به روزرسانی); false answers from what the hook and earlier reads brought." })
  refresh: boolean;
}

@ArgsType()
export class RegisterHesabfaChangeHookArgs {
  @Field(() => String, { nullable: true, description: "hesabgraph's public address (آدرس عمومی), e.g. https://graph.example.com; left out: HESABFA_PUBLIC_URL." })
  @IsOptional()
  @MaxLength(300)
  publicUrl?: string | null;
}
