import { Field, ObjectType } from "type-graphql";
import { Vendor } from "../common/vendor.enum.js";
import { Invoice } from "./invoice.type.js";

@ObjectType({ description: "What `createHesabitInvoice` answers." })
export class CreateHesabitInvoicePayload {
  @Field(() => Vendor, { description: "The vendor the invoice was created in (سامانه): HESABIT." })
  vendor: Vendor;

  @Field({ description: "The new invoice's id in Hesabit (شناسه فاکتور)." })
  code: string;

  @Field(() => Invoice, {
    description: "The invoice as Hesabit stored it (فاکتور ثبت شده), from its answer: online payment may be off though it was asked for.",
  })
  invoice: Invoice;

  @Field({ description: "True when this answer came from the idempotency journal: an earlier request with the same key created it; nothing was sent now." })
  replayed: boolean;

  @Field({ description: "True when Hesabit's answer was lost and hesabgraph found the new invoice in Hesabit afterwards." })
  reconciled: boolean;
}
