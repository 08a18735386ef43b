import { ArgsType, Field } from "type-graphql";

@ArgsType()
export class TahesabBalancesArgs {
  @Field(() => [String], {
    description:
      "Tahesab account codes (کد حساب), digits only (Persian digits accepted), at least one and at most the server's limit (1000 by default).",
  })
  customerCodes: string[];
}
