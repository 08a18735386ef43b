import { Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { CustomerRecord } from "../../src/core/customer.js";
import { badInput } from "../../src/core/errors.js";
import { parseIranianMobile } from "../../src/core/text/phone.js";
import type { Context } from "../../src/context.js";
import { Customer, CustomerConnection } from "../../schema/customer/customer.type.js";
import { HesabfaCustomersArgs, HesabfaCustomersByContactArgs, SaveHesabfaCustomersArgs } from "../../schema/hesabfa/hesabfa.args.js";
import { SaveHesabfaCustomersPayload } from "../../schema/hesabfa/hesabfa.types.js";
import { hesabfaCode, toContactChanges } from "../customers/hesabfa.js";
import { offsetConnection } from "../offset-connection.js";
import { useHesabfa } from "../vendors.js";

@Resolver()
export class HesabfaCustomersResolver {
  @Query(() => CustomerConnection, {
    description:
      "Hesabfa customers (اشخاص), filtered, searched and sorted as asked, page by page (up to 1,000 a page, read from Hesabfa in " +
      "calls of HESABFA_PAGE_SIZE); `totalCount` is the number that pass the filters.",
  })
  async hesabfaCustomers(@Args() args: HesabfaCustomersArgs, @Ctx() context: Context): Promise<CustomerConnection> {
    const { datasource, loaders } = useHesabfa(context);
    const connection = await offsetConnection((skip, take) => datasource.contacts.list(args.filter, skip, take), args, datasource.pageSize);
    for (const { node } of connection.edges) loaders.customer.prime(node.code, node);
    return connection as CustomerConnection;
  }

  @Query(() => [Customer], {
    description: "Hesabfa customers whose mobile, phone or e-mail is exactly one of those given (جستجو با موبایل، تلفن یا ایمیل); empty when none.",
  })
  async hesabfaCustomersByContact(@Args() args: HesabfaCustomersByContactArgs, @Ctx() context: Context): Promise<CustomerRecord[]> {
    const mobile = args.mobile?.trim() ? `0${parseIranianMobile("mobile", args.mobile)}` : null;
    const phone = args.phone?.trim() || null;
    const email = args.email?.trim() || null;
    if (!mobile && !phone && !email) throw badInput("mobile", "give a mobile, a phone or an e-mail to look for");
    return useHesabfa(context).datasource.contacts.byPhoneOrEmail(mobile, phone, email);
  }

  @Mutation(() => SaveHesabfaCustomersPayload, {
    nullable: true,
    description:
      "Saves many Hesabfa customers at once (ذخیره گروهی اشخاص): new ones without a code, changes to others (only the fields given " +
      "change). Sent 500 a call; answered in the order given. Exactly once with an idempotencyKey.",
  })
  async saveHesabfaCustomers(@Args() { customers, idempotencyKey }: SaveHesabfaCustomersArgs, @Ctx() context: Context): Promise<SaveHesabfaCustomersPayload> {
    const entries = customers.map((entry, i) => {
      const at = `customers[${i}]`;
      if (!entry.code && !entry.name?.trim()) throw badInput(`${at}.name`, "is required for a new customer");
      return { code: entry.code ? hesabfaCode(`${at}.code`, entry.code) : null, changes: toContactChanges(entry, at) };
    });
    const saved = await useHesabfa(context).datasource.contacts.batchSave(entries, idempotencyKey);
    return saved as unknown as SaveHesabfaCustomersPayload;
  }
}
