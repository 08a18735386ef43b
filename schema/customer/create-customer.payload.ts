import { Field, ObjectType } from "type-graphql";
import { Vendor } from "../common/vendor.enum.js";
import { Customer } from "./customer.type.js";

/** `customer` is a field resolver (resolvers/create-customer.resolver.ts), so a failed read-back never hides the write. */
@ObjectType({ description: "What `createCustomer` answers." })
export class CreateCustomerPayload {
  @Field(() => Vendor, { description: "The vendor the customer was created in (سامانه)." })
  vendor: Vendor;

  @Field({ description: "The new customer's code in its vendor (کد حساب), as the vendor gave it." })
  code: string;

  @Field(() => Customer, {
    nullable: true,
    description: "The customer (مشتری) as the vendor now stores it (one more read); null only if that read fails, the customer exists all the same.",
  })
  customer?: Customer | null;

  @Field({ description: "True when this answer came from the idempotency journal: an earlier request with the same key created it; nothing was sent now." })
  replayed: boolean;

  @Field({ description: "True when the vendor's answer was lost and hesabgraph found the new customer by its details afterwards." })
  reconciled: boolean;
}
