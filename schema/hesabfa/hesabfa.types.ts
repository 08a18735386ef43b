import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../src/core/scalars/gregorian-date.js";
import { DecimalScalar } from "../../src/core/scalars/rial.js";
import { Customer } from "../customer/customer.type.js";
import { InvoiceKind } from "../invoice/invoice.enums.js";
import { Invoice } from "../invoice/invoice.type.js";
import { Item } from "../item/item.type.js";
import { ChangeAction, ChangedObject } from "./hesabfa.enums.js";

@ObjectType({ description: "A fiscal year of the Hesabfa business (سال مالی)." })
export class HesabfaFiscalYear {
  @Field(() => Int, { description: "Its place, 1 for the first year (شماره سال مالی): the value HESABFA_YEAR_ID takes." })
  ordinal: number;

  @Field(() => String, { nullable: true, description: "Its name (نام), e.g. سال مالی ۱۴۰۳." })
  name: string | null;

  @Field(() => DateTimeScalar, { description: "First moment (شروع)." })
  start: string;

  @Field(() => DateTimeScalar, { description: "Last moment (پایان)." })
  end: string;

  @Field(() => Boolean, { nullable: true, description: "True when the year is closed (بسته شده)." })
  closed: boolean | null;

  @Field({ description: "True for the year hesabgraph reads and writes in (سال مالی جاری): HESABFA_YEAR_ID's, or the latest." })
  current: boolean;
}

@ObjectType({ description: "A bank account of the business (حساب بانکی)." })
export class HesabfaBank {
  @Field({ description: "Its code (کد), for payments." })
  code: string;

  @Field(() => String, { nullable: true, description: "Bank name (نام بانک)." })
  name: string | null;

  @Field(() => String, { nullable: true, description: "Branch (شعبه)." })
  branch: string | null;

  @Field(() => String, { nullable: true, description: "Account number (شماره حساب)." })
  accountNumber: string | null;

  @Field(() => String, { nullable: true, description: "The account's currency (واحد پول)." })
  currency: string | null;
}

@ObjectType({ description: "A cash desk of the business (صندوق)." })
export class HesabfaCashDesk {
  @Field({ description: "Its code (کد), for payments." })
  code: string;

  @Field(() => String, { nullable: true, description: "Name (نام)." })
  name: string | null;

  @Field(() => String, { nullable: true, description: "Its currency (واحد پول)." })
  currency: string | null;
}

@ObjectType({ description: "A warehouse of the business (انبار)." })
export class HesabfaWarehouse {
  @Field(() => Int, { description: "Its code (کد انبار), for warehouse receipts." })
  code: number;

  @Field(() => String, { nullable: true, description: "Name (نام)." })
  name: string | null;
}

@ObjectType({ description: "A change in the Hesabfa business (تغییر), from its change log." })
export class HesabfaChange {
  @Field(() => Int, { description: "Its id in the change log (شناسه تغییر); pass the last one seen as `after`." })
  id: number;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it happened (زمان)." })
  at: string | null;

  @Field(() => ChangeAction, { nullable: true, description: "Created, changed or deleted (نوع تغییر); null for an action hesabgraph does not know (see actionCode)." })
  action: ChangeAction | null;

  @Field(() => Int, { description: "The vendor's action number (کد عملیات), e.g. 121 for a sale saved." })
  actionCode: number;

  @Field(() => ChangedObject, { description: "What kind of object changed (نوع شیء)." })
  object: ChangedObject;

  @Field(() => String, { nullable: true, description: "The vendor's name for the kind of object (نوع شیء در سامانه)." })
  vendorObjectType: string | null;

  @Field(() => String, { nullable: true, description: "The object's id in the vendor (شناسه شیء); an invoice's is what `invoice(vendor:, code:)` takes." })
  objectId: string | null;

  @Field(() => String, { nullable: true, description: "The customer's or item's code (کد)." })
  code: string | null;

  @Field(() => InvoiceKind, { nullable: true, description: "For invoices: the kind (نوع فاکتور)." })
  invoiceKind: InvoiceKind | null;

  @Field(() => String, { nullable: true, description: "For invoices: the number (شماره فاکتور)." })
  invoiceNumber: string | null;

  @Field(() => String, { nullable: true, description: "For warehouse receipts: the receipt's number (شماره رسید)." })
  receiptNumber: string | null;

  @Field(() => [String], { description: "For invoices and receipts: the item codes on their lines (کدهای کالا)." })
  itemCodes: string[];

  @Field(() => Boolean, { nullable: true, description: "True when made through the API by any program, false when made by a person in Hesabfa (از طریق API)." })
  madeThroughApi: boolean | null;

  @Field({ description: "True when hesabgraph itself made it (تغییر توسط همین سرور); such changes are left out unless `includeOwn`." })
  madeByHesabgraph: boolean;
}

@ObjectType({ description: "Changes in the Hesabfa business since an id (تغییرات)." })
export class HesabfaChangeFeed {
  @Field(() => [HesabfaChange], { description: "The changes, oldest first (تغییرات)." })
  changes: HesabfaChange[];

  @Field(() => Int, { nullable: true, description: "The last change id hesabgraph has read (آخرین شناسه); null before the feed has started." })
  lastId: number | null;
}

@ObjectType({ description: "A line of a warehouse receipt (ردیف رسید انبار)." })
export class WarehouseReceiptLine {
  @Field({ description: "Item code (کد کالا)." })
  itemCode: string;

  @Field(() => DecimalScalar, { description: "Quantity (مقدار)." })
  quantity: string;
}

@ObjectType({ description: "A warehouse receipt or remittance for an invoice (رسید / حواله انبار)." })
export class WarehouseReceipt {
  @Field(() => Int, { nullable: true, description: "The receipt's number (شماره رسید); null when the vendor had saved it already and gave no answer to read it from." })
  number: number | null;

  @Field(() => Int, { description: "The warehouse (کد انبار)." })
  warehouseCode: number;

  @Field(() => InvoiceKind, { description: "The invoice's kind (نوع فاکتور)." })
  invoiceKind: InvoiceKind;

  @Field({ description: "The invoice's number (شماره فاکتور)." })
  invoiceNumber: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "Date (تاریخ)." })
  date: string | null;

  @Field(() => String, { nullable: true, description: "Note (یادداشت)." })
  note: string | null;

  @Field(() => [WarehouseReceiptLine], { description: "The goods (کالاها)." })
  lines: WarehouseReceiptLine[];
}

@ObjectType({ description: "What `saveHesabfaCustomers` answers." })
export class SaveHesabfaCustomersPayload {
  @Field(() => [Customer], { description: "The customers as saved, in the order given (اشخاص ذخیره شده)." })
  customers: Customer[];

  @Field({ description: "True when answered from the idempotency journal; nothing was sent now." })
  replayed: boolean;
}

@ObjectType({ description: "What `saveHesabfaItems` answers." })
export class SaveHesabfaItemsPayload {
  @Field(() => [Item], { description: "The items as saved, in the order given (کالاهای ذخیره شده)." })
  items: Item[];

  @Field({ description: "True when answered from the idempotency journal; nothing was sent now." })
  replayed: boolean;
}

@ObjectType({ description: "What the Hesabfa item mutations answer." })
export class HesabfaItemPayload {
  @Field({ description: "The item's code (کد کالا)." })
  code: string;

  @Field(() => Item, { nullable: true, description: "The item as saved (کالا); null after a delete." })
  item: Item | null;

  @Field({ description: "True when answered from the idempotency journal; nothing was sent now." })
  replayed: boolean;

  @Field({ description: "True when the vendor's answer was lost and the write was confirmed with the vendor afterwards." })
  reconciled: boolean;
}

@ObjectType({ description: "What the Hesabfa invoice mutations answer." })
export class HesabfaInvoicePayload {
  @Field(() => Invoice, { nullable: true, description: "The invoice as Hesabfa now stores it (فاکتور); null after a delete." })
  invoice: Invoice | null;

  @Field({ description: "True when answered from the idempotency journal; nothing was sent now." })
  replayed: boolean;

  @Field({ description: "True when the vendor's answer was lost and the write was confirmed with the vendor afterwards." })
  reconciled: boolean;
}

@ObjectType({ description: "What `saveHesabfaWarehouseReceipt` answers." })
export class WarehouseReceiptPayload {
  @Field(() => WarehouseReceipt, { description: "The receipt (رسید انبار)." })
  receipt: WarehouseReceipt;

  @Field({ description: "True when answered from the idempotency journal; nothing was sent now." })
  replayed: boolean;

  @Field({ description: "True when the vendor's answer was lost and the write was confirmed with the vendor afterwards." })
  reconciled: boolean;
}

@ObjectType({ description: "What `registerHesabfaChangeHook` answers." })
export class HesabfaChangeHookPayload {
  @Field({ description: "The address Hesabfa will call on each change (آدرس وب هوک), its secret part hidden." })
  url: string;
}
