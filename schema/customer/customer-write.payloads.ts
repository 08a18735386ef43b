import { Field, ObjectType } from "type-graphql";
import { Vendor } from "../common/vendor.enum.js";
import { Customer } from "./customer.type.js";

/** `customer` is a field resolver (resolvers/customer-writes.resolver.ts), so a failed read-back never hides the write. */
@ObjectType({ description: "What `updateCustomer` answers." })
export class UpdateCustomerPayload {
  @Field(() => Vendor, { description: "The vendor the customer lives in (سامانه)." })
  vendor: Vendor;

  @Field({ description: "The customer's code in its vendor (کد)." })
  code: string;

  @Field(() => Customer, { nullable: true, description: "The customer (مشتری) as the vendor now stores it (one more read); null only if that read fails." })
  customer?: Customer | null;

  @Field({ description: "True when this answer came from the idempotency journal: an earlier request with the same key made the change; nothing was sent now." })
  replayed: boolean;
}

@ObjectType({ description: "What `deleteCustomer` answers." })
export class DeleteCustomerPayload {
  @Field(() => Vendor, { description: "The vendor the customer was deleted from (سامانه)." })
  vendor: Vendor;

  @Field({ description: "The deleted customer's code (کد)." })
  code: string;

  @Field({ description: "True when this answer came from the idempotency journal; nothing was sent now." })
  replayed: boolean;
}
