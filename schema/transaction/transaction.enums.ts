import { registerEnumType } from "type-graphql";

export enum TransactionStatus {
  APPROVED = "APPROVED",
  DISAPPROVED = "DISAPPROVED",
}
registerEnumType(TransactionStatus, {
  name: "TransactionStatus",
  description: "Whether a Hesabit transaction went through (وضعیت تراکنش).",
  valuesConfig: {
    APPROVED: { description: "Approved (تایید شده): the money moved (Hesabit's `approved`)." },
    DISAPPROVED: { description: "Not approved (تایید نشده): a failed or refused payment (Hesabit's `disapproved`)." },
  },
});
