import { Args, ArgsType, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { DocumentRequest, RecordedDocument, SanadRecord } from "../datasources/tahesab/index.js";
import type { Context } from "../src/context.js";
import { sanadReceiptKey, sanadRowKey } from "../datasources/tahesab/module.js";
import { useTahesab } from "./vendors.js";
import { badInput } from "../src/core/errors.js";
import { toGlobalId } from "../src/core/ids.js";
import { parseCode } from "../src/core/validation/codes.js";
import { CoinTradeInput, CoinTransferInput } from "../schema/sanad/coin.inputs.js";
import { GoldTradeInput, GoldTransferInput } from "../schema/sanad/gold.inputs.js";
import { EtiketTradeInput, EtiketTransferInput, MadeGoodsTradeInput, MadeGoodsTransferInput } from "../schema/sanad/goods.inputs.js";
import { CashTransferInput, DiscountInput, ReceivableOrPayableInput } from "../schema/sanad/money.inputs.js";
import { DeleteSanadArgs, RecordArgs, SanadArgs, SanadsArgs } from "../schema/sanad/sanad.args.js";
import { GoldKind } from "../schema/sanad/sanad.enums.js";
import type { SanadHeaderInput } from "../schema/sanad/sanad-header.input.js";
import { DeleteSanadPayload, Sanad, SanadReceipt } from "../schema/sanad/sanad.type.js";

const withId = (s: SanadRecord) => ({ ...s, id: toGlobalId("TAHESAB", "Sanad", sanadRowKey(s.customerCode, s.rowId)) });

// type-graphql needs a named @ArgsType class per mutation; RecordArgs builds the shape.
@ArgsType() class GoldTransferArgs extends RecordArgs(GoldTransferInput) {}
@ArgsType() class GoldTradeArgs extends RecordArgs(GoldTradeInput) {}
@ArgsType() class CoinTransferArgs extends RecordArgs(CoinTransferInput) {}
@ArgsType() class CoinTradeArgs extends RecordArgs(CoinTradeInput) {}
@ArgsType() class CashTransferArgs extends RecordArgs(CashTransferInput) {}
@ArgsType() class DiscountArgs extends RecordArgs(DiscountInput) {}
@ArgsType() class ReceivableOrPayableArgs extends RecordArgs(ReceivableOrPayableInput) {}
@ArgsType() class MadeGoodsTradeArgs extends RecordArgs(MadeGoodsTradeInput) {}
@ArgsType() class MadeGoodsTransferArgs extends RecordArgs(MadeGoodsTransferInput) {}
@ArgsType() class EtiketTradeArgs extends RecordArgs(EtiketTradeInput) {}
@ArgsType() class EtiketTransferArgs extends RecordArgs(EtiketTransferInput) {}


/** Melted gold must carry its lab assay (the seed: Ang_Number and Name_az are then required). */
function checkAssay(input: { goldKind: GoldKind; assay?: unknown }): void {
  if (input.goldKind === GoldKind.MELTED && !input.assay) {
    throw badInput("input.assay", "is required when goldKind is MELTED (stamp number and lab name of the assay)");
  }
}

@Resolver()
export class SanadResolver {
  private async record(
    context: Context,
    args: { input: SanadHeaderInput & Record<string, unknown>; idempotencyKey?: string | null },
    kind: DocumentRequest["kind"],
  ): Promise<SanadReceipt> {
    const { customerCode, factorNumber, date, posting, ...fields } = args.input;
    const header = { customerCode: parseCode("input.customerCode", customerCode), factorNumber, date, posting };
    const request = { kind, ...fields } as DocumentRequest;
    if ("etiketCode" in request) request.etiketCode = parseCode("input.etiketCode", request.etiketCode);
    const { result, replayed, reconciled } = await useTahesab(context).datasource.documentWrites.record(header, request, args.idempotencyKey);
    return receipt(result, replayed, reconciled);
  }

  @Mutation(() => SanadReceipt, { nullable: true, description: "Records raw gold received from or given to a customer (سند ورود و خروج آبشده و متفرقه; DoNewSanadVKHGOLD)." })
  recordGoldTransfer(@Args() args: GoldTransferArgs, @Ctx() context: Context) {
    checkAssay(args.input);
    return this.record(context, args as any, "GOLD_TRANSFER");
  }

  @Mutation(() => SanadReceipt, { nullable: true, description: "Records raw gold bought or sold (سند خرید و فروش آبشده و متفرقه; DoNewSanadBuySaleGOLD)." })
  recordGoldTrade(@Args() args: GoldTradeArgs, @Ctx() context: Context) {
    checkAssay(args.input);
    return this.record(context, args as any, "GOLD_TRADE");
  }

  @Mutation(() => SanadReceipt, { nullable: true, description: "Records coins received or given (سند ورود و خروج سکه; DoNewSanadVKHSEKEH)." })
  recordCoinTransfer(@Args() args: CoinTransferArgs, @Ctx() context: Context) {
    return this.record(context, args as any, "COIN_TRANSFER");
  }

  @Mutation(() => SanadReceipt, { nullable: true, description: "Records coins bought or sold (سند خرید و فروش سکه; DoNewSanadBuySaleSEKEH)." })
  recordCoinTrade(@Args() args: CoinTradeArgs, @Ctx() context: Context) {
    return this.record(context, args as any, "COIN_TRADE");
  }

  @Mutation(() => SanadReceipt, { nullable: true, description: "Records cash received or paid (سند ورود و خروج وجه نقد; DoNewSanadVKHVaghNaghd)." })
  recordCashTransfer(@Args() args: CashTransferArgs, @Ctx() context: Context) {
    return this.record(context, args as any, "CASH_TRANSFER");
  }

  @Mutation(() => SanadReceipt, { nullable: true, description: "Records a discount given or received (سند تخفیف; DoNewSanadTakhfif)." })
  recordDiscount(@Args() args: DiscountArgs, @Ctx() context: Context) {
    return this.record(context, args as any, "DISCOUNT");
  }

  @Mutation(() => SanadReceipt, { nullable: true, description: "Records a receivable or payable (سند طلب و بدهی; DoNewSanadTalabBedehi)." })
  recordReceivableOrPayable(@Args() args: ReceivableOrPayableArgs, @Ctx() context: Context) {
    return this.record(context, args as any, "RECEIVABLE_PAYABLE");
  }

  @Mutation(() => SanadReceipt, { nullable: true, description: "Records made goods bought or sold (سند خرید و فروش کارساخته; DoNewSanadBuySaleKar)." })
  recordMadeGoodsTrade(@Args() args: MadeGoodsTradeArgs, @Ctx() context: Context) {
    return this.record(context, args as any, "MADE_GOODS_TRADE");
  }

  @Mutation(() => SanadReceipt, { nullable: true, description: "Records made goods received or given (سند ورود و خروج کارساخته; DoNewSanadVKHKar)." })
  recordMadeGoodsTransfer(@Args() args: MadeGoodsTransferArgs, @Ctx() context: Context) {
    return this.record(context, args as any, "MADE_GOODS_TRANSFER");
  }

  @Mutation(() => SanadReceipt, { nullable: true, description: "Records a tagged piece bought or sold (سند خرید و فروش اتیکت; DoNewSanadBuySaleEtiket)." })
  recordEtiketTrade(@Args() args: EtiketTradeArgs, @Ctx() context: Context) {
    return this.record(context, args as any, "ETIKET_TRADE");
  }

  @Mutation(() => SanadReceipt, { nullable: true, description: "Records a tagged piece coming in or going out (سند ورود و خروج اتیکت; DoNewSanadVKHEtiket)." })
  recordEtiketTransfer(@Args() args: EtiketTransferArgs, @Ctx() context: Context) {
    return this.record(context, args as any, "ETIKET_TRANSFER");
  }

  @Mutation(() => DeleteSanadPayload, { nullable: true, description: "Deletes a document (حذف سند) by its Factor_Code (DoDeleteSanad); its balance effect is undone." })
  async deleteSanad(@Args() { factorCode, customerCode, idempotencyKey }: DeleteSanadArgs, @Ctx() context: Context): Promise<DeleteSanadPayload> {
    const customer = customerCode ? parseCode("customerCode", customerCode) : null;
    const { result, replayed } = await useTahesab(context).datasource.documents.delete(factorCode.trim(), customer, idempotencyKey);
    return { factorCode: result.factorCode, replayed };
  }

  @Query(() => [Sanad], { description: "Recorded documents (اسناد), newest first (DoListAsnad): the last N, optionally of one customer and between two Shamsi days." })
  async sanads(@Args() args: SanadsArgs, @Ctx() context: Context) {
    if (args.from && args.to && args.from.compare(args.to) > 0) throw badInput("to", `must not be before from (${args.from} > ${args.to})`);
    const customerCode = args.customerCode ? parseCode("customerCode", args.customerCode) : null;
    const list = await useTahesab(context).datasource.documents.list({ last: args.last, customerCode, from: args.from, to: args.to });
    return list.map(withId);
  }

  @Query(() => Sanad, { nullable: true, description: "One document (سند) by customer, number and date (استعلام سند; DoNewSanadInquiry); null when Tahesab has none." })
  async sanad(@Args() args: SanadArgs, @Ctx() context: Context) {
    const found = await useTahesab(context).datasource.documents.inquire(parseCode("customerCode", args.customerCode), args.factorNumber, args.date);
    return found ? withId(found) : null;
  }
}

function receipt(result: RecordedDocument, replayed: boolean, reconciled: boolean): SanadReceipt {
  return {
    id: toGlobalId("TAHESAB", "Sanad", sanadReceiptKey(result.customerCode, result.factorCode)),
    factorCode: result.factorCode,
    kind: result.kind as SanadReceipt["kind"],
    customerCode: result.customerCode,
    factorNumber: result.factorNumber,
    date: result.date,
    posting: result.posting as SanadReceipt["posting"],
    replayed,
    reconciled,
  };
}
