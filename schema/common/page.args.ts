import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";

/** `first` and `after` of every forward-paged Relay connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: "Page size, 1 to 500." })
  @Min(1)
  @Max(500)
  first: number;

  @Field(() => String, { nullable: true, description: "Cursor after which the page starts (`pageInfo.endCursor` of the previous page)." })
  after?: string | null;
}
