/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The lab assay of melted gold (آبشده). */
export type AssayInput = {
  /** The assay lab's name (نام آزمایشگاه / Name_az). */
  labName: string;
  /** The lab's stamp number (شماره انگ / Ang_Number). */
  stampNumber: number;
};

/** Cash received from or paid to a customer (سند ورود و خروج وجه نقد). */
export type CashTransferInput = {
  /** Amount in rials (مبلغ / Mablagh), 0 or more. */
  amount: string | number;
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: string;
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: string;
  /** Description (شرح / Sharh). */
  description?: string;
  /** IN: the shop receives money (دریافت); OUT: the shop pays (پرداخت). */
  direction: Direction;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: number | null | undefined;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
};

/** Which way a claim runs (IsBedehiOrTalab). */
export type ClaimKind =
  /** Payable (بدهی ما): the shop owes the customer. */
  | 'PAYABLE'
  /** Receivable (طلب ما): the customer owes the shop. */
  | 'RECEIVABLE';

/** Coins bought from or sold to a customer (سند خرید و فروش سکه). */
export type CoinTradeInput = {
  /** Purity in thousandths (عیار / Ayar), 0 to 1000. */
  ayar: number;
  /** The coin's name (نام سکه / Name_Sekeh). */
  coinName: string;
  /** How many coins (تعداد / Count), at least 1. */
  count: number;
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: string;
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: string;
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: string | null | undefined;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: number | null | undefined;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** BUY (خرید): the shop buys; SELL (فروش): the shop sells. */
  side: TradeSide;
  /** Total amount in rials (مبلغ کل / MablaghKol). */
  totalAmount: string | number;
  /** Unit price in rials per coin (مظنه / Mazaneh). */
  unitPrice: string | number;
  /** Total weight in grams (وزن / Vazn), 0 or more. */
  weightGrams: number;
};

/** Coins received from or given to a customer (سند ورود و خروج سکه). */
export type CoinTransferInput = {
  /** Purity in thousandths (عیار / Ayar), 0 to 1000; 900 for Bahar Azadi coins. */
  ayar: number;
  /** The coin's name (نام سکه / Name_Sekeh), e.g. امامی, بهار آزادی, نیم, ربع. */
  coinName: string;
  /** How many coins (تعداد / Count), at least 1. */
  count: number;
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: string;
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: string;
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: string | null | undefined;
  /** IN (ورود): the shop receives the coins; OUT (خروج): the shop gives them. */
  direction: Direction;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: number | null | undefined;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** Total weight in grams (وزن / Vazn), 0 or more. */
  weightGrams: number;
};

/** A new customer or account (مشتری / حساب جدید). */
export type CreateCustomerInput = {
  /** Postal address (آدرس), up to 300 characters. Tahesab, Hesabfa, Hesabit. */
  address?: string | null | undefined;
  /** Birth date (تاریخ تولد), a Shamsi day. Tahesab. */
  birthDate?: string | null | undefined;
  /** City (شهر). Hesabfa. */
  city?: string | null | undefined;
  /** Company name (نام شرکت), up to 100 characters. Hesabfa, Hesabit. */
  company?: string | null | undefined;
  /** Country (کشور). Hesabfa. */
  country?: string | null | undefined;
  /** Economic code (کد اقتصادی). Hesabfa, Hesabit. */
  economicCode?: string | null | undefined;
  /** E-mail address (ایمیل). Hesabfa, Hesabit. */
  email?: string | null | undefined;
  /** Fax number (فکس), digits as for `phone`. Hesabfa, Hesabit. */
  fax?: string | null | undefined;
  /** First name (نام) of a person, up to 100 characters. Hesabfa. */
  firstName?: string | null | undefined;
  /** Customer group (گروه), e.g. مشتری عادی or همکار; up to 50 characters. Tahesab; empty when left out. */
  group?: string | null | undefined;
  /** Person or company (نوع شخص). Hesabfa; a person when left out. */
  kind?: CustomerKind | null | undefined;
  /** Last name (نام خانوادگی) of a person, up to 100 characters. Hesabfa. */
  lastName?: string | null | undefined;
  /** Mobile number (موبایل) in any usual form (09121234567, +989121234567, Persian digits); stored as 09121234567. Tahesab (stored as the customer's Tel, so `tahesabCustomersByPhone` finds it), Hesabfa, Hesabit. */
  mobile?: string | null | undefined;
  /** Name (نام), 1 to 100 characters. All vendors. */
  name: string;
  /** National id (کد ملی / شناسه ملی): ten digits for a person, eleven for a company. Tahesab, Hesabfa. */
  nationalId?: string | null | undefined;
  /** Free note (یادداشت), up to 500 characters. Hesabfa. */
  note?: string | null | undefined;
  /** Landline phone number (تلفن / Tel): 4 to 15 digits, with optional +, spaces, dashes or parentheses. Tahesab, Hesabfa, Hesabit. */
  phone?: string | null | undefined;
  /** Postal code (کد پستی), ten digits. Hesabfa, Hesabit. */
  postalCode?: string | null | undefined;
  /** Company registration number (شماره ثبت). Hesabfa, Hesabit. */
  registrationNumber?: string | null | undefined;
  /** Province or state (استان). Hesabfa. */
  state?: string | null | undefined;
  /** The client's own reference to keep with the customer (برچسب / Tag), e.g. a web shop's customer id. Hesabfa. */
  tag?: string | null | undefined;
  /** The vendor to create the customer in (سامانه). */
  vendor: Vendor;
  /** Web site (وب سایت). Hesabfa. */
  website?: string | null | undefined;
};

/** Whether a customer is a person or a company (نوع شخص). */
export type CustomerKind =
  /** A company or organisation (شخص حقوقی). */
  | 'LEGAL_ENTITY'
  /** A person (شخص حقیقی). */
  | 'PERSON';

/** Which way goods or money move between the shop and the customer (IsVoroodOrKhorooj). */
export type Direction =
  /** Receipt / in (دریافت / ورود): the shop receives from the customer. */
  | 'IN'
  /** Payment / out (پرداخت / خروج): the shop gives to the customer. */
  | 'OUT';

/** Who gives the discount (تخفیف; IsMaBeMoshtariOrMoshtariBeMa). */
export type DiscountDirection =
  /** The customer gives the shop a discount (مشتری به ما). */
  | 'FROM_CUSTOMER'
  /** The shop gives the customer a discount (ما به مشتری). */
  | 'TO_CUSTOMER';

/** A discount between the shop and a customer (سند تخفیف). */
export type DiscountInput = {
  /** Amount in rials (مبلغ / Mablagh), 0 or more. */
  amount: string | number;
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: string;
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: string;
  /** Description (شرح / Sharh). */
  description?: string;
  /** Who gives the discount (تخفیف ما به مشتری یا مشتری به ما). */
  discountDirection: DiscountDirection;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: number | null | undefined;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
};

/** A tagged piece (اتیکت) bought from or sold to a customer (سند خرید و فروش اتیکت). */
export type EtiketTradeInput = {
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: string;
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: string;
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: string | null | undefined;
  /** The etiket's code (شناسه / Shenase); it must exist in Tahesab. */
  etiketCode: string;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: number | null | undefined;
  /** Gold percent (درصد طلایی / Darsad_Talayee), 0 to 100. */
  goldPercent?: number;
  /** The item's picture file name in Tahesab (نام فایل تصویر / PictureFileName), e.g. a1.jpg. */
  pictureFileName?: string;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** Whether unitPrice (مظنه / Mazaneh) is per mesghal (مثقال) or per gram (گرم). */
  priceUnit: PriceUnit;
  /** Profit percent (درصد سود / Darsad_Sood), 0 to 100. */
  profitPercent?: number;
  /** True when the item is returned (مرجوعی / IsMarjoo). */
  returned?: boolean;
  /** BUY (خرید): the shop buys the piece; SELL (فروش): the shop sells it. */
  side: TradeSide;
  /** Stone price in rials (پول سنگ / PoolSang). */
  stonePrice?: string | number;
  /** The computed tax amount in rials (مقدار مالیات / MeghdarMaliat). */
  taxAmount: string | number;
  /** Tax percent (درصد مالیات / Darsad_Maliat), 0 to 100; the seed's example is 9. */
  taxPercent: number;
  /** Total amount in rials (مبلغ کل / MablaghKol). */
  totalAmount: string | number;
  /** Unit price in rials (مظنه / Mazaneh), per `priceUnit`. */
  unitPrice: string | number;
  /** Making charge in rials (اجرت / Ojrat). */
  wage?: string | number;
  /** Whether `wage` is one total or per gram (اجرت تعدادی یا گرمی / OjratTedadiOrGerami). */
  wageBasis?: WageBasis;
};

/** A tagged piece (اتیکت) received from or given to a customer (سند ورود و خروج اتیکت). */
export type EtiketTransferInput = {
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: string;
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: string;
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: string | null | undefined;
  /** IN (ورود): the piece comes into the shop; OUT (خروج): it leaves. */
  direction: Direction;
  /** The etiket's code (شناسه / Shenase); it must exist in Tahesab. */
  etiketCode: string;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: number | null | undefined;
  /** Gold percent (درصد طلایی / Darsad_Talayee), 0 to 100. */
  goldPercent?: number;
  /** The item's picture file name in Tahesab (نام فایل تصویر / PictureFileName), e.g. a1.jpg. */
  pictureFileName?: string;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** True when the item is returned (مرجوعی / IsMarjoo). */
  returned?: boolean;
  /** Stone price in rials (پول سنگ / PoolSang). */
  stonePrice?: string | number;
  /** The computed tax amount in rials (مقدار مالیات / MeghdarMaliat). */
  taxAmount: string | number;
  /** Tax percent (درصد مالیات / Darsad_Maliat), 0 to 100; the seed's example is 9. */
  taxPercent: number;
  /** Total amount in rials (مبلغ کل / MablaghKol). */
  totalAmount: string | number;
  /** Making charge in rials (اجرت / Ojrat). */
  wage?: string | number;
  /** Whether `wage` is one total or per gram (اجرت تعدادی یا گرمی / OjratTedadiOrGerami). */
  wageBasis?: WageBasis;
};

/** The kind of raw gold (IsMotefaregheOrAbshode). */
export type GoldKind =
  /** Melted gold (آبشده) assayed by a lab: `assay` (stamp number and lab name) is required. */
  | 'MELTED'
  /** Miscellaneous gold (متفرقه): old or broken pieces, not assayed. */
  | 'MISCELLANEOUS';

/** Raw gold bought from or sold to a customer (سند خرید و فروش آبشده و متفرقه). */
export type GoldTradeInput = {
  /** The lab assay (انگ و آزمایشگاه / Ang_Number, Name_az); required when goldKind is MELTED. */
  assay?: AssayInput | null | undefined;
  /** Purity in thousandths (عیار / Ayar), 0 to 1000. */
  ayar: number;
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: string;
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: string;
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: string | null | undefined;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: number | null | undefined;
  /** Miscellaneous (متفرقه) or melted and assayed (آبشده). */
  goldKind: GoldKind;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** Whether unitPrice (مظنه / Mazaneh) is per mesghal (مثقال) or per gram (گرم). */
  priceUnit: PriceUnit;
  /** BUY (خرید): the shop buys; SELL (فروش): the shop sells. */
  side: TradeSide;
  /** Total amount in rials (مبلغ کل / MablaghKol). */
  totalAmount: string | number;
  /** Unit price in rials (مظنه / Mazaneh), per `priceUnit`. */
  unitPrice: string | number;
  /** Weight in grams (وزن / Vazn), above 0. */
  weightGrams: number;
};

/** Raw gold received from or given to a customer (سند ورود و خروج آبشده و متفرقه). */
export type GoldTransferInput = {
  /** The lab assay (انگ و آزمایشگاه / Ang_Number, Name_az); required when goldKind is MELTED. */
  assay?: AssayInput | null | undefined;
  /** Purity in thousandths (عیار / Ayar), 0 to 1000; 750 is 18 carat. */
  ayar: number;
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: string;
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: string;
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: string | null | undefined;
  /** IN (ورود): the shop receives the gold; OUT (خروج): the shop gives it. */
  direction: Direction;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: number | null | undefined;
  /** Miscellaneous (متفرقه) or melted and assayed (آبشده). */
  goldKind: GoldKind;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** Weight in grams (وزن / Vazn), above 0. */
  weightGrams: number;
};

/** Made goods (کارساخته) bought from or sold to a customer (سند خرید و فروش کارساخته). */
export type MadeGoodsTradeInput = {
  /** Purity in thousandths (عیار / Ayar), 0 to 1000. */
  ayar: number;
  /** How many pieces (تعداد / Count), at least 1. */
  count?: number;
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: string;
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: string;
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: string | null | undefined;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: number | null | undefined;
  /** Gold percent (درصد طلایی / Darsad_Talayee), 0 to 100. */
  goldPercent?: number;
  /** Name of the goods (نام کار / Name_Kar). */
  name: string;
  /** The item's picture file name in Tahesab (نام فایل تصویر / PictureFileName), e.g. a1.jpg. */
  pictureFileName?: string;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** Whether unitPrice (مظنه / Mazaneh) is per mesghal (مثقال) or per gram (گرم). */
  priceUnit: PriceUnit;
  /** Profit percent (درصد سود / Darsad_Sood), 0 to 100; 7 means 7%. */
  profitPercent?: number;
  /** True when the item is returned (مرجوعی / IsMarjoo). */
  returned?: boolean;
  /** BUY (خرید): the shop buys; SELL (فروش): the shop sells. */
  side: TradeSide;
  /** Stone price in rials (پول سنگ / PoolSang). */
  stonePrice?: string | number;
  /** The computed tax amount in rials (مقدار مالیات / MeghdarMaliat). */
  taxAmount: string | number;
  /** Tax percent (درصد مالیات / Darsad_Maliat), 0 to 100; the seed's example is 9. */
  taxPercent: number;
  /** Total amount in rials (مبلغ کل / MablaghKol). */
  totalAmount: string | number;
  /** Unit price in rials (مظنه / Mazaneh), per `priceUnit`. */
  unitPrice: string | number;
  /** Making charge in rials (اجرت / Ojrat). */
  wage?: string | number;
  /** Whether `wage` is one total or per gram (اجرت تعدادی یا گرمی / OjratTedadiOrGerami). */
  wageBasis?: WageBasis;
  /** Weight in grams (وزن / Vazn), above 0. */
  weightGrams: number;
};

/** Made goods (کارساخته) received from or given to a customer (سند ورود و خروج کارساخته). */
export type MadeGoodsTransferInput = {
  /** Purity in thousandths (عیار / Ayar), 0 to 1000. */
  ayar: number;
  /** How many pieces (تعداد / Count), at least 1. */
  count?: number;
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: string;
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: string;
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: string | null | undefined;
  /** IN (ورود): the shop receives the goods; OUT (خروج): the shop gives them. */
  direction: Direction;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: number | null | undefined;
  /** Gold percent (درصد طلایی / Darsad_Talayee), 0 to 100. */
  goldPercent?: number;
  /** Name of the goods (نام کار / Name_Kar). */
  name: string;
  /** The item's picture file name in Tahesab (نام فایل تصویر / PictureFileName), e.g. a1.jpg. */
  pictureFileName?: string;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** True when the item is returned (مرجوعی / IsMarjoo). */
  returned?: boolean;
  /** Stone price in rials (پول سنگ / PoolSang). */
  stonePrice?: string | number;
  /** The computed tax amount in rials (مقدار مالیات / MeghdarMaliat). */
  taxAmount: string | number;
  /** Tax percent (درصد مالیات / Darsad_Maliat), 0 to 100; the seed's example is 9. */
  taxPercent: number;
  /** Total amount in rials (مبلغ کل / MablaghKol). */
  totalAmount: string | number;
  /** Making charge in rials (اجرت / Ojrat). */
  wage?: string | number;
  /** Whether `wage` is one total or per gram (اجرت تعدادی یا گرمی / OjratTedadiOrGerami). */
  wageBasis?: WageBasis;
  /** Weight in grams (وزن / Vazn), above 0. */
  weightGrams: number;
};

/** What the unit price (مظنه, mazaneh) is quoted for (MazanehIsMesghalOrGeram). */
export type PriceUnit =
  /** Per gram (گرم). */
  | 'PER_GRAM'
  /** Per mesghal (مثقال, 4.6083 g). */
  | 'PER_MESGHAL';

/** A receivable or payable with a customer (سند طلب و بدهی), in money and optionally gold. */
export type ReceivableOrPayableInput = {
  /** Amount in rials (مبلغ / Mablagh), 0 or more. */
  amount: string | number;
  /** PAYABLE (بدهی): the shop owes; RECEIVABLE (طلب): the customer owes. */
  claim: ClaimKind;
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: string;
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: string;
  /** Description (شرح / Sharh). */
  description?: string;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: number | null | undefined;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** What it is for (بابت / Baabat). */
  regarding?: string;
  /** Gold weight in grams (وزن / Vazn), 0 or more. */
  weightGrams?: number;
};

/** The business event a document (سند) records. */
export type SanadKind =
  /** Cash received or paid (ورود و خروج وجه نقد; DoNewSanadVKHVaghNaghd). */
  | 'CASH_TRANSFER'
  /** Coins bought or sold (خرید و فروش سکه; DoNewSanadBuySaleSEKEH). */
  | 'COIN_TRADE'
  /** Coins in or out (ورود و خروج سکه; DoNewSanadVKHSEKEH). */
  | 'COIN_TRANSFER'
  /** A discount given or received (تخفیف; DoNewSanadTakhfif). */
  | 'DISCOUNT'
  /** A tagged piece bought or sold (خرید و فروش اتیکت; DoNewSanadBuySaleEtiket). */
  | 'ETIKET_TRADE'
  /** A tagged piece in or out (ورود و خروج اتیکت; DoNewSanadVKHEtiket). */
  | 'ETIKET_TRANSFER'
  /** Raw gold bought or sold (خرید و فروش آبشده و متفرقه; DoNewSanadBuySaleGOLD). */
  | 'GOLD_TRADE'
  /** Raw gold in or out (ورود و خروج آبشده و متفرقه; DoNewSanadVKHGOLD). */
  | 'GOLD_TRANSFER'
  /** Made goods bought or sold (خرید و فروش کارساخته; DoNewSanadBuySaleKar). */
  | 'MADE_GOODS_TRADE'
  /** Made goods in or out (ورود و خروج کارساخته; DoNewSanadVKHKar). */
  | 'MADE_GOODS_TRANSFER'
  /** A receivable or payable (طلب و بدهی; DoNewSanadTalabBedehi). */
  | 'RECEIVABLE_PAYABLE';

/** How a document is posted (Sabte_Kol_Or_Movaghat). */
export type SanadPosting =
  /** Final posting (ثبت کل): moves balances at once. */
  | 'FINAL'
  /** Temporary (موقت): kept under temporary documents until the shop posts it; moves no balance. */
  | 'TEMPORARY';

/** Whether the shop buys or sells (BuyOrSale). */
export type TradeSide =
  /** The shop buys from the customer (خرید). */
  | 'BUY'
  /** The shop sells to the customer (فروش). */
  | 'SELL';

/** The vendor (سامانه) an object comes from. */
export type Vendor =
  /** Hesabfa (حسابفا): online accounting. */
  | 'HESABFA'
  /** Hesabit (حسابیت): online invoicing and payments. */
  | 'HESABIT'
  /** Tahesab (ته حساب): gold and jewellery accounting on the shop's own PC. */
  | 'TAHESAB';

/** How the making charge (اجرت, ojrat) is given (OjratTedadiOrGerami). */
export type WageBasis =
  /** An amount per gram (اجرت گرمی). */
  | 'PER_GRAM'
  /** One amount for the whole item (اجرت تعدادی). */
  | 'TOTAL';

export type BalanceFieldsFragment = { customerCode: string, goldGrams: number, money: string, asOf: string | null, totalInMoney: string | null, details: Array<{ title: string, amount: string | null }> };

export type TahesabBalancesQueryVariables = Exact<{
  customerCodes: Array<string> | string;
}>;


export type TahesabBalancesQuery = { tahesabBalances: Array<{ customerCode: string, goldGrams: number, money: string, asOf: string | null, totalInMoney: string | null, details: Array<{ title: string, amount: string | null }> } | null> };

export type CustomersWithBalancesQueryVariables = Exact<{
  fromCode: string;
  toCode: string;
  first?: number | null | undefined;
}>;


export type CustomersWithBalancesQuery = { tahesabCustomers: { edges: Array<{ node: { code: string, name: string | null, balance: { customerCode: string, goldGrams: number, money: string, asOf: string | null, totalInMoney: string | null, details: Array<{ title: string, amount: string | null }> } | null } }> } };

export type CustomerBalanceAtQueryVariables = Exact<{
  fromCode: string;
  toCode: string;
  date: string;
}>;


export type CustomerBalanceAtQuery = { tahesabCustomers: { edges: Array<{ node: { code: string, balance: { customerCode: string, goldGrams: number, money: string, asOf: string | null, totalInMoney: string | null, details: Array<{ title: string, amount: string | null }> } | null, balanceAt: { customerCode: string, goldGrams: number, money: string, asOf: string | null, totalInMoney: string | null, details: Array<{ title: string, amount: string | null }> } | null } }> } };

export type BalancesAndEtiketsQueryVariables = Exact<{
  customerCodes: Array<string> | string;
  etiketCodes: Array<string> | string;
  toCode: string;
}>;


export type BalancesAndEtiketsQuery = { tahesabBalances: Array<{ customerCode: string, goldGrams: number, money: string } | null>, tahesabCustomers: { edges: Array<{ node: { code: string, balance: { customerCode: string, money: string } | null } }> }, etikets: Array<{ code: string, weightGrams: number | null } | null> };

export type CustomerFieldsFragment = { id: string, vendor: Vendor, code: string, name: string | null, group: string | null, phone: string | null, mobile: string | null, address: string | null, company: string | null, email: string | null, postalCode: string | null, nationalId: string | null, economicCode: string | null, registrationNumber: string | null, groupId: string | null, city: string | null, birthDate: string | null };

export type TahesabCustomersQueryVariables = Exact<{
  fromCode: string;
  toCode: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  nameContains?: string | null | undefined;
}>;


export type TahesabCustomersQuery = { tahesabCustomers: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, vendor: Vendor, code: string, name: string | null, group: string | null, phone: string | null, mobile: string | null, address: string | null, company: string | null, email: string | null, postalCode: string | null, nationalId: string | null, economicCode: string | null, registrationNumber: string | null, groupId: string | null, city: string | null, birthDate: string | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type TahesabCustomersByPhoneQueryVariables = Exact<{
  phone: string;
}>;


export type TahesabCustomersByPhoneQuery = { tahesabCustomersByPhone: Array<{ id: string, vendor: Vendor, code: string, name: string | null, group: string | null, phone: string | null, mobile: string | null, address: string | null, company: string | null, email: string | null, postalCode: string | null, nationalId: string | null, economicCode: string | null, registrationNumber: string | null, groupId: string | null, city: string | null, birthDate: string | null }> };

export type CustomerNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerNodeQuery = { node:
    | { __typename: 'Customer', id: string, vendor: Vendor, code: string, name: string | null, group: string | null, phone: string | null, mobile: string | null, address: string | null, company: string | null, email: string | null, postalCode: string | null, nationalId: string | null, economicCode: string | null, registrationNumber: string | null, groupId: string | null, city: string | null, birthDate: string | null }
    | { __typename: 'Etiket', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Item', id: string }
    | { __typename: 'Sanad', id: string }
   | null };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateCustomerMutation = { createCustomer: { vendor: Vendor, code: string, replayed: boolean, reconciled: boolean, customer: { id: string, vendor: Vendor, code: string, name: string | null, group: string | null, phone: string | null, mobile: string | null, address: string | null, company: string | null, email: string | null, postalCode: string | null, nationalId: string | null, economicCode: string | null, registrationNumber: string | null, groupId: string | null, city: string | null, birthDate: string | null } | null } | null };

export type CashOnDayMutationVariables = Exact<{
  input: CashTransferInput;
}>;


export type CashOnDayMutation = { recordCashTransfer: { date: string, dateGregorian: string | null } | null };

export type SanadsOfCustomerDatesQueryVariables = Exact<{
  customerCode: string;
}>;


export type SanadsOfCustomerDatesQuery = { sanads: Array<{ recordedOn: string | null, recordedAt: string | null }> };

export type BalanceOnDayQueryVariables = Exact<{
  code: string;
  date: string;
}>;


export type BalanceOnDayQuery = { tahesabCustomers: { edges: Array<{ node: { balanceAt: { asOf: string | null, asOfGregorian: string | null } | null } }> } };

export type UpdatedEtiketDatesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type UpdatedEtiketDatesQuery = { updatedEtikets: Array<{ code: string, changedOn: string | null, changedOnGregorian: string | null }> };

export type UpdatedEtiketsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type UpdatedEtiketsQuery = { updatedEtikets: Array<{ code: string, name: string | null, inStock: boolean | null, changedOn: string | null }> };

export type EtiketsByMadeGoodsCodeQueryVariables = Exact<{
  madeGoodsCode: string;
}>;


export type EtiketsByMadeGoodsCodeQuery = { etiketsByMadeGoodsCode: Array<{ code: string, name: string | null, madeGoodsCode: string | null, changedOn: string | null }> };

export type EtiketFieldsFragment = { id: string, code: string, name: string | null, weightGrams: number | null, ayar: number | null, size: string | null, color: string | null, description: string | null, profitPercent: number | null, stonePrice: string | null, inStock: boolean | null, madeGoodsCode: string | null };

export type EtiketsByCodesQueryVariables = Exact<{
  codes: Array<string> | string;
}>;


export type EtiketsByCodesQuery = { etikets: Array<{ id: string, code: string, name: string | null, weightGrams: number | null, ayar: number | null, size: string | null, color: string | null, description: string | null, profitPercent: number | null, stonePrice: string | null, inStock: boolean | null, madeGoodsCode: string | null } | null> };

export type EtiketByCodeQueryVariables = Exact<{
  code: string;
}>;


export type EtiketByCodeQuery = { etiket: { id: string, code: string, name: string | null, weightGrams: number | null, ayar: number | null, size: string | null, color: string | null, description: string | null, profitPercent: number | null, stonePrice: string | null, inStock: boolean | null, madeGoodsCode: string | null } | null };

export type EtiketWithImageQueryVariables = Exact<{
  code: string;
}>;


export type EtiketWithImageQuery = { etiket: { code: string, pictureFileName: string | null, image: { mimeType: string, base64: string, fileName: string | null } | null } | null };

export type EtiketsByCodeRangeQueryVariables = Exact<{
  fromCode: string;
  toCode: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EtiketsByCodeRangeQuery = { etiketsByCodeRange: { edges: Array<{ cursor: string, node: { code: string, name: string | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { id: string }
    | { code: string, name: string | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type RfidTagsQueryVariables = Exact<{
  epcs: Array<string> | string;
}>;


export type RfidTagsQuery = { rfidTags: Array<{ epc: string, etiket: { id: string, code: string, name: string | null, weightGrams: number | null, ayar: number | null, inStock: boolean | null, madeGoodsCode: string | null } | null } | null> };

export type RfidTagsWithImageQueryVariables = Exact<{
  epcs: Array<string> | string;
}>;


export type RfidTagsWithImageQuery = { rfidTags: Array<{ epc: string, image: { mimeType: string, base64: string, fileName: string | null } | null } | null> };

export type RecordRfidReadMutationVariables = Exact<{
  epcs: Array<string> | string;
  idempotencyKey?: string | null | undefined;
}>;


export type RecordRfidReadMutation = { recordRfidRead: { count: number, matched: number, unmatched: Array<string> } | null };

export type ReceiptFragment = { id: string, factorCode: string, kind: SanadKind, customerCode: string, factorNumber: number, date: string, posting: SanadPosting, replayed: boolean, reconciled: boolean };

export type RecordGoldTransferMutationVariables = Exact<{
  input: GoldTransferInput;
  key?: string | null | undefined;
}>;


export type RecordGoldTransferMutation = { recordGoldTransfer: { id: string, factorCode: string, kind: SanadKind, customerCode: string, factorNumber: number, date: string, posting: SanadPosting, replayed: boolean, reconciled: boolean } | null };

export type RecordGoldTradeMutationVariables = Exact<{
  input: GoldTradeInput;
  key?: string | null | undefined;
}>;


export type RecordGoldTradeMutation = { recordGoldTrade: { id: string, factorCode: string, kind: SanadKind, customerCode: string, factorNumber: number, date: string, posting: SanadPosting, replayed: boolean, reconciled: boolean } | null };

export type RecordCoinTransferMutationVariables = Exact<{
  input: CoinTransferInput;
  key?: string | null | undefined;
}>;


export type RecordCoinTransferMutation = { recordCoinTransfer: { id: string, factorCode: string, kind: SanadKind, customerCode: string, factorNumber: number, date: string, posting: SanadPosting, replayed: boolean, reconciled: boolean } | null };

export type RecordCoinTradeMutationVariables = Exact<{
  input: CoinTradeInput;
  key?: string | null | undefined;
}>;


export type RecordCoinTradeMutation = { recordCoinTrade: { id: string, factorCode: string, kind: SanadKind, customerCode: string, factorNumber: number, date: string, posting: SanadPosting, replayed: boolean, reconciled: boolean } | null };

export type RecordCashTransferMutationVariables = Exact<{
  input: CashTransferInput;
  key?: string | null | undefined;
}>;


export type RecordCashTransferMutation = { recordCashTransfer: { id: string, factorCode: string, kind: SanadKind, customerCode: string, factorNumber: number, date: string, posting: SanadPosting, replayed: boolean, reconciled: boolean } | null };

export type RecordDiscountMutationVariables = Exact<{
  input: DiscountInput;
  key?: string | null | undefined;
}>;


export type RecordDiscountMutation = { recordDiscount: { id: string, factorCode: string, kind: SanadKind, customerCode: string, factorNumber: number, date: string, posting: SanadPosting, replayed: boolean, reconciled: boolean } | null };

export type RecordReceivableOrPayableMutationVariables = Exact<{
  input: ReceivableOrPayableInput;
  key?: string | null | undefined;
}>;


export type RecordReceivableOrPayableMutation = { recordReceivableOrPayable: { id: string, factorCode: string, kind: SanadKind, customerCode: string, factorNumber: number, date: string, posting: SanadPosting, replayed: boolean, reconciled: boolean } | null };

export type RecordMadeGoodsTradeMutationVariables = Exact<{
  input: MadeGoodsTradeInput;
  key?: string | null | undefined;
}>;


export type RecordMadeGoodsTradeMutation = { recordMadeGoodsTrade: { id: string, factorCode: string, kind: SanadKind, customerCode: string, factorNumber: number, date: string, posting: SanadPosting, replayed: boolean, reconciled: boolean } | null };

export type RecordMadeGoodsTransferMutationVariables = Exact<{
  input: MadeGoodsTransferInput;
  key?: string | null | undefined;
}>;


export type RecordMadeGoodsTransferMutation = { recordMadeGoodsTransfer: { id: string, factorCode: string, kind: SanadKind, customerCode: string, factorNumber: number, date: string, posting: SanadPosting, replayed: boolean, reconciled: boolean } | null };

export type RecordEtiketTradeMutationVariables = Exact<{
  input: EtiketTradeInput;
  key?: string | null | undefined;
}>;


export type RecordEtiketTradeMutation = { recordEtiketTrade: { id: string, factorCode: string, kind: SanadKind, customerCode: string, factorNumber: number, date: string, posting: SanadPosting, replayed: boolean, reconciled: boolean } | null };

export type RecordEtiketTransferMutationVariables = Exact<{
  input: EtiketTransferInput;
  key?: string | null | undefined;
}>;


export type RecordEtiketTransferMutation = { recordEtiketTransfer: { id: string, factorCode: string, kind: SanadKind, customerCode: string, factorNumber: number, date: string, posting: SanadPosting, replayed: boolean, reconciled: boolean } | null };

export type DeleteSanadMutationVariables = Exact<{
  factorCode: string;
  customerCode?: string | null | undefined;
  key?: string | null | undefined;
}>;


export type DeleteSanadMutation = { deleteSanad: { factorCode: string, replayed: boolean } | null };

export type SanadsQueryVariables = Exact<{
  last?: number | null | undefined;
  customerCode?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type SanadsQuery = { sanads: Array<{ id: string, rowId: string, factorCode: string | null, kind: SanadKind | null, kindName: string, customerCode: string | null, factorNumber: number | null, recordedOn: string | null, recordedAt: string | null, weightGrams: number | null, ayar: number | null, weight750Grams: number | null, unitPrice: string | null, amount: string | null, labName: string | null, stampNumber: string | null, melted: boolean | null, goldBalanceAfter: number | null, moneyBalanceAfter: string | null, description: string | null, user: string | null }> };

export type SanadInquiryQueryVariables = Exact<{
  customerCode: string;
  factorNumber: number;
  date: string;
}>;


export type SanadInquiryQuery = { sanad: { id: string, rowId: string, factorCode: string | null, kind: SanadKind | null, kindName: string, customerCode: string | null, factorNumber: number | null, recordedOn: string | null } | null };

export const BalanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"goldGrams"}},{"kind":"Field","name":{"kind":"Name","value":"money"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totalInMoney"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<BalanceFieldsFragment, unknown>;
export const CustomerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"economicCode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]} as unknown as DocumentNode<CustomerFieldsFragment, unknown>;
export const EtiketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EtiketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Etiket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weightGrams"}},{"kind":"Field","name":{"kind":"Name","value":"ayar"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"profitPercent"}},{"kind":"Field","name":{"kind":"Name","value":"stonePrice"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"madeGoodsCode"}}]}}]} as unknown as DocumentNode<EtiketFieldsFragment, unknown>;
export const ReceiptFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanadReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]} as unknown as DocumentNode<ReceiptFragment, unknown>;
export const TahesabBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TahesabBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tahesabBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"goldGrams"}},{"kind":"Field","name":{"kind":"Name","value":"money"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totalInMoney"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<TahesabBalancesQuery, TahesabBalancesQueryVariables>;
export const CustomersWithBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersWithBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tahesabCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"toCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"goldGrams"}},{"kind":"Field","name":{"kind":"Name","value":"money"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totalInMoney"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<CustomersWithBalancesQuery, CustomersWithBalancesQueryVariables>;
export const CustomerBalanceAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerBalanceAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JalaliDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tahesabCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"toCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"goldGrams"}},{"kind":"Field","name":{"kind":"Name","value":"money"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totalInMoney"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<CustomerBalanceAtQuery, CustomerBalanceAtQueryVariables>;
export const BalancesAndEtiketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalancesAndEtikets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"etiketCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tahesabBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"goldGrams"}},{"kind":"Field","name":{"kind":"Name","value":"money"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tahesabCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromCode"},"value":{"kind":"StringValue","value":"1","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"toCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"money"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"etikets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"etiketCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weightGrams"}}]}}]}}]} as unknown as DocumentNode<BalancesAndEtiketsQuery, BalancesAndEtiketsQueryVariables>;
export const TahesabCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TahesabCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tahesabCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"toCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"economicCode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]} as unknown as DocumentNode<TahesabCustomersQuery, TahesabCustomersQueryVariables>;
export const TahesabCustomersByPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TahesabCustomersByPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tahesabCustomersByPhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"economicCode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]} as unknown as DocumentNode<TahesabCustomersByPhoneQuery, TahesabCustomersByPhoneQueryVariables>;
export const CustomerNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"economicCode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]} as unknown as DocumentNode<CustomerNodeQuery, CustomerNodeQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"economicCode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const CashOnDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CashOnDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CashTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCashTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dateGregorian"}}]}}]}}]} as unknown as DocumentNode<CashOnDayMutation, CashOnDayMutationVariables>;
export const SanadsOfCustomerDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SanadsOfCustomerDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sanads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<SanadsOfCustomerDatesQuery, SanadsOfCustomerDatesQueryVariables>;
export const BalanceOnDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceOnDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JalaliDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tahesabCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"toCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"asOfGregorian"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BalanceOnDayQuery, BalanceOnDayQueryVariables>;
export const UpdatedEtiketDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpdatedEtiketDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JalaliDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JalaliDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatedEtikets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedOnGregorian"}}]}}]}}]} as unknown as DocumentNode<UpdatedEtiketDatesQuery, UpdatedEtiketDatesQueryVariables>;
export const UpdatedEtiketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpdatedEtikets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JalaliDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JalaliDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatedEtikets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}}]}}]} as unknown as DocumentNode<UpdatedEtiketsQuery, UpdatedEtiketsQueryVariables>;
export const EtiketsByMadeGoodsCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EtiketsByMadeGoodsCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"madeGoodsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etiketsByMadeGoodsCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"madeGoodsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"madeGoodsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"madeGoodsCode"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}}]}}]} as unknown as DocumentNode<EtiketsByMadeGoodsCodeQuery, EtiketsByMadeGoodsCodeQueryVariables>;
export const EtiketsByCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EtiketsByCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etikets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EtiketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EtiketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Etiket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weightGrams"}},{"kind":"Field","name":{"kind":"Name","value":"ayar"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"profitPercent"}},{"kind":"Field","name":{"kind":"Name","value":"stonePrice"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"madeGoodsCode"}}]}}]} as unknown as DocumentNode<EtiketsByCodesQuery, EtiketsByCodesQueryVariables>;
export const EtiketByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EtiketByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etiket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EtiketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EtiketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Etiket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weightGrams"}},{"kind":"Field","name":{"kind":"Name","value":"ayar"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"profitPercent"}},{"kind":"Field","name":{"kind":"Name","value":"stonePrice"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"madeGoodsCode"}}]}}]} as unknown as DocumentNode<EtiketByCodeQuery, EtiketByCodeQueryVariables>;
export const EtiketWithImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EtiketWithImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etiket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pictureFileName"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]} as unknown as DocumentNode<EtiketWithImageQuery, EtiketWithImageQueryVariables>;
export const EtiketsByCodeRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EtiketsByCodeRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etiketsByCodeRange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"toCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EtiketsByCodeRangeQuery, EtiketsByCodeRangeQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Etiket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const RfidTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RfidTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"epcs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rfidTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"epcs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"epcs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epc"}},{"kind":"Field","name":{"kind":"Name","value":"etiket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weightGrams"}},{"kind":"Field","name":{"kind":"Name","value":"ayar"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"madeGoodsCode"}}]}}]}}]}}]} as unknown as DocumentNode<RfidTagsQuery, RfidTagsQueryVariables>;
export const RfidTagsWithImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RfidTagsWithImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"epcs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rfidTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"epcs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"epcs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epc"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]} as unknown as DocumentNode<RfidTagsWithImageQuery, RfidTagsWithImageQueryVariables>;
export const RecordRfidReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRfidRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"epcs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRfidRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"epcs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"epcs"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}}]}}]}}]} as unknown as DocumentNode<RecordRfidReadMutation, RecordRfidReadMutationVariables>;
export const RecordGoldTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordGoldTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GoldTransferInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordGoldTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanadReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]} as unknown as DocumentNode<RecordGoldTransferMutation, RecordGoldTransferMutationVariables>;
export const RecordGoldTradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordGoldTrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GoldTradeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordGoldTrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanadReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]} as unknown as DocumentNode<RecordGoldTradeMutation, RecordGoldTradeMutationVariables>;
export const RecordCoinTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCoinTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoinTransferInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCoinTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanadReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]} as unknown as DocumentNode<RecordCoinTransferMutation, RecordCoinTransferMutationVariables>;
export const RecordCoinTradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCoinTrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoinTradeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCoinTrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanadReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]} as unknown as DocumentNode<RecordCoinTradeMutation, RecordCoinTradeMutationVariables>;
export const RecordCashTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCashTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CashTransferInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCashTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanadReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]} as unknown as DocumentNode<RecordCashTransferMutation, RecordCashTransferMutationVariables>;
export const RecordDiscountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDiscount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscountInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiscount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanadReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]} as unknown as DocumentNode<RecordDiscountMutation, RecordDiscountMutationVariables>;
export const RecordReceivableOrPayableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReceivableOrPayable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivableOrPayableInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReceivableOrPayable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanadReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]} as unknown as DocumentNode<RecordReceivableOrPayableMutation, RecordReceivableOrPayableMutationVariables>;
export const RecordMadeGoodsTradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMadeGoodsTrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MadeGoodsTradeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMadeGoodsTrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanadReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]} as unknown as DocumentNode<RecordMadeGoodsTradeMutation, RecordMadeGoodsTradeMutationVariables>;
export const RecordMadeGoodsTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMadeGoodsTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MadeGoodsTransferInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMadeGoodsTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanadReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]} as unknown as DocumentNode<RecordMadeGoodsTransferMutation, RecordMadeGoodsTransferMutationVariables>;
export const RecordEtiketTradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEtiketTrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EtiketTradeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEtiketTrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanadReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]} as unknown as DocumentNode<RecordEtiketTradeMutation, RecordEtiketTradeMutationVariables>;
export const RecordEtiketTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEtiketTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EtiketTransferInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEtiketTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Receipt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Receipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanadReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]} as unknown as DocumentNode<RecordEtiketTransferMutation, RecordEtiketTransferMutationVariables>;
export const DeleteSanadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSanad"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"factorCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSanad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"factorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"factorCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]}}]} as unknown as DocumentNode<DeleteSanadMutation, DeleteSanadMutationVariables>;
export const SanadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sanads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JalaliDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JalaliDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sanads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"weightGrams"}},{"kind":"Field","name":{"kind":"Name","value":"ayar"}},{"kind":"Field","name":{"kind":"Name","value":"weight750Grams"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"labName"}},{"kind":"Field","name":{"kind":"Name","value":"stampNumber"}},{"kind":"Field","name":{"kind":"Name","value":"melted"}},{"kind":"Field","name":{"kind":"Name","value":"goldBalanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"moneyBalanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"user"}}]}}]}}]} as unknown as DocumentNode<SanadsQuery, SanadsQueryVariables>;
export const SanadInquiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SanadInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"factorNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JalaliDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sanad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"factorNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"factorNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"factorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"customerCode"}},{"kind":"Field","name":{"kind":"Name","value":"factorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}}]}}]}}]} as unknown as DocumentNode<SanadInquiryQuery, SanadInquiryQueryVariables>;