// The properties a list filter, sort or search may name: the answered fields
// (the seed: "fields received in the API's output can be chosen here"), with
// their types. Invoices add the contact's fields under "Contact." and the
// lines' under "InvoiceItems." (dotted paths, as clients send them).
import { makeSchema, type FieldType } from "./query.js";

const CONTACT: Record<string, FieldType> = {
  Id: "number",
  Code: "string",
  Name: "string",
  Company: "string",
  FirstName: "string",
  LastName: "string",
  ContactType: "number",
  NationalCode: "string",
  EconomicCode: "string",
  RegistrationNumber: "string",
  Address: "string",
  City: "string",
  State: "string",
  Country: "string",
  PostalCode: "string",
  Phone: "string",
  Fax: "string",
  Mobile: "string",
  Email: "string",
  Website: "string",
  RegistrationDate: "date",
  Note: "string",
  SharePercent: "number",
  Liability: "number",
  Credits: "number",
  ContactCredit: "number",
  Tag: "string",
  TaxType: "number",
  Active: "bool",
  NodeFamily: "string",
};

const ITEM: Record<string, FieldType> = {
  Id: "number",
  Code: "string",
  Name: "string",
  Barcode: "string",
  ItemType: "number",
  Unit: "string",
  Stock: "number",
  BuyPrice: "number",
  SellPrice: "number",
  PurchasesTitle: "string",
  SalesTitle: "string",
  NodeFamily: "string",
  Tag: "string",
  Description: "string",
  ProductCode: "string",
  Active: "bool",
};

const LINE: Record<string, FieldType> = {
  RowNumber: "number",
  ItemCode: "string",
  Description: "string",
  Unit: "string",
  Quantity: "number",
  UnitPrice: "number",
  Discount: "number",
  Tax: "number",
  TotalAmount: "number",
};

const INVOICE: Record<string, FieldType> = {
  Id: "number",
  Number: "string",
  Reference: "string",
  Date: "date",
  DueDate: "date",
  ContactCode: "string",
  ContactTitle: "string",
  InvoiceType: "number",
  Status: "number",
  Sum: "number",
  Payable: "number",
  Paid: "number",
  Rest: "number",
  Note: "string",
  Sent: "bool",
  Returned: "bool",
  Tag: "string",
  Freight: "number",
  WarehouseReceiptStatus: "number",
  Project: "string",
  SalesmanCode: "string",
  SalesmanPercent: "number",
  Currency: "string",
  CurrencyRate: "number",
};

const prefixed = (prefix: string, fields: Record<string, FieldType>) =>
  Object.fromEntries(Object.entries(fields).map(([name, type]) => [`${prefix}.${name}`, type]));

export const CONTACT_SCHEMA = makeSchema(CONTACT);
export const ITEM_SCHEMA = makeSchema(ITEM);
export const INVOICE_SCHEMA = makeSchema({ ...INVOICE, ...prefixed("Contact", CONTACT), ...prefixed("InvoiceItems", LINE) });

/** Searched when queryInfo.search comes without searchFields. */
export const CONTACT_SEARCH = ["Code", "Name", "FirstName", "LastName", "Company", "Mobile", "Phone", "Email", "NationalCode"];
export const ITEM_SEARCH = ["Code", "Name", "Barcode", "ProductCode"];
export const INVOICE_SEARCH = ["Number", "Reference", "ContactTitle", "Note"];
