import { IsOptional, Length, Matches } from "class-validator";
import { ArgsType, Field } from "type-graphql";

const KEY = /^[\x21-\x7E]+$/;

/** `idempotencyKey`, the same on every mutation. */
@ArgsType()
export class IdempotencyArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "Makes the write exactly-once: a repeat with the same key is answered from the server's journal, and a write whose answer " +
      "was lost is checked with the vendor before it is ever sent again. 1 to 200 visible ASCII characters, e.g. a UUID.",
  })
  @IsOptional()
  @Length(1, 200)
  @Matches(KEY, { message: "must be visible ASCII characters without spaces" })
  idempotencyKey?: string | null;
}
