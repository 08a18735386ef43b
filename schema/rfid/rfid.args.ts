import { ArgsType, Field } from "type-graphql";
import { IdempotencyArgs } from "../common/idempotency.args.js";

const EPCS_DESCRIPTION =
  "EPCs of RFID tags (کد EPC): 8 to 64 hex digits each, any letter case, spaces and dashes between groups ignored; " +
  "at least one and at most the server's limit (1000 by default).";

@ArgsType()
export class EpcsArgs {
  @Field(() => [String], { description: EPCS_DESCRIPTION })
  epcs: string[];
}

@ArgsType()
export class RecordRfidReadArgs extends IdempotencyArgs {
  @Field(() => [String], { description: EPCS_DESCRIPTION })
  epcs: string[];
}
