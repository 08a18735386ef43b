import { registerEnumType } from "type-graphql";

export enum HesabfaCustomerField {
  CODE = "CODE", NAME = "NAME", FIRST_NAME = "FIRST_NAME", LAST_NAME = "LAST_NAME", COMPANY = "COMPANY", KIND = "KIND",
  NATIONAL_ID = "NATIONAL_ID", ECONOMIC_CODE = "ECONOMIC_CODE", REGISTRATION_NUMBER = "REGISTRATION_NUMBER", ADDRESS = "ADDRESS",
  CITY = "CITY", STATE = "STATE", COUNTRY = "COUNTRY", POSTAL_CODE = "POSTAL_CODE", PHONE = "PHONE", FAX = "FAX", MOBILE = "MOBILE",
  EMAIL = "EMAIL", WEBSITE = "WEBSITE", NOTE = "NOTE", TAG = "TAG", ACTIVE = "ACTIVE", CREATED_AT = "CREATED_AT",
}
registerEnumType(HesabfaCustomerField, {
  name: "HesabfaCustomerField",
  description: "A field of Hesabfa customers to filter, search or sort by (فیلد شخص).",
  valuesConfig: {
    CODE: { description: "Code (کد); padded or not." },
    NAME: { description: "Name (نام)." },
    FIRST_NAME: { description: "First name (نام)." },
    LAST_NAME: { description: "Last name (نام خانوادگی)." },
    COMPANY: { description: "Company (شرکت)." },
    KIND: { description: "Person or company (نوع): PERSON or LEGAL_ENTITY." },
    NATIONAL_ID: { description: "National id (کد ملی)." },
    ECONOMIC_CODE: { description: "Economic code (کد اقتصادی)." },
    REGISTRATION_NUMBER: { description: "Registration number (شماره ثبت)." },
    ADDRESS: { description: "Address (آدرس)." },
    CITY: { description: "City (شهر)." },
    STATE: { description: "Province (استان)." },
    COUNTRY: { description: "Country (کشور)." },
    POSTAL_CODE: { description: "Postal code (کد پستی)." },
    PHONE: { description: "Phone (تلفن)." },
    FAX: { description: "Fax (فکس)." },
    MOBILE: { description: "Mobile (موبایل)." },
    EMAIL: { description: "E-mail (ایمیل)." },
    WEBSITE: { description: "Web site (وب سایت)." },
    NOTE: { description: "Note (یادداشت)." },
    TAG: { description: "Tag (برچسب)." },
    ACTIVE: { description: "Active (فعال): true or false." },
    CREATED_AT: { description: "When created (تاریخ ایجاد)." },
  },
});

export enum HesabfaItemField {
  CODE = "CODE", NAME = "NAME", BARCODE = "BARCODE", KIND = "KIND", UNIT = "UNIT", BUY_PRICE = "BUY_PRICE", SELL_PRICE = "SELL_PRICE",
  STOCK = "STOCK", ACTIVE = "ACTIVE", TAG = "TAG",
}
registerEnumType(HesabfaItemField, {
  name: "HesabfaItemField",
  description: "A field of Hesabfa items to filter, search or sort by (فیلد کالا).",
  valuesConfig: {
    CODE: { description: "Code (کد); padded or not." },
    NAME: { description: "Name (نام)." },
    BARCODE: { description: "Barcode (بارکد)." },
    KIND: { description: "Goods or service (نوع): PRODUCT or SERVICE." },
    UNIT: { description: "Unit (واحد)." },
    BUY_PRICE: { description: "Purchase price (قیمت خرید)." },
    SELL_PRICE: { description: "Sale price (قیمت فروش)." },
    STOCK: { description: "Quantity in stock (موجودی)." },
    ACTIVE: { description: "Active (فعال): true or false." },
    TAG: { description: "Tag (برچسب)." },
  },
});

export enum HesabfaInvoiceField {
  NUMBER = "NUMBER", REFERENCE = "REFERENCE", DATE = "DATE", DUE_DATE = "DUE_DATE", CUSTOMER_CODE = "CUSTOMER_CODE",
  CUSTOMER_NAME = "CUSTOMER_NAME", CUSTOMER_MOBILE = "CUSTOMER_MOBILE", STATUS = "STATUS", SUM = "SUM", PAYABLE = "PAYABLE",
  PAID = "PAID", REST = "REST", NOTE = "NOTE", TAG = "TAG", LINE_ITEM_CODE = "LINE_ITEM_CODE",
}
registerEnumType(HesabfaInvoiceField, {
  name: "HesabfaInvoiceField",
  description: "A field of Hesabfa invoices to filter, search or sort by (فیلد فاکتور).",
  valuesConfig: {
    NUMBER: { description: "Invoice number (شماره); padded or not." },
    REFERENCE: { description: "Reference (ارجاع)." },
    DATE: { description: "Date (تاریخ)." },
    DUE_DATE: { description: "Due date (سررسید)." },
    CUSTOMER_CODE: { description: "Customer's code (کد مشتری)." },
    CUSTOMER_NAME: { description: "Customer's name as on the invoice (نام مشتری)." },
    CUSTOMER_MOBILE: { description: "Customer's mobile (موبایل مشتری)." },
    STATUS: { description: "Draft or approved (وضعیت): DRAFT or APPROVED." },
    SUM: { description: "Sum (جمع)." },
    PAYABLE: { description: "Payable (قابل پرداخت)." },
    PAID: { description: "Paid (پرداخت شده)." },
    REST: { description: "Left to pay (مانده)." },
    NOTE: { description: "Note (یادداشت)." },
    TAG: { description: "Tag (برچسب)." },
    LINE_ITEM_CODE: { description: "Code of an item on any line (کد کالای ردیف)." },
  },
});

export enum PaymentTargetKind {
  BANK = "BANK",
  CASH = "CASH",
  PETTY_CASH = "PETTY_CASH",
  CUSTOMER = "CUSTOMER",
}
registerEnumType(PaymentTargetKind, {
  name: "PaymentTargetKind",
  description: "Where money of a payment goes or comes from (محل دریافت / پرداخت).",
  valuesConfig: {
    BANK: { description: "A bank account (بانک)." },
    CASH: { description: "A cash desk (صندوق)." },
    PETTY_CASH: { description: "A petty cash (تنخواه گردان)." },
    CUSTOMER: { description: "Another customer's account (شخص)." },
  },
});

export enum ChangeAction {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  DELETED = "DELETED",
}
registerEnumType(ChangeAction, {
  name: "ChangeAction",
  description: "What happened to an object (نوع تغییر).",
  valuesConfig: {
    CREATED: { description: "Created (ایجاد)." },
    UPDATED: { description: "Changed (ویرایش)." },
    DELETED: { description: "Deleted (حذف)." },
  },
});

export enum ChangedObject {
  CUSTOMER = "CUSTOMER",
  ITEM = "ITEM",
  INVOICE = "INVOICE",
  WAREHOUSE_RECEIPT = "WAREHOUSE_RECEIPT",
  OTHER = "OTHER",
}
registerEnumType(ChangedObject, {
  name: "ChangedObject",
  description: "What kind of object changed (نوع شیء).",
  valuesConfig: {
    CUSTOMER: { description: "A customer (شخص)." },
    ITEM: { description: "An item (کالا)." },
    INVOICE: { description: "An invoice, or a payment against it (فاکتور)." },
    WAREHOUSE_RECEIPT: { description: "A warehouse receipt (رسید انبار)." },
    OTHER: { description: "Something else; see `vendorObjectType` (سایر)." },
  },
});
