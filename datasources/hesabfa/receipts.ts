import { z } from "zod";
import type { ExactlyOnceOutcome } from "../../src/core/exactly-once.js";
import type { InvoiceKind } from "../../src/core/invoice.js";
import { jsonNumber } from "../../src/core/json.js";
import type { HesabfaClient } from "./client.js";
import { toHesabfaDate } from "./dates.js";
import { code, codeKey, date, decimal, integer, optional, padCode, text } from "./fields.js";
import { KIND_NUMBERS } from "./invoices.js";
import type { HesabfaWrites } from "./writes.js";

const RECEIPT = z.looseObject({
  Id: integer,
  Number: integer,
  InvoiceNumber: code,
  InvoiceType: integer,
  WarehouseCode: integer,
  Date: optional(date),
  Notes: text,
  Items: z.array(z.looseObject({ ItemCode: code, Quantity: decimal })),
});

/** A warehouse receipt (goods in) or remittance (goods out) for one invoice and one warehouse. */
export interface ReceiptRecord extends Record<string, unknown> {
  /** Null when Hesabfa said the receipt was already saved (120) and gave no answer to read it from. */
  number: number | null;
  warehouseCode: number;
  invoiceKind: InvoiceKind;
  invoiceNumber: string;
  date: string | null;
  note: string | null;
  lines: Array<{ itemCode: string; quantity: string }>;
}

export interface ReceiptDraft {
  invoiceKind: InvoiceKind;
  invoiceNumber: string;
  warehouseCode: number;
  date?: Date | null;
  note?: string | null;
  /** Replace the invoice's earlier receipts instead of adding to them. */
  replaceEarlier: boolean;
  lines: Array<{ itemCode: string; quantity: string }>;
}

/** Warehouse receipts for invoices. */
export class HesabfaReceipts {
  constructor(private readonly client: HesabfaClient, private readonly writes: HesabfaWrites) {}

  save(draft: ReceiptDraft, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<ReceiptRecord>> {
    const receipt: Record<string, unknown> = {
      WarehouseCode: draft.warehouseCode,
      InvoiceNumber: padCode(draft.invoiceNumber),
      InvoiceType: KIND_NUMBERS[draft.invoiceKind],
      Items: draft.lines.map((line) => ({ ItemCode: padCode(line.itemCode), Quantity: jsonNumber(line.quantity) })),
    };
    if (draft.date) receipt.Date = toHesabfaDate(draft.date);
    if (draft.note) receipt.Notes = draft.note;
    return this.writes.run({
      idempotencyKey,
      method: "invoice/SaveWarehouseReceipt",
      params: { receipt, deleteOldReceipts: draft.replaceEarlier },
      shape: RECEIPT,
      map: (saved): ReceiptRecord => ({
        number: saved.Number,
        warehouseCode: saved.WarehouseCode,
        invoiceKind: draft.invoiceKind,
        invoiceNumber: saved.InvoiceNumber,
        date: saved.Date,
        note: saved.Notes,
        lines: saved.Items.map((line) => ({ itemCode: line.ItemCode, quantity: line.Quantity })),
      }),
      // Hesabfa has no method to read a receipt: the client gets what it asked for, without a number.
      readBack: async () => ({
        number: null,
        warehouseCode: draft.warehouseCode,
        invoiceKind: draft.invoiceKind,
        invoiceNumber: padCode(draft.invoiceNumber),
        date: null,
        note: draft.note ?? null,
        lines: draft.lines.map((line) => ({ itemCode: padCode(line.itemCode), quantity: line.quantity })),
      }),
      own: (saved) => [
        { objectType: "WarehouseReceipt", natural: saved.number === null ? null : String(saved.number) },
        { objectType: "Invoice", natural: `${KIND_NUMBERS[draft.invoiceKind]}:${codeKey(draft.invoiceNumber)}` },
      ],
      advice: "Retry the same mutation with the same idempotencyKey: Hesabfa is sent the same request id and does not save the receipt twice.",
    });
  }
}
