// Records as Hesabfa answers them: PascalCase, codes padded, dates ISO with
// "T", money as exact JSON numbers. Field lists follow the help pages
// (contact, invoice), H3's models (ProductItem, QuantityItem, Bank, Cash,
// Warehouse, FiscalYearList, UserLog, WarehouseReceiptDraft) and VENDORS.md.
import { renderDate } from "./dates.js";
import { Dec, sum } from "./decimal.js";
import type { FiscalYear } from "./fiscal-years.js";
import type { Out } from "./json.js";
import type {
  BankRecord,
  CashRecord,
  ChangeRecord,
  ContactRecord,
  InvoiceLine,
  InvoiceRecord,
  ItemRecord,
  WarehouseReceiptRecord,
  WarehouseRecord,
} from "./records.js";
import type { HesabfaState } from "./state.js";

type Obj = { [key: string]: Out };

/** A line's amount: Quantity × UnitPrice − Discount + Tax (discount and tax are per-line amounts). */
export function lineTotal(line: InvoiceLine): Dec {
  return line.Quantity.mul(line.UnitPrice).sub(line.Discount).add(line.Tax);
}

export function invoiceTotals(state: HesabfaState, invoice: InvoiceRecord): { Sum: Dec; Payable: Dec; Paid: Dec; Rest: Dec } {
  const Sum = sum(invoice.InvoiceItems.map(lineTotal));
  const Payable = Sum.add(invoice.Freight);
  const Paid = state.paidOf(invoice);
  return { Sum, Payable, Paid, Rest: Payable.sub(Paid) };
}

/**
 * What a contact owes (Liability) and is owed (Credits): the unpaid rest of
 * its approved invoices; sales and purchase returns are owed to us,
 * purchases and sale returns by us.
 */
function contactBalances(state: HesabfaState, code: string): { Liability: Dec; Credits: Dec } {
  let Liability = Dec.ZERO;
  let Credits = Dec.ZERO;
  for (const invoice of state.invoices.values()) {
    if (invoice.ContactCode !== code || invoice.Status !== 1) continue;
    const { Rest } = invoiceTotals(state, invoice);
    if (invoice.InvoiceType === 0 || invoice.InvoiceType === 3) Liability = Liability.add(Rest);
    else if (invoice.InvoiceType === 1 || invoice.InvoiceType === 2) Credits = Credits.add(Rest);
  }
  return { Liability, Credits };
}

export function renderContact(state: HesabfaState, c: ContactRecord): Obj {
  const { Liability, Credits } = contactBalances(state, c.Code);
  return {
    Id: c.Id,
    Code: c.Code,
    Name: c.Name,
    Company: c.Company,
    FirstName: c.FirstName,
    LastName: c.LastName,
    ContactType: c.ContactType,
    NationalCode: c.NationalCode,
    EconomicCode: c.EconomicCode,
    RegistrationNumber: c.RegistrationNumber,
    Address: c.Address,
    City: c.City,
    State: c.State,
    Country: c.Country,
    PostalCode: c.PostalCode,
    Phone: c.Phone,
    Fax: c.Fax,
    Mobile: c.Mobile,
    Email: c.Email,
    Website: c.Website,
    RegistrationDate: renderDate(c.RegistrationDate),
    Note: c.Note,
    SharePercent: c.SharePercent,
    Liability,
    Credits,
    ContactCredit: c.ContactCredit,
    Tag: c.Tag,
    TaxType: c.TaxType,
    Active: c.Active,
    NodeFamily: c.NodeFamily,
  };
}

export function renderItem(state: HesabfaState, i: ItemRecord): Obj {
  return {
    Id: i.Id,
    Code: i.Code,
    Name: i.Name,
    Barcode: i.Barcode,
    ItemType: i.ItemType,
    Unit: i.Unit,
    Stock: state.itemStock(i.Code),
    BuyPrice: i.BuyPrice,
    SellPrice: i.SellPrice,
    PurchasesTitle: i.PurchasesTitle,
    SalesTitle: i.SalesTitle,
    NodeFamily: i.NodeFamily,
    Tag: i.Tag,
    Description: i.Description,
    ProductCode: i.ProductCode,
    Active: i.Active,
  };
}

/** 0 no receipt, 1 incomplete, 2 complete (H3 WarehouseReceiptStatus), over the goods lines. */
export function receiptStatus(state: HesabfaState, invoice: InvoiceRecord): number {
  const needed = new Map<string, Dec>();
  for (const line of invoice.InvoiceItems) {
    if (state.items.get(line.ItemCode)?.ItemType !== 0) continue;
    needed.set(line.ItemCode, (needed.get(line.ItemCode) ?? Dec.ZERO).add(line.Quantity));
  }
  const receipts = state.receiptsOf(invoice);
  if (receipts.length === 0) return 0;
  const done = new Map<string, Dec>();
  for (const receipt of receipts) {
    for (const line of receipt.Items) done.set(line.ItemCode, (done.get(line.ItemCode) ?? Dec.ZERO).add(line.Quantity));
  }
  for (const [code, quantity] of needed) if ((done.get(code) ?? Dec.ZERO).cmp(quantity) < 0) return 1;
  return 2;
}

export function renderInvoice(state: HesabfaState, inv: InvoiceRecord): Obj {
  const contact = inv.ContactCode === null ? undefined : state.contacts.get(inv.ContactCode);
  const totals = invoiceTotals(state, inv);
  return {
    Id: inv.Id,
    Number: inv.Number,
    Reference: inv.Reference,
    Date: renderDate(inv.Date),
    DueDate: inv.DueDate === null ? null : renderDate(inv.DueDate),
    ContactCode: inv.ContactCode,
    Contact: contact ? renderContact(state, contact) : null,
    ContactTitle: inv.ContactTitle,
    InvoiceType: inv.InvoiceType,
    Status: inv.Status,
    Sum: totals.Sum,
    Payable: totals.Payable,
    Paid: totals.Paid,
    Rest: totals.Rest,
    Note: inv.Note,
    Sent: inv.Sent,
    Returned: inv.Returned,
    Tag: inv.Tag,
    Freight: inv.Freight,
    WarehouseReceiptStatus: receiptStatus(state, inv),
    Project: inv.Project,
    SalesmanCode: inv.SalesmanCode,
    SalesmanPercent: inv.SalesmanPercent,
    Currency: inv.Currency,
    CurrencyRate: inv.CurrencyRate,
    InvoiceItems: [...inv.InvoiceItems]
      .sort((a, b) => a.RowNumber - b.RowNumber)
      .map((line) => {
        const item = state.items.get(line.ItemCode);
        return {
          RowNumber: line.RowNumber,
          ItemCode: line.ItemCode,
          Item: item ? renderItem(state, item) : null,
          Description: line.Description,
          Unit: line.Unit,
          Quantity: line.Quantity,
          UnitPrice: line.UnitPrice,
          Discount: line.Discount,
          Tax: line.Tax,
          TotalAmount: lineTotal(line),
        };
      }),
  };
}

export function renderReceipt(state: HesabfaState, r: WarehouseReceiptRecord): Obj {
  return {
    Id: r.Id,
    Number: r.Number,
    InvoiceNumber: r.InvoiceNumber,
    InvoiceType: r.InvoiceType,
    WarehouseCode: r.WarehouseCode,
    DestinationWarehouseCode: null,
    Date: renderDate(r.Date),
    Notes: r.Notes,
    Delivery: r.Delivery,
    Freight: r.Freight,
    Project: r.Project,
    Receiving: r.Receiving,
    Items: r.Items.map((line) => {
      const item = state.items.get(line.ItemCode);
      return {
        ItemCode: line.ItemCode,
        Reference: line.Reference,
        Notes: line.Notes,
        Quantity: line.Quantity,
        Item: item ? renderItem(state, item) : null,
      };
    }),
  };
}

export const renderBank = (b: BankRecord): Obj => ({ Id: b.Id, Code: b.Code, Name: b.Name, Branch: b.Branch, Account: b.Account, Currency: b.Currency });
export const renderCash = (c: CashRecord): Obj => ({ Id: c.Id, Code: c.Code, Name: c.Name, Currency: c.Currency });
export const renderWarehouse = (w: WarehouseRecord): Obj => ({ Id: w.Id, Code: w.Code, Name: w.Name });

export function renderChange(c: ChangeRecord): Obj {
  return {
    Id: c.Id,
    DateTime: renderDate(c.DateTime),
    Action: c.Action,
    ObjectId: c.ObjectId,
    ObjectType: c.ObjectType,
    Extra: c.Extra,
    Extra2: c.Extra2,
    API: c.API,
  };
}

/** GetFiscalYear: no Id (VENDORS.md). */
export const renderFiscalYear = (y: FiscalYear): Obj => ({ Name: y.Name, StartDate: renderDate(y.StartDate), EndDate: renderDate(y.EndDate) });

export const renderFiscalYearListEntry = (y: FiscalYear): Obj => ({ ...renderFiscalYear(y), Closed: y.Closed, FirstYear: y.FirstYear });
