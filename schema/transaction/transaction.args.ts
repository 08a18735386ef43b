import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../common/page.args.js";
import { TransactionStatus } from "./transaction.enums.js";

@ArgsType()
export class HesabitTransactionsArgs extends PageArgs {
  @Field(() => TransactionStatus, { nullable: true, description: "Only transactions with this status (وضعیت تراکنش); all when left out." })
  status?: TransactionStatus | null;
}

@ArgsType()
export class HesabitTransactionArgs {
  @Field({ description: "The transaction's id in Hesabit (شناسه تراکنش), a string of digits, as `Transaction.code` gives it." })
  id: string;
}
