import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { HesabitCustomerFilter } from "../datasources/hesabit/index.js";
import type { Context } from "../src/context.js";
import { badInput } from "../src/core/errors.js";
import { parseIranianMobile } from "../src/core/text/phone.js";
import { HesabitCustomersArgs } from "../schema/customer/hesabit-customers.args.js";
import { Customer, CustomerConnection } from "../schema/customer/customer.type.js";
import { trimmed } from "./customers/vendor-customers.js";
import { offsetOf, pageConnection } from "./offset-connection.js";
import { useHesabit } from "./vendors.js";

/** Hesabit's filters, as its list compares them: whole values, the mobile as 09xxxxxxxxx. */
function filterOf(args: HesabitCustomersArgs): HesabitCustomerFilter {
  const email = trimmed(args.email);
  if (email !== null && !/^[^\s@]+@[^\s@]+$/.test(email)) throw badInput("email", "must be a whole e-mail address (the filter compares whole values)");
  return {
    email: email ?? undefined,
    mobile: trimmed(args.mobile) === null ? undefined : `0${parseIranianMobile("mobile", args.mobile!)}`,
    company: trimmed(args.company) ?? undefined,
  };
}

@Resolver(() => Customer)
export class HesabitCustomerResolver {
  @Query(() => CustomerConnection, {
    description:
      "Hesabit customers (مشتریان حسابیت), newest first, page by page (GET /customers, 100 a call underneath; a page of any size is " +
      "complete). Filters compare whole values; with none, every customer.",
  })
  async hesabitCustomers(@Args() args: HesabitCustomersArgs, @Ctx() context: Context): Promise<CustomerConnection> {
    const filter = filterOf(args);
    const start = offsetOf(args.after);
    const { datasource, loaders } = useHesabit(context);
    const page = await datasource.customers.page(filter, start, args.first);
    for (const customer of page.items) loaders.customer.prime(customer.code, customer);
    return pageConnection(start, page) as CustomerConnection;
  }
}
