import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { CustomerRecord } from "../src/core/customer.js";
import type { Context } from "../src/context.js";
import { CreateCustomerPayload } from "../schema/customer/create-customer.payload.js";
import { CreateCustomerArgs, DeleteCustomerArgs, UpdateCustomerArgs } from "../schema/customer/customer.args.js";
import { DeleteCustomerPayload, UpdateCustomerPayload } from "../schema/customer/customer-write.payloads.js";
import { customersOf } from "./customers/index.js";

@Resolver(() => CreateCustomerPayload)
export class CreateCustomerResolver {
  @Mutation(() => CreateCustomerPayload, {
    nullable: true,
    description:
      "Creates a customer (ثبت مشتری / حساب جدید) in one vendor and answers the code the vendor gave it. With an idempotencyKey it " +
      "happens at most once: a repeat is answered from the journal, and a lost answer is checked with the vendor before anything is " +
      "sent again. A field the vendor does not keep is refused, naming it.",
  })
  async createCustomer(@Args() { input, idempotencyKey }: CreateCustomerArgs, @Ctx() context: Context): Promise<CreateCustomerPayload> {
    const { code, replayed, reconciled } = await customersOf(input.vendor).create(context, input, idempotencyKey);
    return { vendor: input.vendor, code, replayed, reconciled };
  }

  @FieldResolver()
  customer(@Root() payload: CreateCustomerPayload, @Ctx() context: Context): Promise<CustomerRecord | null> {
    return customersOf(payload.vendor).load(context, payload.code);
  }
}

@Resolver(() => UpdateCustomerPayload)
export class UpdateCustomerResolver {
  @Mutation(() => UpdateCustomerPayload, {
    nullable: true,
    description:
      "Changes a customer (ویرایش مشتری): only the fields given change. Exactly once with an idempotencyKey. Vendors without a " +
      "command to change a customer (Tahesab) refuse it, naming `input.vendor`.",
  })
  async updateCustomer(@Args() { input, idempotencyKey }: UpdateCustomerArgs, @Ctx() context: Context): Promise<UpdateCustomerPayload> {
    const customers = customersOf(input.vendor);
    if (!customers.update) throw customersOf.unsupported(input.vendor, customers.label, "change a customer");
    const { code, replayed } = await customers.update(context, input, idempotencyKey);
    return { vendor: input.vendor, code, replayed };
  }

  @FieldResolver()
  customer(@Root() payload: UpdateCustomerPayload, @Ctx() context: Context): Promise<CustomerRecord | null> {
    return customersOf(payload.vendor).load(context, payload.code);
  }
}

@Resolver()
export class DeleteCustomerResolver {
  @Mutation(() => DeleteCustomerPayload, {
    nullable: true,
    description: "Deletes a customer (حذف مشتری). Exactly once with an idempotencyKey. Vendors without a command for it (Tahesab) refuse it, naming `vendor`.",
  })
  async deleteCustomer(@Args() { vendor, code, idempotencyKey }: DeleteCustomerArgs, @Ctx() context: Context): Promise<DeleteCustomerPayload> {
    const customers = customersOf(vendor, "vendor");
    if (!customers.delete) throw customersOf.unsupported(vendor, customers.label, "delete a customer", "vendor");
    const { replayed } = await customers.delete(context, code, idempotencyKey);
    return { vendor, code, replayed };
  }
}
