import { registerEnumType } from "type-graphql";

export enum CurrencyCode {
  IRR = "IRR",
  IRT = "IRT",
}
registerEnumType(CurrencyCode, {
  name: "CurrencyCode",
  description: "The currency amounts are in (واحد پول).",
  valuesConfig: {
    IRR: { description: "Iranian rial (ریال)." },
    IRT: { description: "Iranian toman (تومان): ten rials." },
  },
});

export enum InvoiceKind {
  SALE = "SALE",
  PURCHASE = "PURCHASE",
  SALE_RETURN = "SALE_RETURN",
  PURCHASE_RETURN = "PURCHASE_RETURN",
  WASTE = "WASTE",
}
registerEnumType(InvoiceKind, {
  name: "InvoiceKind",
  description: "What an invoice records (نوع فاکتور).",
  valuesConfig: {
    SALE: { description: "A sale (فروش)." },
    PURCHASE: { description: "A purchase (خرید)." },
    SALE_RETURN: { description: "Goods a customer returned (برگشت از فروش)." },
    PURCHASE_RETURN: { description: "Goods returned to a supplier (برگشت از خرید)." },
    WASTE: { description: "Goods written off (ضایعات)." },
  },
});

export enum InvoiceStatus {
  DRAFT = "DRAFT",
  APPROVED = "APPROVED",
}
registerEnumType(InvoiceStatus, {
  name: "InvoiceStatus",
  description: "Whether an invoice is final (وضعیت فاکتور). Whether it is paid is `paymentStatus`.",
  valuesConfig: {
    DRAFT: { description: "A draft (پیش نویس): not yet in the books." },
    APPROVED: { description: "Approved (تایید شده): in the books." },
  },
});

export enum PaymentStatus {
  UNPAID = "UNPAID",
  PARTLY_PAID = "PARTLY_PAID",
  PAID = "PAID",
}
registerEnumType(PaymentStatus, {
  name: "PaymentStatus",
  description: "How much of an invoice is paid (وضعیت پرداخت), from what was paid and what is left.",
  valuesConfig: {
    UNPAID: { description: "Nothing paid yet (پرداخت نشده)." },
    PARTLY_PAID: { description: "Partly paid (بخشی پرداخت شده)." },
    PAID: { description: "Paid in full (پرداخت شده)." },
  },
});
