import { Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { badInput } from "../../src/core/errors.js";
import type { Context } from "../../src/context.js";
import { HesabfaChangesArgs, RegisterHesabfaChangeHookArgs } from "../../schema/hesabfa/hesabfa.args.js";
import { HesabfaBank, HesabfaCashDesk, HesabfaChangeFeed, HesabfaChangeHookPayload, HesabfaFiscalYear, HesabfaWarehouse } from "../../schema/hesabfa/hesabfa.types.js";
import { CurrencyCode } from "../../schema/invoice/invoice.enums.js";
import { useHesabfa } from "../vendors.js";

@Resolver()
export class HesabfaBusinessResolver {
  @Query(() => CurrencyCode, { description: "The currency the Hesabfa business keeps its books in (واحد پول): every Hesabfa amount is in it." })
  hesabfaCurrency(@Ctx() context: Context): Promise<CurrencyCode> {
    return useHesabfa(context).datasource.settings.currency() as Promise<CurrencyCode>;
  }

  @Query(() => [HesabfaFiscalYear], { description: "The business's fiscal years (سال های مالی), oldest first." })
  hesabfaFiscalYears(@Ctx() context: Context): Promise<HesabfaFiscalYear[]> {
    const { datasource } = useHesabfa(context);
    return datasource.settings.fiscalYears(datasource.config.yearId);
  }

  @Query(() => [HesabfaBank], { description: "The business's bank accounts (بانک ها), for payments." })
  hesabfaBanks(@Ctx() context: Context): Promise<HesabfaBank[]> {
    return useHesabfa(context).datasource.settings.banks();
  }

  @Query(() => [HesabfaCashDesk], { description: "The business's cash desks (صندوق ها), for payments." })
  hesabfaCashDesks(@Ctx() context: Context): Promise<HesabfaCashDesk[]> {
    return useHesabfa(context).datasource.settings.cashDesks();
  }

  @Query(() => [HesabfaWarehouse], { description: "The business's warehouses (انبارها), for warehouse receipts; empty when it keeps none." })
  hesabfaWarehouses(@Ctx() context: Context): Promise<HesabfaWarehouse[]> {
    return useHesabfa(context).datasource.settings.warehouses();
  }

  @Query(() => HesabfaChangeFeed, {
    description:
      "What changed in the Hesabfa business after a change id (تغییرات): customers, items, invoices (payments too), warehouse " +
      "receipts, oldest first. Changes hesabgraph made itself are left out unless asked for. Kept: the newest 1,000 since the feed " +
      "started (when the change hook was registered or this was first asked).",
  })
  async hesabfaChanges(@Args() { after, includeOwn, refresh }: HesabfaChangesArgs, @Ctx() context: Context): Promise<HesabfaChangeFeed> {
    const { datasource } = useHesabfa(context);
    if (refresh) await datasource.changes.pull();
    return datasource.changes.since(after, includeOwn) as Promise<HesabfaChangeFeed>;
  }

  @Mutation(() => HesabfaChangeHookPayload, {
    nullable: true,
    description:
      "Asks Hesabfa to call hesabgraph on every change (ثبت وب هوک), at <publicUrl>/hooks/hesabfa/<HESABFA_HOOK_SECRET>, and starts " +
      "the change feed. Done at start-up as well when HESABFA_PUBLIC_URL is set.",
  })
  async registerHesabfaChangeHook(@Args() { publicUrl }: RegisterHesabfaChangeHookArgs, @Ctx() context: Context): Promise<HesabfaChangeHookPayload> {
    const { datasource } = useHesabfa(context);
    const base = publicUrl?.trim() || datasource.config.publicUrl;
    if (!base) throw badInput("publicUrl", "is required when HESABFA_PUBLIC_URL is not set");
    if (!/^https?:\/\/[^\s/]+/.test(base)) throw badInput("publicUrl", "must be an http:// or https:// address, e.g. https://graph.example.com");
    if (!datasource.config.hookSecret) throw badInput("publicUrl", "the hook needs HESABFA_HOOK_SECRET and HESABFA_HOOK_PASSWORD on this server");
    return { url: await datasource.registerHook(base) };
  }
}
