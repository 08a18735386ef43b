import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { CustomerRecord, NewCustomer } from "../datasources/tahesab/index.js";
import type { Context } from "../src/context.js";
import { useTahesab } from "./vendors.js";
import { badInput } from "../src/core/errors.js";
import { parseIranianMobile, parsePhoneNumber } from "../src/core/text/phone.js";
import type { CreateCustomerInput } from "../schema/customer/create-customer.input.js";
import { CreateCustomerPayload } from "../schema/customer/create-customer.payload.js";
import { CreateCustomerArgs } from "../schema/customer/customer.args.js";
import { Vendor } from "../schema/common/vendor.enum.js";

/** The input, trimmed and with its numbers parsed; BAD_USER_INPUT naming the field otherwise. */
function toNewCustomer(input: CreateCustomerInput): NewCustomer {
  return {
    name: input.name.trim(),
    group: input.group?.trim() ?? "",
    mobile: input.mobile ? parseIranianMobile("input.mobile", input.mobile) : null,
    phone: input.phone ? parsePhoneNumber("input.phone", input.phone) : null,
    address: input.address?.trim() ?? "",
  };
}

@Resolver(() => CreateCustomerPayload)
export class CreateCustomerResolver {
  @Mutation(() => CreateCustomerPayload, {
    nullable: true,
    description:
      "Creates a customer (ثبت مشتری / حساب جدید; Tahesab DoNewMoshtari) and answers the code the vendor gave it. " +
      "With an idempotencyKey it happens at most once: a repeat is answered from the journal, and a lost answer is " +
      "reconciled by finding the customer with exactly these details.",
  })
  async createCustomer(@Args() { input, idempotencyKey }: CreateCustomerArgs, @Ctx() context: Context): Promise<CreateCustomerPayload> {
    if (input.vendor !== Vendor.TAHESAB) {
      throw badInput("input.vendor", `creating ${input.vendor} customers is not available yet; only TAHESAB`);
    }
    const customer = toNewCustomer(input);
    const { result, replayed, reconciled } = await useTahesab(context).datasource.customers.create(customer, idempotencyKey);
    return { vendor: Vendor.TAHESAB, code: result.code, replayed, reconciled };
  }

  @FieldResolver()
  customer(@Root() payload: CreateCustomerPayload, @Ctx() context: Context): Promise<CustomerRecord | null> {
    return useTahesab(context).loaders.customer.load(payload.code);
  }
}
