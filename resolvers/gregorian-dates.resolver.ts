// DESIGN: every date field can give both calendars. Tahesab thinks in Shamsi
// days (JalaliDate); each such field has a Gregorian twin (`Date`) here, for
// BI tools and apps that work in ISO dates.
import { FieldResolver, Resolver, Root } from "type-graphql";
import { GregorianDateScalar, gregorianOf } from "../src/core/scalars/gregorian-date.js";
import { Balance } from "../schema/balance/balance.type.js";
import { Etiket } from "../schema/etiket/etiket.type.js";
import { SanadReceipt } from "../schema/sanad/sanad.type.js";

const twin = (of: string) => ({ nullable: true, description: `\`${of}\` in the Gregorian calendar (تاریخ میلادی), ISO-8601, e.g. 2024-10-27.` });

@Resolver(() => Etiket)
export class EtiketDatesResolver {
  @FieldResolver(() => GregorianDateScalar, twin("changedOn"))
  changedOnGregorian(@Root() etiket: { changedOn: string | null }): string | null {
    return gregorianOf(etiket.changedOn);
  }
}

@Resolver(() => SanadReceipt)
export class SanadReceiptDatesResolver {
  @FieldResolver(() => GregorianDateScalar, twin("date"))
  dateGregorian(@Root() receipt: { date: string | null }): string | null {
    return gregorianOf(receipt.date);
  }
}

@Resolver(() => Balance)
export class BalanceDatesResolver {
  @FieldResolver(() => GregorianDateScalar, twin("asOf"))
  asOfGregorian(@Root() balance: { asOf: string | null }): string | null {
    return gregorianOf(balance.asOf);
  }
}
