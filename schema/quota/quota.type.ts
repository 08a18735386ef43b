import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar, GregorianDateScalar } from "../../src/core/scalars/gregorian-date.js";

@ObjectType({
  description:
    "Today's use of Hesabit's daily request quota (سهمیه روزانه درخواست), counted by hesabgraph per OAuth client and Tehran day, " +
    "across every instance. Past it, Hesabit calls fail with VENDOR_RATE_LIMITED before anything is sent.",
})
export class HesabitQuota {
  @Field(() => Int, { description: "Requests allowed a day (سقف درخواست روزانه): HESABIT_DAILY_QUOTA, 20,000 by default." })
  limit: number;

  @Field(() => Int, { description: "Requests made today (درخواست های امروز)." })
  used: number;

  @Field(() => Int, { description: "Requests left today (باقیمانده امروز)." })
  remaining: number;

  @Field(() => GregorianDateScalar, { description: "The day counted (روز), the Tehran calendar day as a Gregorian date." })
  day: string;

  @Field(() => DateTimeScalar, { description: "When the count starts again (زمان شروع دوباره): the next midnight in Tehran." })
  resetsAt: string;
}
