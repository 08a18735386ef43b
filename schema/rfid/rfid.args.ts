import { ArgsType, Field } from "type-graphql";

@ArgsType()
export class EpcsArgs {
  @Field(() => [String], {
    description:
      "EPCs of RFID tags (کد EPC): 8 to 64 hex digits each, any letter case, spaces and dashes between groups ignored; " +
      "at least one and at most the server's limit (1000 by default).",
  })
  epcs: string[];
}
