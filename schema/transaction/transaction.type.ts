import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../src/core/scalars/gregorian-date.js";
import { RialScalar } from "../../src/core/scalars/rial.js";
import { Connection } from "../common/connection.js";
import { Node } from "../common/node.interface.js";
import { Vendor } from "../common/vendor.enum.js";
import { TransactionStatus } from "./transaction.enums.js";

/**
 * A movement of money in a Hesabit account. `id` and `invoice` are field
 * resolvers (resolvers/transaction.resolver.ts).
 */
@ObjectType({
  implements: Node,
  description:
    "A transaction (تراکنش) of a Hesabit account: a customer's online payment of an invoice, a fee, a settlement. " +
    "Amounts are signed: money in is positive, money out (fees, withdrawals) negative.",
})
export class Transaction extends Node {
  @Field(() => Vendor, { description: "The vendor this transaction lives in (سامانه): HESABIT." })
  vendor: Vendor;

  @Field({ description: "The transaction's id in Hesabit (شناسه تراکنش): a string of digits of any length; keep it as a string." })
  code: string;

  @Field(() => String, { nullable: true, description: "Hesabit's description (شرح), e.g. «پرداخت فاکتور : لپ تاپ اپل (10005)» or «کارمزد فاکتور»." })
  description: string | null;

  @Field(() => RialScalar, { description: "Amount in rials (مبلغ به ریال), signed and exact at any size: positive in, negative out." })
  amount: string;

  @Field(() => TransactionStatus, { description: "Approved or not (وضعیت)." })
  status: TransactionStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the transaction was made (تاریخ ایجاد), ISO-8601." })
  createdAt: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The number of the invoice this payment is for (شماره فاکتور), as its description names it (`پرداخت فاکتور : title (number)`); null when it names none.",
  })
  invoiceNumber: string | null;

  @Field(() => String, { nullable: true, description: "The title of the invoice this payment is for (عنوان فاکتور), as its description names it; null when it names none." })
  invoiceTitle: string | null;
}

@ObjectType({ description: "A page of Hesabit transactions (تراکنش ها), newest first." })
export class TransactionConnection extends Connection(Transaction, "Transaction") {}
