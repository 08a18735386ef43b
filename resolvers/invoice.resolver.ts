import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { badInput } from "../src/core/errors.js";
import { toGlobalId } from "../src/core/ids.js";
import type { InvoiceRecord } from "../src/core/invoice.js";
import type { Context } from "../src/context.js";
import { Vendor } from "../schema/common/vendor.enum.js";
import { InvoiceArgs } from "../schema/invoice/invoice.args.js";
import { Invoice } from "../schema/invoice/invoice.type.js";
import { useHesabfa } from "./vendors.js";

/** Each vendor's invoice lookup by its own id, as `invoice(vendor:, code:)` reaches it. */
const INVOICES: Partial<Record<Vendor, (context: Context, code: string) => Promise<InvoiceRecord | null>>> = {
  [Vendor.HESABFA]: (context, code) => {
    if (!/^\d{1,15}$/.test(code.trim())) throw badInput("code", `must be a Hesabfa invoice id (digits), as Invoice.code gives it; got ${JSON.stringify(code.slice(0, 30))}`);
    return useHesabfa(context).loaders.invoice.load(code.trim());
  },
};

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Query(() => Invoice, { nullable: true, description: "One invoice (فاکتور) of any vendor by its id there (`Invoice.code`); null when there is none." })
  invoice(@Args() { vendor, code }: InvoiceArgs, @Ctx() context: Context): Promise<InvoiceRecord | null> {
    const load = INVOICES[vendor];
    if (!load) throw badInput("vendor", `invoices of ${vendor} are not available`);
    return load(context, code);
  }

  @FieldResolver(() => ID, { description: "Global id of this invoice (شناسه سراسری), for `node(id:)`." })
  id(@Root() invoice: InvoiceRecord): string {
    return toGlobalId(invoice.vendor, "Invoice", invoice.code);
  }
}
