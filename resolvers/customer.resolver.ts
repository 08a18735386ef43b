import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { BalanceRecord } from "../datasources/tahesab/index.js";
import type { CustomerRecord } from "../src/core/customer.js";
import type { Context } from "../src/context.js";
import { useTahesab } from "./vendors.js";
import { badInput } from "../src/core/errors.js";
import { toGlobalId } from "../src/core/ids.js";
import { normalisePersian } from "../src/core/text/persian.js";
import { parseIranianMobile } from "../src/core/text/phone.js";
import { Balance } from "../schema/balance/balance.type.js";
import { BalanceAtArgs, CustomerArgs, CustomersByPhoneArgs, TahesabCustomersArgs } from "../schema/customer/customer.args.js";
import { customersOf } from "./customers/index.js";
import { Customer, CustomerConnection } from "../schema/customer/customer.type.js";
import { Vendor } from "../schema/common/vendor.enum.js";
import { codeRangeConnection, parseCodeRange } from "./code-range.js";

/** The customer records every vendor's datasource answers with (only Tahesab's so far). */
type AnyCustomer = CustomerRecord;

/** A name filter that ignores how ي/ك, digits and spaces were typed, on either side. */
function nameFilter(value: string | null | undefined): ((c: CustomerRecord) => boolean) | undefined {
  if (value === undefined || value === null) return undefined;
  const wanted = normalisePersian(value);
  if (wanted === "" || wanted.length > 100) throw badInput("nameContains", "must be 1 to 100 characters of text");
  return (c) => c.name !== null && normalisePersian(c.name).includes(wanted);
}

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection, {
    description:
      "Tahesab customers (مشتریان / حساب ها) whose account code lies in a range (DoListMoshtari), in code order, page by page; " +
      "optionally only those whose name contains some text.",
  })
  async tahesabCustomers(@Args() args: TahesabCustomersArgs, @Ctx() context: Context): Promise<CustomerConnection> {
    const range = parseCodeRange(args);
    const keep = nameFilter(args.nameContains);
    const { datasource: tahesab, loaders } = useTahesab(context);
    const page = await tahesab.customers.pageByRange(range.start, range.to, args.first, keep);
    for (const customer of page.items) loaders.customer.prime(customer.code, customer);
    return codeRangeConnection(range, page) as CustomerConnection;
  }

  @Query(() => [Customer], {
    description:
      "Tahesab customers with this mobile number (مشتریان با این شماره موبایل; DoListMoshtari by Tel), in code order; empty when none. " +
      "The number may be typed in any usual form.",
  })
  async tahesabCustomersByPhone(@Args() { phone }: CustomersByPhoneArgs, @Ctx() context: Context): Promise<CustomerRecord[]> {
    const mobile = parseIranianMobile("phone", phone);
    const { datasource: tahesab, loaders } = useTahesab(context);
    const found = await tahesab.customers.byPhone(mobile);
    for (const customer of found) loaders.customer.prime(customer.code, customer);
    return found;
  }

  @Query(() => Customer, {
    nullable: true,
    description: "One customer (مشتری) of any vendor by its code there; null when the vendor has no such customer.",
  })
  customer(@Args() { vendor, code }: CustomerArgs, @Ctx() context: Context): Promise<CustomerRecord | null> {
    return customersOf(vendor, "vendor").load(context, code);
  }

  @FieldResolver(() => ID, { description: "Global id of this customer, for `node(id:)`." })
  id(@Root() customer: AnyCustomer): string {
    return toGlobalId(customer.vendor, "Customer", customer.code);
  }

  @FieldResolver(() => Balance, {
    nullable: true,
    description:
      "The customer's latest balance (آخرین مانده حساب) with its breakdown; Tahesab customers only, null for other vendors. " +
      "The balances of every customer in one operation travel in one Tahesab call per batch.",
  })
  balance(@Root() customer: AnyCustomer, @Ctx() context: Context): Promise<BalanceRecord | null> | null {
    if (customer.vendor !== Vendor.TAHESAB) return null;
    return useTahesab(context).loaders.balance.load(customer.code);
  }

  @FieldResolver(() => Balance, {
    nullable: true,
    description:
      "The customer's balance at the end of a Shamsi day (مانده حساب در تاریخ, GetMandeHesabByTarikh); Tahesab customers only, " +
      "null for other vendors. One Tahesab call per customer and day.",
  })
  balanceAt(@Root() customer: AnyCustomer, @Args() { date }: BalanceAtArgs, @Ctx() context: Context): Promise<BalanceRecord | null> | null {
    if (customer.vendor !== Vendor.TAHESAB) return null;
    return useTahesab(context).loaders.balanceAt.load({ code: customer.code, day: date });
  }
}
