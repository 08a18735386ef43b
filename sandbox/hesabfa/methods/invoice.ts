// invoice/*: get, getById, getinvoices, save, delete, savepayment,
// SaveWarehouseReceipt. Invoices are per fiscal year: get, getinvoices, save,
// delete, savepayment and SaveWarehouseReceipt work in yearId's year (absent:
// the latest); getById finds an invoice by Id whatever its year.
import { asObject, read, type Fields } from "../bind.js";
import { deleteInvoice, findInvoice, parseInvoice, saveInvoice } from "../invoices.js";
import { fail } from "../errors.js";
import { PAYMENT_PARAMS, savePayment } from "../payments.js";
import { parseQueryInfo, runQuery } from "../query.js";
import { renderInvoice, renderReceipt } from "../render.js";
import { INVOICE_SCHEMA, INVOICE_SEARCH } from "../schemas.js";
import { saveWarehouseReceipt } from "../warehouse-receipts.js";
import { answer, type MethodDef } from "./method.js";
import { getById } from "./shared.js";

const readType = (params: Fields) => read.int(params, "type", { required: true, min: 0, max: 4 }) as number;

export const INVOICE_METHODS: MethodDef[] = [
  {
    name: "invoice/get",
    write: false,
    params: ["number", "type"],
    run: ({ state, params, year }) => {
      const number = read.code(params, "number", { required: true }) as number;
      return answer(renderInvoice(state, findInvoice(state, readType(params), number, year)));
    },
  },
  {
    name: "invoice/getbyid",
    write: false,
    params: ["idList", "id"],
    run: ({ state, params }) => answer(getById(params, (id) => state.invoiceById(id), (inv) => renderInvoice(state, inv), "invoice")),
  },
  {
    name: "invoice/getinvoices",
    write: false,
    params: ["type", "queryInfo"],
    run: ({ state, params, year }) => {
      const type = readType(params);
      const query = parseQueryInfo(params.get("queryInfo"), INVOICE_SCHEMA, INVOICE_SEARCH);
      const rows = [...state.invoices.values()]
        .filter((inv) => inv.InvoiceType === type && inv.yearOrdinal === year.ordinal)
        .sort((a, b) => a.Id - b.Id)
        .map((inv) => renderInvoice(state, inv));
      return answer(runQuery(rows, query));
    },
  },
  {
    name: "invoice/save",
    write: true,
    params: ["invoice"],
    run: ({ state, params, year }) => {
      const input = parseInvoice(asObject(params.get("invoice"), "invoice", { required: true }) as Fields, state.currency);
      return answer(renderInvoice(state, saveInvoice(state, input, year, true)));
    },
  },
  {
    // H2 and H3 send `number`; H1 sends the number as `code`. Either, not both.
    name: "invoice/delete",
    write: true,
    params: ["number", "code", "type"],
    run: ({ state, params, year }) => {
      if (params.has("number") && params.has("code")) fail.range("number, code", "give the invoice number once");
      const name = params.has("code") ? "code" : "number";
      const number = read.code(params, name, { required: true }) as number;
      deleteInvoice(state, readType(params), number, year, true);
      return answer(true);
    },
  },
  {
    name: "invoice/savepayment",
    write: true,
    params: PAYMENT_PARAMS,
    run: ({ state, params, year }) => answer(renderInvoice(state, savePayment(state, params, year, true))),
  },
  {
    name: "invoice/savewarehousereceipt",
    write: true,
    params: ["receipt", "deleteOldReceipts"],
    run: ({ state, params, year }) => {
      const receipt = asObject(params.get("receipt"), "receipt", { required: true }) as Fields;
      const deleteOld = read.bool(params, "deleteOldReceipts") ?? false;
      return answer(renderReceipt(state, saveWarehouseReceipt(state, receipt, deleteOld, year, true)));
    },
  },
];
