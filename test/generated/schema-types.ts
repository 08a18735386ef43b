export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number, written as a JSON string ("1250000", "-12.5", "0.75"), so no digit is lost in any client. Inputs may also be JSON numbers up to 2^53−1. */
  Decimal: { input: string | number; output: string; }
  /** A day in the Shamsi (Jalali, solar hijri; تاریخ شمسی) calendar, written `YYYY-MM-DD`, e.g. `1403-08-06`. Inputs may use Persian digits or `/`; invalid days (month 13, 1404-12-30 in a common year) and years outside 1300–1499 (such as a Gregorian 2024-10-27 sent by mistake) are refused. */
  JalaliDate: { input: string; output: string; }
  /** An amount of money in Iranian rials (ریال): a whole number of any size, written as a JSON string of digits with an optional minus sign (e.g. "400350000" or "-1250"), so it stays exact in every client. Inputs may also be JSON integers up to 2^53−1, or strings with Persian digits or thousands separators. */
  Rial: { input: string | number; output: string; }
};

/** The lab assay of melted gold (آبشده). */
export type AssayInput = {
  /** The assay lab's name (نام آزمایشگاه / Name_az). */
  labName: Scalars['String']['input'];
  /** The lab's stamp number (شماره انگ / Ang_Number). */
  stampNumber: Scalars['Int']['input'];
};

/** A Tahesab customer's balance (مانده حساب): gold and money owed either way, with the breakdown by asset. Sign convention for every amount: Positive: the shop owes the customer (the customer is بستانکار, creditor); negative: the customer owes the shop (بدهکار, debtor). */
export type Balance = {
  __typename?: 'Balance';
  /** The Shamsi day this balance is at (مانده در تاریخ), from `balanceAt`; null for the latest balance. */
  asOf?: Maybe<Scalars['JalaliDate']['output']>;
  /** `asOf` in the Gregorian calendar (تاریخ میلادی), ISO-8601, e.g. 2024-10-27. */
  asOfGregorian?: Maybe<Scalars['Date']['output']>;
  /** The customer's code in Tahesab (کد حساب), as Tahesab answers it. */
  customerCode: Scalars['String']['output'];
  /** The breakdown (تفکیک ته حساب) line by line, as Tahesab gives it. */
  details: Array<BalanceLine>;
  /** Gold balance (مانده وزنی / MandeyeVazni) in grams of 750-equivalent gold (18 carat; weight × ayar ÷ 750). Positive: the shop owes the customer (the customer is بستانکار, creditor); negative: the customer owes the shop (بدهکار, debtor). */
  goldGrams: Scalars['Float']['output'];
  /** Money balance (مانده مالی / MandeyeMali) in rials. Positive: the shop owes the customer (the customer is بستانکار, creditor); negative: the customer owes the shop (بدهکار, debtor). */
  money: Scalars['Rial']['output'];
  /** Money and gold together, valued in rials by Tahesab (مانده کل به پول / MandeyeKolBePool); newer add-ons only, null otherwise. Positive: the shop owes the customer (the customer is بستانکار, creditor); negative: the customer owes the shop (بدهکار, debtor). */
  totalInMoney?: Maybe<Scalars['Rial']['output']>;
};

/** One line of a balance's breakdown (تفکیک ته حساب): money, gold, each kind of coin. */
export type BalanceLine = {
  __typename?: 'BalanceLine';
  /** How much (مقدار / Value), exact, in the line's own unit (rials, grams of 750 gold, pieces). Positive: the shop owes the customer (the customer is بستانکار, creditor); negative: the customer owes the shop (بدهکار, debtor). */
  amount?: Maybe<Scalars['Decimal']['output']>;
  /** What the line counts, as Tahesab names it (عنوان / Name), e.g. مانده مالی, مانده طلا, سکه امامی. */
  title: Scalars['String']['output'];
};

/** Cash received from or paid to a customer (سند ورود و خروج وجه نقد). */
export type CashTransferInput = {
  /** Amount in rials (مبلغ / Mablagh), 0 or more. */
  amount: Scalars['Rial']['input'];
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: Scalars['String']['input'];
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: Scalars['JalaliDate']['input'];
  /** Description (شرح / Sharh). */
  description?: Scalars['String']['input'];
  /** IN: the shop receives money (دریافت); OUT: the shop pays (پرداخت). */
  direction: Direction;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
};

/** What happened to an object (نوع تغییر). */
export type ChangeAction =
  /** Created (ایجاد). */
  | 'CREATED'
  /** Deleted (حذف). */
  | 'DELETED'
  /** Changed (ویرایش). */
  | 'UPDATED';

/** What kind of object changed (نوع شیء). */
export type ChangedObject =
  /** A customer (شخص). */
  | 'CUSTOMER'
  /** An invoice, or a payment against it (فاکتور). */
  | 'INVOICE'
  /** An item (کالا). */
  | 'ITEM'
  /** Something else; see `vendorObjectType` (سایر). */
  | 'OTHER'
  /** A warehouse receipt (رسید انبار). */
  | 'WAREHOUSE_RECEIPT';

/** Which way a claim runs (IsBedehiOrTalab). */
export type ClaimKind =
  /** Payable (بدهی ما): the shop owes the customer. */
  | 'PAYABLE'
  /** Receivable (طلب ما): the customer owes the shop. */
  | 'RECEIVABLE';

/** Coins bought from or sold to a customer (سند خرید و فروش سکه). */
export type CoinTradeInput = {
  /** Purity in thousandths (عیار / Ayar), 0 to 1000. */
  ayar: Scalars['Int']['input'];
  /** The coin's name (نام سکه / Name_Sekeh). */
  coinName: Scalars['String']['input'];
  /** How many coins (تعداد / Count), at least 1. */
  count: Scalars['Int']['input'];
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: Scalars['String']['input'];
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: Scalars['JalaliDate']['input'];
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** BUY (خرید): the shop buys; SELL (فروش): the shop sells. */
  side: TradeSide;
  /** Total amount in rials (مبلغ کل / MablaghKol). */
  totalAmount: Scalars['Rial']['input'];
  /** Unit price in rials per coin (مظنه / Mazaneh). */
  unitPrice: Scalars['Rial']['input'];
  /** Total weight in grams (وزن / Vazn), 0 or more. */
  weightGrams: Scalars['Float']['input'];
};

/** Coins received from or given to a customer (سند ورود و خروج سکه). */
export type CoinTransferInput = {
  /** Purity in thousandths (عیار / Ayar), 0 to 1000; 900 for Bahar Azadi coins. */
  ayar: Scalars['Int']['input'];
  /** The coin's name (نام سکه / Name_Sekeh), e.g. امامی, بهار آزادی, نیم, ربع. */
  coinName: Scalars['String']['input'];
  /** How many coins (تعداد / Count), at least 1. */
  count: Scalars['Int']['input'];
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: Scalars['String']['input'];
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: Scalars['JalaliDate']['input'];
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** IN (ورود): the shop receives the coins; OUT (خروج): the shop gives them. */
  direction: Direction;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** Total weight in grams (وزن / Vazn), 0 or more. */
  weightGrams: Scalars['Float']['input'];
};

/** A new customer or account (مشتری / حساب جدید). */
export type CreateCustomerInput = {
  /** Postal address (آدرس), up to 300 characters. Tahesab, Hesabfa, Hesabit. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Birth date (تاریخ تولد), a Shamsi day. Tahesab. */
  birthDate?: InputMaybe<Scalars['JalaliDate']['input']>;
  /** City (شهر). Hesabfa. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Company name (نام شرکت), up to 100 characters. Hesabfa, Hesabit. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Country (کشور). Hesabfa. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Economic code (کد اقتصادی). Hesabfa, Hesabit. */
  economicCode?: InputMaybe<Scalars['String']['input']>;
  /** E-mail address (ایمیل). Hesabfa, Hesabit. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Fax number (فکس), digits as for `phone`. Hesabfa, Hesabit. */
  fax?: InputMaybe<Scalars['String']['input']>;
  /** First name (نام) of a person, up to 100 characters. Hesabfa. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Customer group (گروه), e.g. مشتری عادی or همکار; up to 50 characters. Tahesab; empty when left out. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** Person or company (نوع شخص). Hesabfa; a person when left out. */
  kind?: InputMaybe<CustomerKind>;
  /** Last name (نام خانوادگی) of a person, up to 100 characters. Hesabfa. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Mobile number (موبایل) in any usual form (09121234567, +989121234567, Persian digits); stored as 09121234567. Tahesab (stored as the customer's Tel, so `tahesabCustomersByPhone` finds it), Hesabfa, Hesabit. */
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Name (نام), 1 to 100 characters. All vendors. */
  name: Scalars['String']['input'];
  /** National id (کد ملی / شناسه ملی): ten digits for a person, eleven for a company. Tahesab, Hesabfa. */
  nationalId?: InputMaybe<Scalars['String']['input']>;
  /** Free note (یادداشت), up to 500 characters. Hesabfa. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Landline phone number (تلفن / Tel): 4 to 15 digits, with optional +, spaces, dashes or parentheses. Tahesab, Hesabfa, Hesabit. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Postal code (کد پستی), ten digits. Hesabfa, Hesabit. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Company registration number (شماره ثبت). Hesabfa, Hesabit. */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** Province or state (استان). Hesabfa. */
  state?: InputMaybe<Scalars['String']['input']>;
  /** The client's own reference to keep with the customer (برچسب / Tag), e.g. a web shop's customer id. Hesabfa. */
  tag?: InputMaybe<Scalars['String']['input']>;
  /** The vendor to create the customer in (سامانه). */
  vendor: Vendor;
  /** Web site (وب سایت). Hesabfa. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** What `createCustomer` answers. */
export type CreateCustomerPayload = {
  __typename?: 'CreateCustomerPayload';
  /** The new customer's code in its vendor (کد حساب), as the vendor gave it. */
  code: Scalars['String']['output'];
  /** The customer (مشتری) as the vendor now stores it (one more read); null only if that read fails, the customer exists all the same. */
  customer?: Maybe<Customer>;
  /** True when the vendor's answer was lost and hesabgraph found the new customer by its details afterwards. */
  reconciled: Scalars['Boolean']['output'];
  /** True when this answer came from the idempotency journal: an earlier request with the same key created it; nothing was sent now. */
  replayed: Scalars['Boolean']['output'];
  /** The vendor the customer was created in (سامانه). */
  vendor: Vendor;
};

/** A new Hesabit invoice (فاکتور حسابیت): the fields Hesabit documents for creating one. */
export type CreateHesabitInvoiceInput = {
  /** Issue date (تاریخ صدور): the invoice is hidden from the customer before it. */
  date: Scalars['DateTime']['input'];
  /** Due date (تاریخ سررسید): the payment link expires then; not before `date`. */
  dueDate: Scalars['DateTime']['input'];
  /** Note (یادداشت) shown on the invoice, up to 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Invoice number (شماره فاکتور), up to 30 characters; Hesabit gives the next one when left out. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Let the customer pay online (پرداخت آنلاین). Hesabit turns it off without an active subscription and gateway, or above the gateway's limit: read `invoice.onlinePayment` in the answer for what it stored. */
  onlinePayment?: InputMaybe<Scalars['Boolean']['input']>;
  /** The invoice's look (قالب / theme_id), 1 or more; Hesabit uses 1 when left out. */
  themeId?: InputMaybe<Scalars['Int']['input']>;
  /** Title (عنوان), 1 to 200 characters: what the customer sees, and what the payment's transaction will name. */
  title: Scalars['String']['input'];
};

/** What `createHesabitInvoice` answers. */
export type CreateHesabitInvoicePayload = {
  __typename?: 'CreateHesabitInvoicePayload';
  /** The new invoice's id in Hesabit (شناسه فاکتور). */
  code: Scalars['String']['output'];
  /** The invoice as Hesabit stored it (فاکتور ثبت شده), from its answer: online payment may be off though it was asked for. */
  invoice: Invoice;
  /** True when Hesabit's answer was lost and hesabgraph found the new invoice in Hesabit afterwards. */
  reconciled: Scalars['Boolean']['output'];
  /** True when this answer came from the idempotency journal: an earlier request with the same key created it; nothing was sent now. */
  replayed: Scalars['Boolean']['output'];
  /** The vendor the invoice was created in (سامانه): HESABIT. */
  vendor: Vendor;
};

/** The currency amounts are in (واحد پول). */
export type CurrencyCode =
  /** Iranian rial (ریال). */
  | 'IRR'
  /** Iranian toman (تومان): ten rials. */
  | 'IRT';

/** A customer or account (مشتری / حساب) of one vendor: a Tahesab moshtari, a Hesabfa contact or a Hesabit customer. Fields a vendor does not keep are null for its customers; each field says which vendors fill it. */
export type Customer = Node & {
  __typename?: 'Customer';
  /** False when the customer is deactivated (فعال / Active). Hesabfa. */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** Postal address (آدرس / Address). Tahesab, Hesabfa, Hesabit. */
  address?: Maybe<Scalars['String']['output']>;
  /** The customer's latest balance (آخرین مانده حساب) with its breakdown; Tahesab customers only, null for other vendors. The balances of every customer in one operation travel in one Tahesab call per batch. */
  balance?: Maybe<Balance>;
  /** The customer's balance at the end of a Shamsi day (مانده حساب در تاریخ, GetMandeHesabByTarikh); Tahesab customers only, null for other vendors. One Tahesab call per customer and day. */
  balanceAt?: Maybe<Balance>;
  /** Birth date (تاریخ تولد / BDate), a Shamsi day. Tahesab. */
  birthDate?: Maybe<Scalars['JalaliDate']['output']>;
  /** City (شهر). Tahesab, Hesabfa. */
  city?: Maybe<Scalars['String']['output']>;
  /** The customer's own code in its vendor (کد حساب): Tahesab's account code (digits), Hesabfa's contact Code (e.g. 000001), Hesabit's customer id. */
  code: Scalars['String']['output'];
  /** Company name (نام شرکت). Hesabfa, Hesabit. */
  company?: Maybe<Scalars['String']['output']>;
  /** Country (کشور). Hesabfa. */
  country?: Maybe<Scalars['String']['output']>;
  /** When the customer was created (تاریخ ایجاد), ISO-8601. Hesabfa, Hesabit. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Economic code (کد اقتصادی) for tax invoices. Hesabfa, Hesabit. */
  economicCode?: Maybe<Scalars['String']['output']>;
  /** E-mail address (ایمیل). Hesabfa, Hesabit. */
  email?: Maybe<Scalars['String']['output']>;
  /** Fax number (فکس). Hesabfa, Hesabit. */
  fax?: Maybe<Scalars['String']['output']>;
  /** First name (نام) of a person. Hesabfa. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Customer group (گروه), e.g. مشتری عادی, همکار (a colleague's shop). Tahesab (GroupName / GoroupName). */
  group?: Maybe<Scalars['String']['output']>;
  /** The group's id in the vendor (شناسه گروه / GID). Tahesab. */
  groupId?: Maybe<Scalars['String']['output']>;
  /** Global id of this customer, for `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Person or company (نوع شخص). Hesabfa. */
  kind?: Maybe<CustomerKind>;
  /** Last name (نام خانوادگی) of a person. Hesabfa. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Mobile number (موبایل / Mobile), with ASCII digits, e.g. 09121234567. Tahesab, Hesabfa, Hesabit. */
  mobile?: Maybe<Scalars['String']['output']>;
  /** Name (نام), as the vendor stores it. All vendors. */
  name?: Maybe<Scalars['String']['output']>;
  /** National id (کد ملی / شناسه ملی): a person's ten digits or a company's eleven. Tahesab (CodeMelli), Hesabfa. */
  nationalId?: Maybe<Scalars['String']['output']>;
  /** Free note (یادداشت / Note). Hesabfa. */
  note?: Maybe<Scalars['String']['output']>;
  /** Phone number (تلفن / Tel), with ASCII digits. Tahesab, Hesabfa, Hesabit. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Postal code (کد پستی), ten digits. Hesabfa, Hesabit. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Company registration number (شماره ثبت). Hesabfa, Hesabit. */
  registrationNumber?: Maybe<Scalars['String']['output']>;
  /** Province or state (استان). Hesabfa. */
  state?: Maybe<Scalars['String']['output']>;
  /** The client's own reference kept with the customer (برچسب / Tag), e.g. a web shop's customer id. Hesabfa. */
  tag?: Maybe<Scalars['String']['output']>;
  /** The vendor this customer lives in (سامانه). */
  vendor: Vendor;
  /** Web site (وب سایت). Hesabfa. */
  website?: Maybe<Scalars['String']['output']>;
};


/** A customer or account (مشتری / حساب) of one vendor: a Tahesab moshtari, a Hesabfa contact or a Hesabit customer. Fields a vendor does not keep are null for its customers; each field says which vendors fill it. */
export type CustomerBalanceAtArgs = {
  date: Scalars['JalaliDate']['input'];
};

/** A page of customers (مشتریان). */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The Customer items of this page, in order. */
  edges: Array<CustomerEdge>;
  /** Where this page stands: whether more follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** How many items in all, when the vendor tells; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One Customer in a page, with its cursor. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Customer. */
  node: Customer;
};

/** Whether a customer is a person or a company (نوع شخص). */
export type CustomerKind =
  /** A company or organisation (شخص حقوقی). */
  | 'LEGAL_ENTITY'
  /** A person (شخص حقیقی). */
  | 'PERSON';

/** What `deleteCustomer` answers. */
export type DeleteCustomerPayload = {
  __typename?: 'DeleteCustomerPayload';
  /** The deleted customer's code (کد). */
  code: Scalars['String']['output'];
  /** True when this answer came from the idempotency journal; nothing was sent now. */
  replayed: Scalars['Boolean']['output'];
  /** The vendor the customer was deleted from (سامانه). */
  vendor: Vendor;
};

/** What `deleteSanad` answers. */
export type DeleteSanadPayload = {
  __typename?: 'DeleteSanadPayload';
  /** The deleted document's code (کد فاکتور / Factor_Code). */
  factorCode: Scalars['String']['output'];
  /** True when answered from the idempotency journal; nothing was sent now. */
  replayed: Scalars['Boolean']['output'];
};

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
  amount: Scalars['Rial']['input'];
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: Scalars['String']['input'];
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: Scalars['JalaliDate']['input'];
  /** Description (شرح / Sharh). */
  description?: Scalars['String']['input'];
  /** Who gives the discount (تخفیف ما به مشتری یا مشتری به ما). */
  discountDirection: DiscountDirection;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
};

/** An etiket (اتیکت): one tagged, individually tracked piece of jewellery in a Tahesab shop, identified by its code (شناسه کار). */
export type Etiket = Node & {
  __typename?: 'Etiket';
  /** Purity in thousandths (عیار / Ayar): 750 is 18 carat. */
  ayar?: Maybe<Scalars['Int']['output']>;
  /** Shamsi day of the piece's latest change within the period asked (تاریخ تغییر / TarikhTaghir: registered, edited or sold); filled only by `updatedEtikets`, null elsewhere. */
  changedOn?: Maybe<Scalars['JalaliDate']['output']>;
  /** `changedOn` in the Gregorian calendar (تاریخ میلادی), ISO-8601, e.g. 2024-10-27. */
  changedOnGregorian?: Maybe<Scalars['Date']['output']>;
  /** The etiket's code in Tahesab (شناسه کار / Code), a string of digits. */
  code: Scalars['String']['output'];
  /** Colour (رنگ), e.g. زرد (yellow), سفید (white), رزگلد (rose gold). */
  color?: Maybe<Scalars['String']['output']>;
  /** Tahesab's number for the colour (کد رنگ / ColorCode). */
  colorCode?: Maybe<Scalars['Int']['output']>;
  /** Free description (شرح / Sharh). */
  description?: Maybe<Scalars['String']['output']>;
  /** Global id of this etiket, for `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The piece's picture (تصویر). Asked for only when selected: one batched image call per operation. */
  image?: Maybe<EtiketImage>;
  /** True while the piece is in the shop's stock (موجود / IsMojood). */
  inStock?: Maybe<Scalars['Boolean']['output']>;
  /** Code of the made-goods line (کد کار / CodeKar) the piece belongs to. */
  madeGoodsCode?: Maybe<Scalars['String']['output']>;
  /** Name of the piece (نام), e.g. انگشتر طلا. */
  name?: Maybe<Scalars['String']['output']>;
  /** The piece's price for online sale in rials (قیمت آنلاین / OnlinePrice), as Tahesab computes it. */
  onlinePrice?: Maybe<Scalars['Rial']['output']>;
  /** File name of its picture in Tahesab (نام فایل تصویر / PictureFileName). */
  pictureFileName?: Maybe<Scalars['String']['output']>;
  /** Profit percent (درصد سود / DarsadSood), 7 meaning 7%. */
  profitPercent?: Maybe<Scalars['Float']['output']>;
  /** Size (سایز), as the shop writes it. */
  size?: Maybe<Scalars['String']['output']>;
  /** Price of the stones set in the piece, in rials (پول سنگ / PoolSang). */
  stonePrice?: Maybe<Scalars['Rial']['output']>;
  /** Unit price in rials (مظنه / Mazaneh) the piece is priced at. */
  unitPrice?: Maybe<Scalars['Rial']['output']>;
  /** Weight in grams (وزن / Vazn). */
  weightGrams?: Maybe<Scalars['Float']['output']>;
  /** Weight percent (درصد وزن / DarsadVazn), as Tahesab keeps it for pricing. */
  weightPercent?: Maybe<Scalars['Float']['output']>;
  /** The second weight percent Tahesab keeps (درصد وزن مایه / DarsadVaznMaye). */
  weightPercentMaye?: Maybe<Scalars['Float']['output']>;
};

/** A page of etikets. */
export type EtiketConnection = {
  __typename?: 'EtiketConnection';
  /** The Etiket items of this page, in order. */
  edges: Array<EtiketEdge>;
  /** Where this page stands: whether more follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** How many items in all, when the vendor tells; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One Etiket in a page, with its cursor. */
export type EtiketEdge = {
  __typename?: 'EtiketEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Etiket. */
  node: Etiket;
};

/** A picture of an etiket, as Tahesab stores it. */
export type EtiketImage = {
  __typename?: 'EtiketImage';
  /** The image, base64-encoded. */
  base64: Scalars['String']['output'];
  /** The picture's file name in Tahesab (نام فایل تصویر / PictureFileName), e.g. `a1.jpg`. */
  fileName?: Maybe<Scalars['String']['output']>;
  /** MIME type read from the image's bytes, e.g. `image/jpeg`. */
  mimeType: Scalars['String']['output'];
};

/** A tagged piece (اتیکت) bought from or sold to a customer (سند خرید و فروش اتیکت). */
export type EtiketTradeInput = {
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: Scalars['String']['input'];
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: Scalars['JalaliDate']['input'];
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The etiket's code (شناسه / Shenase); it must exist in Tahesab. */
  etiketCode: Scalars['String']['input'];
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Gold percent (درصد طلایی / Darsad_Talayee), 0 to 100. */
  goldPercent?: Scalars['Float']['input'];
  /** The item's picture file name in Tahesab (نام فایل تصویر / PictureFileName), e.g. a1.jpg. */
  pictureFileName?: Scalars['String']['input'];
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** Whether unitPrice (مظنه / Mazaneh) is per mesghal (مثقال) or per gram (گرم). */
  priceUnit: PriceUnit;
  /** Profit percent (درصد سود / Darsad_Sood), 0 to 100. */
  profitPercent?: Scalars['Float']['input'];
  /** True when the item is returned (مرجوعی / IsMarjoo). */
  returned?: Scalars['Boolean']['input'];
  /** BUY (خرید): the shop buys the piece; SELL (فروش): the shop sells it. */
  side: TradeSide;
  /** Stone price in rials (پول سنگ / PoolSang). */
  stonePrice?: Scalars['Rial']['input'];
  /** The computed tax amount in rials (مقدار مالیات / MeghdarMaliat). */
  taxAmount: Scalars['Rial']['input'];
  /** Tax percent (درصد مالیات / Darsad_Maliat), 0 to 100; the seed's example is 9. */
  taxPercent: Scalars['Float']['input'];
  /** Total amount in rials (مبلغ کل / MablaghKol). */
  totalAmount: Scalars['Rial']['input'];
  /** Unit price in rials (مظنه / Mazaneh), per `priceUnit`. */
  unitPrice: Scalars['Rial']['input'];
  /** Making charge in rials (اجرت / Ojrat). */
  wage?: Scalars['Rial']['input'];
  /** Whether `wage` is one total or per gram (اجرت تعدادی یا گرمی / OjratTedadiOrGerami). */
  wageBasis?: WageBasis;
};

/** A tagged piece (اتیکت) received from or given to a customer (سند ورود و خروج اتیکت). */
export type EtiketTransferInput = {
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: Scalars['String']['input'];
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: Scalars['JalaliDate']['input'];
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** IN (ورود): the piece comes into the shop; OUT (خروج): it leaves. */
  direction: Direction;
  /** The etiket's code (شناسه / Shenase); it must exist in Tahesab. */
  etiketCode: Scalars['String']['input'];
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Gold percent (درصد طلایی / Darsad_Talayee), 0 to 100. */
  goldPercent?: Scalars['Float']['input'];
  /** The item's picture file name in Tahesab (نام فایل تصویر / PictureFileName), e.g. a1.jpg. */
  pictureFileName?: Scalars['String']['input'];
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** True when the item is returned (مرجوعی / IsMarjoo). */
  returned?: Scalars['Boolean']['input'];
  /** Stone price in rials (پول سنگ / PoolSang). */
  stonePrice?: Scalars['Rial']['input'];
  /** The computed tax amount in rials (مقدار مالیات / MeghdarMaliat). */
  taxAmount: Scalars['Rial']['input'];
  /** Tax percent (درصد مالیات / Darsad_Maliat), 0 to 100; the seed's example is 9. */
  taxPercent: Scalars['Float']['input'];
  /** Total amount in rials (مبلغ کل / MablaghKol). */
  totalAmount: Scalars['Rial']['input'];
  /** Making charge in rials (اجرت / Ojrat). */
  wage?: Scalars['Rial']['input'];
  /** Whether `wage` is one total or per gram (اجرت تعدادی یا گرمی / OjratTedadiOrGerami). */
  wageBasis?: WageBasis;
};

/** How a list filter compares a field with its value (عملگر فیلتر). */
export type FilterOperator =
  /** Text that contains `value` (شامل). */
  | 'CONTAINS'
  /** Text that ends with `value` (خاتمه یابد با). */
  | 'ENDS_WITH'
  /** Equal to `value` (برابر); text compares without regard to case. With no value: the field is empty. */
  | 'EQUALS'
  /** Greater than or equal to `value` (بزرگتر یا مساوی): numbers and dates. */
  | 'GREATER_OR_EQUAL'
  /** Greater than `value` (بزرگتر): numbers and dates. */
  | 'GREATER_THAN'
  /** Equal to one of `values` (در بین مقادیر). */
  | 'IN'
  /** Less than or equal to `value` (کوچکتر یا مساوی): numbers and dates. */
  | 'LESS_OR_EQUAL'
  /** Less than `value` (کوچکتر): numbers and dates. */
  | 'LESS_THAN'
  /** Not equal to `value` (نابرابر). With no value: the field is filled. */
  | 'NOT_EQUALS'
  /** Text that starts with `value` (شروع شود با). */
  | 'STARTS_WITH';

/** The kind of raw gold (IsMotefaregheOrAbshode). */
export type GoldKind =
  /** Melted gold (آبشده) assayed by a lab: `assay` (stamp number and lab name) is required. */
  | 'MELTED'
  /** Miscellaneous gold (متفرقه): old or broken pieces, not assayed. */
  | 'MISCELLANEOUS';

/** Raw gold bought from or sold to a customer (سند خرید و فروش آبشده و متفرقه). */
export type GoldTradeInput = {
  /** The lab assay (انگ و آزمایشگاه / Ang_Number, Name_az); required when goldKind is MELTED. */
  assay?: InputMaybe<AssayInput>;
  /** Purity in thousandths (عیار / Ayar), 0 to 1000. */
  ayar: Scalars['Int']['input'];
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: Scalars['String']['input'];
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: Scalars['JalaliDate']['input'];
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Miscellaneous (متفرقه) or melted and assayed (آبشده). */
  goldKind: GoldKind;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** Whether unitPrice (مظنه / Mazaneh) is per mesghal (مثقال) or per gram (گرم). */
  priceUnit: PriceUnit;
  /** BUY (خرید): the shop buys; SELL (فروش): the shop sells. */
  side: TradeSide;
  /** Total amount in rials (مبلغ کل / MablaghKol). */
  totalAmount: Scalars['Rial']['input'];
  /** Unit price in rials (مظنه / Mazaneh), per `priceUnit`. */
  unitPrice: Scalars['Rial']['input'];
  /** Weight in grams (وزن / Vazn), above 0. */
  weightGrams: Scalars['Float']['input'];
};

/** Raw gold received from or given to a customer (سند ورود و خروج آبشده و متفرقه). */
export type GoldTransferInput = {
  /** The lab assay (انگ و آزمایشگاه / Ang_Number, Name_az); required when goldKind is MELTED. */
  assay?: InputMaybe<AssayInput>;
  /** Purity in thousandths (عیار / Ayar), 0 to 1000; 750 is 18 carat. */
  ayar: Scalars['Int']['input'];
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: Scalars['String']['input'];
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: Scalars['JalaliDate']['input'];
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** IN (ورود): the shop receives the gold; OUT (خروج): the shop gives it. */
  direction: Direction;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Miscellaneous (متفرقه) or melted and assayed (آبشده). */
  goldKind: GoldKind;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** Weight in grams (وزن / Vazn), above 0. */
  weightGrams: Scalars['Float']['input'];
};

/** A bank account of the business (حساب بانکی). */
export type HesabfaBank = {
  __typename?: 'HesabfaBank';
  /** Account number (شماره حساب). */
  accountNumber?: Maybe<Scalars['String']['output']>;
  /** Branch (شعبه). */
  branch?: Maybe<Scalars['String']['output']>;
  /** Its code (کد), for payments. */
  code: Scalars['String']['output'];
  /** The account's currency (واحد پول). */
  currency?: Maybe<Scalars['String']['output']>;
  /** Bank name (نام بانک). */
  name?: Maybe<Scalars['String']['output']>;
};

/** A cash desk of the business (صندوق). */
export type HesabfaCashDesk = {
  __typename?: 'HesabfaCashDesk';
  /** Its code (کد), for payments. */
  code: Scalars['String']['output'];
  /** Its currency (واحد پول). */
  currency?: Maybe<Scalars['String']['output']>;
  /** Name (نام). */
  name?: Maybe<Scalars['String']['output']>;
};

/** A change in the Hesabfa business (تغییر), from its change log. */
export type HesabfaChange = {
  __typename?: 'HesabfaChange';
  /** Created, changed or deleted (نوع تغییر); null for an action hesabgraph does not know (see actionCode). */
  action?: Maybe<ChangeAction>;
  /** The vendor's action number (کد عملیات), e.g. 121 for a sale saved. */
  actionCode: Scalars['Int']['output'];
  /** When it happened (زمان). */
  at?: Maybe<Scalars['DateTime']['output']>;
  /** The customer's or item's code (کد). */
  code?: Maybe<Scalars['String']['output']>;
  /** Its id in the change log (شناسه تغییر); pass the last one seen as `after`. */
  id: Scalars['Int']['output'];
  /** For invoices: the kind (نوع فاکتور). */
  invoiceKind?: Maybe<InvoiceKind>;
  /** For invoices: the number (شماره فاکتور). */
  invoiceNumber?: Maybe<Scalars['String']['output']>;
  /** For invoices and receipts: the item codes on their lines (کدهای کالا). */
  itemCodes: Array<Scalars['String']['output']>;
  /** True when hesabgraph itself made it (تغییر توسط همین سرور); such changes are left out unless `includeOwn`. */
  madeByHesabgraph: Scalars['Boolean']['output'];
  /** True when made through the API by any program, false when made by a person in Hesabfa (از طریق API). */
  madeThroughApi?: Maybe<Scalars['Boolean']['output']>;
  /** What kind of object changed (نوع شیء). */
  object: ChangedObject;
  /** The object's id in the vendor (شناسه شیء); an invoice's is what `invoice(vendor:, code:)` takes. */
  objectId?: Maybe<Scalars['String']['output']>;
  /** For warehouse receipts: the receipt's number (شماره رسید). */
  receiptNumber?: Maybe<Scalars['String']['output']>;
  /** The vendor's name for the kind of object (نوع شیء در سامانه). */
  vendorObjectType?: Maybe<Scalars['String']['output']>;
};

/** Changes in the Hesabfa business since an id (تغییرات). */
export type HesabfaChangeFeed = {
  __typename?: 'HesabfaChangeFeed';
  /** The changes, oldest first (تغییرات). */
  changes: Array<HesabfaChange>;
  /** The last change id hesabgraph has read (آخرین شناسه); null before the feed has started. */
  lastId?: Maybe<Scalars['Int']['output']>;
};

/** What `registerHesabfaChangeHook` answers. */
export type HesabfaChangeHookPayload = {
  __typename?: 'HesabfaChangeHookPayload';
  /** The address Hesabfa will call on each change (آدرس وب هوک), its secret part hidden. */
  url: Scalars['String']['output'];
};

/** One customer of a batch save (شخص): a new one without `code`, else the fields given change. */
export type HesabfaCustomerEntry = {
  /** False deactivates the customer (غیرفعال). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postal address (آدرس), up to 300 characters. Tahesab, Hesabfa, Hesabit. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Birth date (تاریخ تولد), a Shamsi day. Tahesab. */
  birthDate?: InputMaybe<Scalars['JalaliDate']['input']>;
  /** City (شهر). Hesabfa. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The customer's code (کد); left out: a new customer, numbered by Hesabfa. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Company name (نام شرکت), up to 100 characters. Hesabfa, Hesabit. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Country (کشور). Hesabfa. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Economic code (کد اقتصادی). Hesabfa, Hesabit. */
  economicCode?: InputMaybe<Scalars['String']['input']>;
  /** E-mail address (ایمیل). Hesabfa, Hesabit. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Fax number (فکس), digits as for `phone`. Hesabfa, Hesabit. */
  fax?: InputMaybe<Scalars['String']['input']>;
  /** First name (نام) of a person, up to 100 characters. Hesabfa. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Customer group (گروه), e.g. مشتری عادی or همکار; up to 50 characters. Tahesab; empty when left out. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** Person or company (نوع شخص). Hesabfa; a person when left out. */
  kind?: InputMaybe<CustomerKind>;
  /** Last name (نام خانوادگی) of a person, up to 100 characters. Hesabfa. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Mobile number (موبایل) in any usual form (09121234567, +989121234567, Persian digits); stored as 09121234567. Tahesab (stored as the customer's Tel, so `tahesabCustomersByPhone` finds it), Hesabfa, Hesabit. */
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Name (نام), 1 to 100 characters; required for a new customer. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** National id (کد ملی / شناسه ملی): ten digits for a person, eleven for a company. Tahesab, Hesabfa. */
  nationalId?: InputMaybe<Scalars['String']['input']>;
  /** Free note (یادداشت), up to 500 characters. Hesabfa. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Landline phone number (تلفن / Tel): 4 to 15 digits, with optional +, spaces, dashes or parentheses. Tahesab, Hesabfa, Hesabit. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Postal code (کد پستی), ten digits. Hesabfa, Hesabit. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Company registration number (شماره ثبت). Hesabfa, Hesabit. */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** Province or state (استان). Hesabfa. */
  state?: InputMaybe<Scalars['String']['input']>;
  /** The client's own reference to keep with the customer (برچسب / Tag), e.g. a web shop's customer id. Hesabfa. */
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Web site (وب سایت). Hesabfa. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A field of Hesabfa customers to filter, search or sort by (فیلد شخص). */
export type HesabfaCustomerField =
  /** Active (فعال): true or false. */
  | 'ACTIVE'
  /** Address (آدرس). */
  | 'ADDRESS'
  /** City (شهر). */
  | 'CITY'
  /** Code (کد); padded or not. */
  | 'CODE'
  /** Company (شرکت). */
  | 'COMPANY'
  /** Country (کشور). */
  | 'COUNTRY'
  /** When created (تاریخ ایجاد). */
  | 'CREATED_AT'
  /** Economic code (کد اقتصادی). */
  | 'ECONOMIC_CODE'
  /** E-mail (ایمیل). */
  | 'EMAIL'
  /** Fax (فکس). */
  | 'FAX'
  /** First name (نام). */
  | 'FIRST_NAME'
  /** Person or company (نوع): PERSON or LEGAL_ENTITY. */
  | 'KIND'
  /** Last name (نام خانوادگی). */
  | 'LAST_NAME'
  /** Mobile (موبایل). */
  | 'MOBILE'
  /** Name (نام). */
  | 'NAME'
  /** National id (کد ملی). */
  | 'NATIONAL_ID'
  /** Note (یادداشت). */
  | 'NOTE'
  /** Phone (تلفن). */
  | 'PHONE'
  /** Postal code (کد پستی). */
  | 'POSTAL_CODE'
  /** Registration number (شماره ثبت). */
  | 'REGISTRATION_NUMBER'
  /** Province (استان). */
  | 'STATE'
  /** Tag (برچسب). */
  | 'TAG'
  /** Web site (وب سایت). */
  | 'WEBSITE';

/** One condition on customers (شرط فیلتر). */
export type HesabfaCustomerFilter = {
  /** The field compared (فیلد). */
  field: HesabfaCustomerField;
  /** How it is compared (عملگر). */
  operator: FilterOperator;
  /** The value compared with (مقدار), as text: a code (padded or not), a number (12.5), a day (2024-03-20), a Tehran time (2024-03-20T10:30:00), true/false, or an enum value of the field. Every operator but IN; left out with EQUALS/NOT_EQUALS: empty. */
  value?: InputMaybe<Scalars['String']['input']>;
  /** The values for IN (مقادیر), 1 to 1000 of them, each as for `value`. */
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Which customers to list, and in which order (فیلتر و مرتب سازی). Every part is optional. */
export type HesabfaCustomerQuery = {
  /** Conditions that must all hold (فیلترها), at most 20. */
  filters?: InputMaybe<Array<HesabfaCustomerFilter>>;
  /** Text search (جستجو). */
  search?: InputMaybe<HesabfaCustomerSearch>;
  /** Sort order (مرتب سازی); left out: the vendor's own order. */
  sort?: InputMaybe<HesabfaCustomerSort>;
};

/** A text search in customers (جستجو). */
export type HesabfaCustomerSearch = {
  /** The fields searched (فیلدهای جستجو); left out: the vendor's usual ones (code, name…). */
  fields?: InputMaybe<Array<HesabfaCustomerField>>;
  /** The text searched for (عبارت جستجو), 1 to 200 characters. */
  text: Scalars['String']['input'];
};

/** The order of customers (مرتب سازی). */
export type HesabfaCustomerSort = {
  /** True for the largest first (نزولی). */
  descending?: Scalars['Boolean']['input'];
  /** The field sorted by (فیلد). */
  field: HesabfaCustomerField;
};

/** A fiscal year of the Hesabfa business (سال مالی). */
export type HesabfaFiscalYear = {
  __typename?: 'HesabfaFiscalYear';
  /** True when the year is closed (بسته شده). */
  closed?: Maybe<Scalars['Boolean']['output']>;
  /** True for the year hesabgraph reads and writes in (سال مالی جاری): HESABFA_YEAR_ID's, or the latest. */
  current: Scalars['Boolean']['output'];
  /** Last moment (پایان). */
  end: Scalars['DateTime']['output'];
  /** Its name (نام), e.g. سال مالی ۱۴۰۳. */
  name?: Maybe<Scalars['String']['output']>;
  /** Its place, 1 for the first year (شماره سال مالی): the value HESABFA_YEAR_ID takes. */
  ordinal: Scalars['Int']['output'];
  /** First moment (شروع). */
  start: Scalars['DateTime']['output'];
};

/** A field of Hesabfa invoices to filter, search or sort by (فیلد فاکتور). */
export type HesabfaInvoiceField =
  /** Customer's code (کد مشتری). */
  | 'CUSTOMER_CODE'
  /** Customer's mobile (موبایل مشتری). */
  | 'CUSTOMER_MOBILE'
  /** Customer's name as on the invoice (نام مشتری). */
  | 'CUSTOMER_NAME'
  /** Date (تاریخ). */
  | 'DATE'
  /** Due date (سررسید). */
  | 'DUE_DATE'
  /** Code of an item on any line (کد کالای ردیف). */
  | 'LINE_ITEM_CODE'
  /** Note (یادداشت). */
  | 'NOTE'
  /** Invoice number (شماره); padded or not. */
  | 'NUMBER'
  /** Paid (پرداخت شده). */
  | 'PAID'
  /** Payable (قابل پرداخت). */
  | 'PAYABLE'
  /** Reference (ارجاع). */
  | 'REFERENCE'
  /** Left to pay (مانده). */
  | 'REST'
  /** Draft or approved (وضعیت): DRAFT or APPROVED. */
  | 'STATUS'
  /** Sum (جمع). */
  | 'SUM'
  /** Tag (برچسب). */
  | 'TAG';

/** One condition on invoices (شرط فیلتر). */
export type HesabfaInvoiceFilter = {
  /** The field compared (فیلد). */
  field: HesabfaInvoiceField;
  /** How it is compared (عملگر). */
  operator: FilterOperator;
  /** The value compared with (مقدار), as text: a code (padded or not), a number (12.5), a day (2024-03-20), a Tehran time (2024-03-20T10:30:00), true/false, or an enum value of the field. Every operator but IN; left out with EQUALS/NOT_EQUALS: empty. */
  value?: InputMaybe<Scalars['String']['input']>;
  /** The values for IN (مقادیر), 1 to 1000 of them, each as for `value`. */
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A Hesabfa invoice to save (فاکتور). Saving replaces the whole invoice, lines included. */
export type HesabfaInvoiceInput = {
  /** The customer's code (کد مشتری); required but for waste. */
  customerCode?: InputMaybe<Scalars['String']['input']>;
  /** The customer's name to print (نام مشتری); left out: the customer's name. */
  customerName?: InputMaybe<Scalars['String']['input']>;
  /** Date (تاریخ فاکتور); left out: now. Must fall in the fiscal year. */
  date?: InputMaybe<Scalars['DateTime']['input']>;
  /** Due date (سررسید). */
  dueDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** Freight (هزینه حمل), added to the payable. */
  freight?: InputMaybe<Scalars['Decimal']['input']>;
  /** Sale, purchase, return or waste (نوع فاکتور). */
  kind: InvoiceKind;
  /** The lines (ردیف ها), 1 to 500. */
  lines: Array<InvoiceLineInput>;
  /** Note (یادداشت). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The invoice number (شماره) to replace; left out: a new invoice, numbered by Hesabfa. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Reference (ارجاع). */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Draft or approved (وضعیت). */
  status?: InvoiceStatus;
  /** The client's own reference (برچسب), e.g. a web shop's order id. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** What the Hesabfa invoice mutations answer. */
export type HesabfaInvoicePayload = {
  __typename?: 'HesabfaInvoicePayload';
  /** The invoice as Hesabfa now stores it (فاکتور); null after a delete. */
  invoice?: Maybe<Invoice>;
  /** True when the vendor's answer was lost and the write was confirmed with the vendor afterwards. */
  reconciled: Scalars['Boolean']['output'];
  /** True when answered from the idempotency journal; nothing was sent now. */
  replayed: Scalars['Boolean']['output'];
};

/** Which invoices to list, and in which order (فیلتر و مرتب سازی). Every part is optional. */
export type HesabfaInvoiceQuery = {
  /** Conditions that must all hold (فیلترها), at most 20. */
  filters?: InputMaybe<Array<HesabfaInvoiceFilter>>;
  /** Text search (جستجو). */
  search?: InputMaybe<HesabfaInvoiceSearch>;
  /** Sort order (مرتب سازی); left out: the vendor's own order. */
  sort?: InputMaybe<HesabfaInvoiceSort>;
};

/** A text search in invoices (جستجو). */
export type HesabfaInvoiceSearch = {
  /** The fields searched (فیلدهای جستجو); left out: the vendor's usual ones (code, name…). */
  fields?: InputMaybe<Array<HesabfaInvoiceField>>;
  /** The text searched for (عبارت جستجو), 1 to 200 characters. */
  text: Scalars['String']['input'];
};

/** The order of invoices (مرتب سازی). */
export type HesabfaInvoiceSort = {
  /** True for the largest first (نزولی). */
  descending?: Scalars['Boolean']['input'];
  /** The field sorted by (فیلد). */
  field: HesabfaInvoiceField;
};

/** One item of a batch save (کالا): a new one without `code`, else the fields given change. */
export type HesabfaItemEntry = {
  /** False deactivates the item (غیرفعال). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Barcode (بارکد). */
  barcode?: InputMaybe<Scalars['String']['input']>;
  /** Purchase price (قیمت خرید) in the business's currency. */
  buyPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** The item's code (کد); left out: a new item, numbered by Hesabfa. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Goods or service (نوع); goods when left out on a new item. */
  kind?: InputMaybe<ItemKind>;
  /** Name (نام), 1 to 100 characters; required for a new item. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Sale price (قیمت فروش) in the business's currency. */
  sellPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** The client's own reference (برچسب). */
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Unit (واحد), e.g. عدد. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A field of Hesabfa items to filter, search or sort by (فیلد کالا). */
export type HesabfaItemField =
  /** Active (فعال): true or false. */
  | 'ACTIVE'
  /** Barcode (بارکد). */
  | 'BARCODE'
  /** Purchase price (قیمت خرید). */
  | 'BUY_PRICE'
  /** Code (کد); padded or not. */
  | 'CODE'
  /** Goods or service (نوع): PRODUCT or SERVICE. */
  | 'KIND'
  /** Name (نام). */
  | 'NAME'
  /** Sale price (قیمت فروش). */
  | 'SELL_PRICE'
  /** Quantity in stock (موجودی). */
  | 'STOCK'
  /** Tag (برچسب). */
  | 'TAG'
  /** Unit (واحد). */
  | 'UNIT';

/** One condition on items (شرط فیلتر). */
export type HesabfaItemFilter = {
  /** The field compared (فیلد). */
  field: HesabfaItemField;
  /** How it is compared (عملگر). */
  operator: FilterOperator;
  /** The value compared with (مقدار), as text: a code (padded or not), a number (12.5), a day (2024-03-20), a Tehran time (2024-03-20T10:30:00), true/false, or an enum value of the field. Every operator but IN; left out with EQUALS/NOT_EQUALS: empty. */
  value?: InputMaybe<Scalars['String']['input']>;
  /** The values for IN (مقادیر), 1 to 1000 of them, each as for `value`. */
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Fields of a Hesabfa item (کالا یا خدمت); on an update only the fields given change. */
export type HesabfaItemInput = {
  /** False deactivates the item (غیرفعال). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Barcode (بارکد). */
  barcode?: InputMaybe<Scalars['String']['input']>;
  /** Purchase price (قیمت خرید) in the business's currency. */
  buyPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** Goods or service (نوع); goods when left out on a new item. */
  kind?: InputMaybe<ItemKind>;
  /** Name (نام), 1 to 100 characters; required for a new item. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Sale price (قیمت فروش) in the business's currency. */
  sellPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** The client's own reference (برچسب). */
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Unit (واحد), e.g. عدد. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** What the Hesabfa item mutations answer. */
export type HesabfaItemPayload = {
  __typename?: 'HesabfaItemPayload';
  /** The item's code (کد کالا). */
  code: Scalars['String']['output'];
  /** The item as saved (کالا); null after a delete. */
  item?: Maybe<Item>;
  /** True when the vendor's answer was lost and the write was confirmed with the vendor afterwards. */
  reconciled: Scalars['Boolean']['output'];
  /** True when answered from the idempotency journal; nothing was sent now. */
  replayed: Scalars['Boolean']['output'];
};

/** Which items to list, and in which order (فیلتر و مرتب سازی). Every part is optional. */
export type HesabfaItemQuery = {
  /** Conditions that must all hold (فیلترها), at most 20. */
  filters?: InputMaybe<Array<HesabfaItemFilter>>;
  /** Text search (جستجو). */
  search?: InputMaybe<HesabfaItemSearch>;
  /** Sort order (مرتب سازی); left out: the vendor's own order. */
  sort?: InputMaybe<HesabfaItemSort>;
};

/** A text search in items (جستجو). */
export type HesabfaItemSearch = {
  /** The fields searched (فیلدهای جستجو); left out: the vendor's usual ones (code, name…). */
  fields?: InputMaybe<Array<HesabfaItemField>>;
  /** The text searched for (عبارت جستجو), 1 to 200 characters. */
  text: Scalars['String']['input'];
};

/** The order of items (مرتب سازی). */
export type HesabfaItemSort = {
  /** True for the largest first (نزولی). */
  descending?: Scalars['Boolean']['input'];
  /** The field sorted by (فیلد). */
  field: HesabfaItemField;
};

/** A payment against a Hesabfa invoice (دریافت / پرداخت فاکتور). */
export type HesabfaPaymentInput = {
  /** Amount (مبلغ), at most what is left to pay. */
  amount: Scalars['Decimal']['input'];
  /** Date (تاریخ); left out: now. */
  date?: InputMaybe<Scalars['DateTime']['input']>;
  /** Description (شرح). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Bank fee (کارمزد). */
  fee?: InputMaybe<Scalars['Decimal']['input']>;
  /** The invoice's kind (نوع فاکتور). */
  invoiceKind?: InvoiceKind;
  /** The invoice's number (شماره فاکتور). */
  invoiceNumber: Scalars['String']['input'];
  /** The bank's transaction or cheque number (شماره تراکنش). */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Where the money goes or comes from (محل). */
  target: PaymentTargetKind;
  /** The bank's, cash desk's or customer's code (کد). */
  targetCode: Scalars['String']['input'];
};

/** A warehouse of the business (انبار). */
export type HesabfaWarehouse = {
  __typename?: 'HesabfaWarehouse';
  /** Its code (کد انبار), for warehouse receipts. */
  code: Scalars['Int']['output'];
  /** Name (نام). */
  name?: Maybe<Scalars['String']['output']>;
};

/** Today's use of Hesabit's daily request quota (سهمیه روزانه درخواست), counted by hesabgraph per OAuth client and Tehran day, across every instance. Past it, Hesabit calls fail with VENDOR_RATE_LIMITED before anything is sent. */
export type HesabitQuota = {
  __typename?: 'HesabitQuota';
  /** The day counted (روز), the Tehran calendar day as a Gregorian date. */
  day: Scalars['Date']['output'];
  /** Requests allowed a day (سقف درخواست روزانه): HESABIT_DAILY_QUOTA, 20,000 by default. */
  limit: Scalars['Int']['output'];
  /** Requests left today (باقیمانده امروز). */
  remaining: Scalars['Int']['output'];
  /** When the count starts again (زمان شروع دوباره): the next midnight in Tehran. */
  resetsAt: Scalars['DateTime']['output'];
  /** Requests made today (درخواست های امروز). */
  used: Scalars['Int']['output'];
};

/** An invoice (فاکتور) of one vendor. Fields a vendor does not keep are null for its invoices; each field says which vendors fill it. */
export type Invoice = Node & {
  __typename?: 'Invoice';
  /** The vendor's own id for the invoice (شناسه), as `invoice(vendor:, code:)` takes it. */
  code: Scalars['String']['output'];
  /** The currency of every amount of this invoice (واحد پول): the business's currency. Hesabfa, Hesabit (rials). */
  currency?: Maybe<CurrencyCode>;
  /** Code of the invoice's customer (کد مشتری). Hesabfa. */
  customerCode?: Maybe<Scalars['String']['output']>;
  /** The customer's name as written on the invoice (نام مشتری). Hesabfa. */
  customerName?: Maybe<Scalars['String']['output']>;
  /** Issue date (تاریخ فاکتور), an instant. Hesabfa, Hesabit. */
  date?: Maybe<Scalars['DateTime']['output']>;
  /** Due date (تاریخ سررسید); for Hesabit, when the payment link expires. Hesabfa, Hesabit. */
  dueDate?: Maybe<Scalars['DateTime']['output']>;
  /** Global id (شناسه سراسری) of this invoice, for `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Sale, purchase, return or waste (نوع فاکتور). Hesabfa. */
  kind?: Maybe<InvoiceKind>;
  /** The lines (ردیف ها), in order; null where the vendor does not give them. Hesabfa. */
  lines?: Maybe<Array<InvoiceLine>>;
  /** Note (یادداشت). Hesabfa, Hesabit. */
  note?: Maybe<Scalars['String']['output']>;
  /** The invoice number people see (شماره فاکتور). Hesabfa, Hesabit. */
  number?: Maybe<Scalars['String']['output']>;
  /** Whether the customer can pay online (پرداخت آنلاین), as the vendor stored it. Hesabit. */
  onlinePayment?: Maybe<Scalars['Boolean']['output']>;
  /** What has been paid (پرداخت شده). Hesabfa. */
  paid?: Maybe<Scalars['Decimal']['output']>;
  /** What the customer must pay (قابل پرداخت): the sum plus freight. Hesabfa. */
  payable?: Maybe<Scalars['Decimal']['output']>;
  /** Paid, partly paid or unpaid (وضعیت پرداخت), from `paid` and `rest`. Hesabfa, Hesabit. */
  paymentStatus?: Maybe<PaymentStatus>;
  /** The business's own reference (ارجاع / Reference). Hesabfa. */
  reference?: Maybe<Scalars['String']['output']>;
  /** What is left to pay (مانده). Hesabfa. */
  rest?: Maybe<Scalars['Decimal']['output']>;
  /** Draft or approved (وضعیت); null for a status hesabgraph does not know (see `vendorStatus`). Hesabfa. */
  status?: Maybe<InvoiceStatus>;
  /** Sum of the lines (جمع کل). Hesabfa. */
  sum?: Maybe<Scalars['Decimal']['output']>;
  /** The client's own reference kept with the invoice (برچسب / Tag). Hesabfa. */
  tag?: Maybe<Scalars['String']['output']>;
  /** The invoice's look (قالب / theme_id). Hesabit. */
  themeId?: Maybe<Scalars['Int']['output']>;
  /** Title (عنوان). Hesabit. */
  title?: Maybe<Scalars['String']['output']>;
  /** The vendor this invoice lives in (سامانه). */
  vendor: Vendor;
  /** The vendor's own status value, as it came (وضعیت در سامانه), e.g. Hesabfa's 0/1 or Hesabit's `paid`. */
  vendorStatus?: Maybe<Scalars['String']['output']>;
};

/** A page of invoices (فاکتورها). */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** The Invoice items of this page, in order. */
  edges: Array<InvoiceEdge>;
  /** Where this page stands: whether more follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** How many items in all, when the vendor tells; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One Invoice in a page, with its cursor. */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Invoice. */
  node: Invoice;
};

/** What an invoice records (نوع فاکتور). */
export type InvoiceKind =
  /** A purchase (خرید). */
  | 'PURCHASE'
  /** Goods returned to a supplier (برگشت از خرید). */
  | 'PURCHASE_RETURN'
  /** A sale (فروش). */
  | 'SALE'
  /** Goods a customer returned (برگشت از فروش). */
  | 'SALE_RETURN'
  /** Goods written off (ضایعات). */
  | 'WASTE';

/** One line of an invoice (ردیف فاکتور). Amounts are in the invoice's `currency`. */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  /** The line's description (شرح). */
  description?: Maybe<Scalars['String']['output']>;
  /** Discount on the line, an amount (تخفیف). */
  discount?: Maybe<Scalars['Decimal']['output']>;
  /** Code of the item sold or bought (کد کالا). */
  itemCode?: Maybe<Scalars['String']['output']>;
  /** Quantity (مقدار), decimals allowed. */
  quantity?: Maybe<Scalars['Decimal']['output']>;
  /** The line's place in the invoice (ردیف), from 0. */
  rowNumber?: Maybe<Scalars['Int']['output']>;
  /** Tax on the line, an amount (مالیات). */
  tax?: Maybe<Scalars['Decimal']['output']>;
  /** The line's total (جمع ردیف): quantity × unit price − discount + tax. */
  total?: Maybe<Scalars['Decimal']['output']>;
  /** Price of one unit (مبلغ واحد). */
  unitPrice?: Maybe<Scalars['Decimal']['output']>;
};

/** A line of an invoice (ردیف فاکتور). */
export type InvoiceLineInput = {
  /** Description (شرح); left out: the item's. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Discount on the line, an amount (تخفیف). */
  discount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Item code (کد کالا), padded or not. */
  itemCode: Scalars['String']['input'];
  /** Quantity (مقدار), above zero. */
  quantity: Scalars['Decimal']['input'];
  /** Tax on the line, an amount (مالیات). */
  tax?: InputMaybe<Scalars['Decimal']['input']>;
  /** Price of one unit (مبلغ واحد). */
  unitPrice: Scalars['Decimal']['input'];
};

/** Whether an invoice is final (وضعیت فاکتور). Whether it is paid is `paymentStatus`. */
export type InvoiceStatus =
  /** Approved (تایید شده): in the books. */
  | 'APPROVED'
  /** A draft (پیش نویس): not yet in the books. */
  | 'DRAFT';

/** An item (کالا یا خدمت) a business sells or buys, of one vendor. Fields a vendor does not keep are null for its items. */
export type Item = Node & {
  __typename?: 'Item';
  /** False when the item is deactivated (فعال). Hesabfa. */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** Barcode (بارکد). Hesabfa. */
  barcode?: Maybe<Scalars['String']['output']>;
  /** Purchase price (قیمت خرید). Hesabfa. */
  buyPrice?: Maybe<Scalars['Decimal']['output']>;
  /** The item's code in its vendor (کد کالا), e.g. Hesabfa's 000012. */
  code: Scalars['String']['output'];
  /** The currency of the prices (واحد پول). Hesabfa. */
  currency?: Maybe<CurrencyCode>;
  /** Global id (شناسه سراسری) of this item, for `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Goods or a service (نوع). Hesabfa. */
  kind?: Maybe<ItemKind>;
  /** Name (نام). Hesabfa, Hesabit. */
  name?: Maybe<Scalars['String']['output']>;
  /** Sale price (قیمت فروش). Hesabfa. */
  sellPrice?: Maybe<Scalars['Decimal']['output']>;
  /** Quantity in stock (موجودی), exact. Hesabfa. */
  stock?: Maybe<Scalars['Decimal']['output']>;
  /** The client's own reference kept with the item (برچسب / Tag). Hesabfa. */
  tag?: Maybe<Scalars['String']['output']>;
  /** Unit of measure (واحد), e.g. عدد. Hesabfa. */
  unit?: Maybe<Scalars['String']['output']>;
  /** The vendor this item lives in (سامانه). */
  vendor: Vendor;
};

/** A page of items (کالاها). */
export type ItemConnection = {
  __typename?: 'ItemConnection';
  /** The Item items of this page, in order. */
  edges: Array<ItemEdge>;
  /** Where this page stands: whether more follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** How many items in all, when the vendor tells; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One Item in a page, with its cursor. */
export type ItemEdge = {
  __typename?: 'ItemEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Item. */
  node: Item;
};

/** Goods or a service (نوع کالا). */
export type ItemKind =
  /** Goods kept in stock (کالا). */
  | 'PRODUCT'
  /** A service (خدمات): no stock. */
  | 'SERVICE';

/** Made goods (کارساخته) bought from or sold to a customer (سند خرید و فروش کارساخته). */
export type MadeGoodsTradeInput = {
  /** Purity in thousandths (عیار / Ayar), 0 to 1000. */
  ayar: Scalars['Int']['input'];
  /** How many pieces (تعداد / Count), at least 1. */
  count?: Scalars['Int']['input'];
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: Scalars['String']['input'];
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: Scalars['JalaliDate']['input'];
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Gold percent (درصد طلایی / Darsad_Talayee), 0 to 100. */
  goldPercent?: Scalars['Float']['input'];
  /** Name of the goods (نام کار / Name_Kar). */
  name: Scalars['String']['input'];
  /** The item's picture file name in Tahesab (نام فایل تصویر / PictureFileName), e.g. a1.jpg. */
  pictureFileName?: Scalars['String']['input'];
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** Whether unitPrice (مظنه / Mazaneh) is per mesghal (مثقال) or per gram (گرم). */
  priceUnit: PriceUnit;
  /** Profit percent (درصد سود / Darsad_Sood), 0 to 100; 7 means 7%. */
  profitPercent?: Scalars['Float']['input'];
  /** True when the item is returned (مرجوعی / IsMarjoo). */
  returned?: Scalars['Boolean']['input'];
  /** BUY (خرید): the shop buys; SELL (فروش): the shop sells. */
  side: TradeSide;
  /** Stone price in rials (پول سنگ / PoolSang). */
  stonePrice?: Scalars['Rial']['input'];
  /** The computed tax amount in rials (مقدار مالیات / MeghdarMaliat). */
  taxAmount: Scalars['Rial']['input'];
  /** Tax percent (درصد مالیات / Darsad_Maliat), 0 to 100; the seed's example is 9. */
  taxPercent: Scalars['Float']['input'];
  /** Total amount in rials (مبلغ کل / MablaghKol). */
  totalAmount: Scalars['Rial']['input'];
  /** Unit price in rials (مظنه / Mazaneh), per `priceUnit`. */
  unitPrice: Scalars['Rial']['input'];
  /** Making charge in rials (اجرت / Ojrat). */
  wage?: Scalars['Rial']['input'];
  /** Whether `wage` is one total or per gram (اجرت تعدادی یا گرمی / OjratTedadiOrGerami). */
  wageBasis?: WageBasis;
  /** Weight in grams (وزن / Vazn), above 0. */
  weightGrams: Scalars['Float']['input'];
};

/** Made goods (کارساخته) received from or given to a customer (سند ورود و خروج کارساخته). */
export type MadeGoodsTransferInput = {
  /** Purity in thousandths (عیار / Ayar), 0 to 1000. */
  ayar: Scalars['Int']['input'];
  /** How many pieces (تعداد / Count), at least 1. */
  count?: Scalars['Int']['input'];
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: Scalars['String']['input'];
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: Scalars['JalaliDate']['input'];
  /** Description (شرح / Sharh), up to 500 characters. Kept by newer Tahesab add-ons only; an older add-on refuses a description here. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** IN (ورود): the shop receives the goods; OUT (خروج): the shop gives them. */
  direction: Direction;
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Gold percent (درصد طلایی / Darsad_Talayee), 0 to 100. */
  goldPercent?: Scalars['Float']['input'];
  /** Name of the goods (نام کار / Name_Kar). */
  name: Scalars['String']['input'];
  /** The item's picture file name in Tahesab (نام فایل تصویر / PictureFileName), e.g. a1.jpg. */
  pictureFileName?: Scalars['String']['input'];
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** True when the item is returned (مرجوعی / IsMarjoo). */
  returned?: Scalars['Boolean']['input'];
  /** Stone price in rials (پول سنگ / PoolSang). */
  stonePrice?: Scalars['Rial']['input'];
  /** The computed tax amount in rials (مقدار مالیات / MeghdarMaliat). */
  taxAmount: Scalars['Rial']['input'];
  /** Tax percent (درصد مالیات / Darsad_Maliat), 0 to 100; the seed's example is 9. */
  taxPercent: Scalars['Float']['input'];
  /** Total amount in rials (مبلغ کل / MablaghKol). */
  totalAmount: Scalars['Rial']['input'];
  /** Making charge in rials (اجرت / Ojrat). */
  wage?: Scalars['Rial']['input'];
  /** Whether `wage` is one total or per gram (اجرت تعدادی یا گرمی / OjratTedadiOrGerami). */
  wageBasis?: WageBasis;
  /** Weight in grams (وزن / Vazn), above 0. */
  weightGrams: Scalars['Float']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a customer (ثبت مشتری / حساب جدید) in one vendor and answers the code the vendor gave it. With an idempotencyKey it happens at most once: a repeat is answered from the journal, and a lost answer is checked with the vendor before anything is sent again. A field the vendor does not keep is refused, naming it. */
  createCustomer?: Maybe<CreateCustomerPayload>;
  /** Creates a Hesabfa item (کالای جدید); Hesabfa gives its code. Exactly once with an idempotencyKey. */
  createHesabfaItem?: Maybe<HesabfaItemPayload>;
  /** Creates a Hesabit invoice (ثبت فاکتور حسابیت) with the fields Hesabit documents, and answers it as Hesabit stored it. Side effect: with the account's auto-send setting on, Hesabit texts and e-mails the customer a payment link as soon as it is created. With an idempotencyKey it happens at most once: a repeat is answered from the journal, and a lost answer is looked for in Hesabit before anything is sent again (a second invoice would mean a second link). */
  createHesabitInvoice?: Maybe<CreateHesabitInvoicePayload>;
  /** Deletes a customer (حذف مشتری). Exactly once with an idempotencyKey. Vendors without a command for it (Tahesab) refuse it, naming `vendor`. */
  deleteCustomer?: Maybe<DeleteCustomerPayload>;
  /** Deletes a Hesabfa invoice (حذف فاکتور); one with payments is refused. Exactly once with an idempotencyKey. */
  deleteHesabfaInvoice?: Maybe<HesabfaInvoicePayload>;
  /** Deletes a Hesabfa item (حذف کالا). Exactly once with an idempotencyKey. */
  deleteHesabfaItem?: Maybe<HesabfaItemPayload>;
  /** Deletes a document (حذف سند) by its Factor_Code (DoDeleteSanad); its balance effect is undone. */
  deleteSanad?: Maybe<DeleteSanadPayload>;
  /** Records cash received or paid (سند ورود و خروج وجه نقد; DoNewSanadVKHVaghNaghd). */
  recordCashTransfer?: Maybe<SanadReceipt>;
  /** Records coins bought or sold (سند خرید و فروش سکه; DoNewSanadBuySaleSEKEH). */
  recordCoinTrade?: Maybe<SanadReceipt>;
  /** Records coins received or given (سند ورود و خروج سکه; DoNewSanadVKHSEKEH). */
  recordCoinTransfer?: Maybe<SanadReceipt>;
  /** Records a discount given or received (سند تخفیف; DoNewSanadTakhfif). */
  recordDiscount?: Maybe<SanadReceipt>;
  /** Records a tagged piece bought or sold (سند خرید و فروش اتیکت; DoNewSanadBuySaleEtiket). */
  recordEtiketTrade?: Maybe<SanadReceipt>;
  /** Records a tagged piece coming in or going out (سند ورود و خروج اتیکت; DoNewSanadVKHEtiket). */
  recordEtiketTransfer?: Maybe<SanadReceipt>;
  /** Records raw gold bought or sold (سند خرید و فروش آبشده و متفرقه; DoNewSanadBuySaleGOLD). */
  recordGoldTrade?: Maybe<SanadReceipt>;
  /** Records raw gold received from or given to a customer (سند ورود و خروج آبشده و متفرقه; DoNewSanadVKHGOLD). */
  recordGoldTransfer?: Maybe<SanadReceipt>;
  /** Records a payment against a Hesabfa invoice (ثبت دریافت / پرداخت): money received for a sale, or paid for a purchase, into or from a bank, a cash desk, a petty cash or another customer's account. Answers the invoice with paid and rest updated. */
  recordHesabfaPayment?: Maybe<HesabfaInvoicePayload>;
  /** Records made goods bought or sold (سند خرید و فروش کارساخته; DoNewSanadBuySaleKar). */
  recordMadeGoodsTrade?: Maybe<SanadReceipt>;
  /** Records made goods received or given (سند ورود و خروج کارساخته; DoNewSanadVKHKar). */
  recordMadeGoodsTransfer?: Maybe<SanadReceipt>;
  /** Records a receivable or payable (سند طلب و بدهی; DoNewSanadTalabBedehi). */
  recordReceivableOrPayable?: Maybe<SanadReceipt>;
  /** Records one read of RFID tags in Tahesab (epcList), e.g. a stock count (انبارگردانی): says how many distinct tags were read, how many are on the shop's etikets, and which are unknown. With an idempotencyKey a repeat is answered from the journal; never sent again blind when Tahesab's answer is lost (VENDOR_OUTCOME_UNKNOWN: Tahesab cannot be asked about a read). */
  recordRfidRead?: Maybe<RfidReadResult>;
  /** Asks Hesabfa to call hesabgraph on every change (ثبت وب هوک), at <publicUrl>/hooks/hesabfa/<HESABFA_HOOK_SECRET>, and starts the change feed. Done at start-up as well when HESABFA_PUBLIC_URL is set. */
  registerHesabfaChangeHook?: Maybe<HesabfaChangeHookPayload>;
  /** Saves many Hesabfa customers at once (ذخیره گروهی اشخاص): new ones without a code, changes to others (only the fields given change). Sent 500 a call; answered in the order given. Exactly once with an idempotencyKey. */
  saveHesabfaCustomers?: Maybe<SaveHesabfaCustomersPayload>;
  /** Saves a Hesabfa invoice (ثبت فاکتور): a new one without `number`, else it replaces that invoice whole. Exactly once with an idempotencyKey, also when the answer is lost and the request is retried. */
  saveHesabfaInvoice?: Maybe<HesabfaInvoicePayload>;
  /** Saves many Hesabfa items at once (ذخیره گروهی کالاها): new ones without a code, changes to others. Sent 500 a call; answered in the order given. */
  saveHesabfaItems?: Maybe<SaveHesabfaItemsPayload>;
  /** Saves a warehouse receipt or remittance for a Hesabfa invoice (ثبت رسید / حواله انبار), one warehouse at a time. Exactly once with an idempotencyKey. */
  saveHesabfaWarehouseReceipt?: Maybe<WarehouseReceiptPayload>;
  /** Changes a customer (ویرایش مشتری): only the fields given change. Exactly once with an idempotencyKey. Vendors without a command to change a customer (Tahesab) refuse it, naming `input.vendor`. */
  updateCustomer?: Maybe<UpdateCustomerPayload>;
  /** Changes a Hesabfa item (ویرایش کالا): only the fields given change (the item is read and saved whole). Exactly once with an idempotencyKey. */
  updateHesabfaItem?: Maybe<HesabfaItemPayload>;
};


export type MutationCreateCustomerArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateCustomerInput;
};


export type MutationCreateHesabfaItemArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: HesabfaItemInput;
};


export type MutationCreateHesabitInvoiceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateHesabitInvoiceInput;
};


export type MutationDeleteCustomerArgs = {
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  vendor: Vendor;
};


export type MutationDeleteHesabfaInvoiceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: InvoiceKind;
  number: Scalars['String']['input'];
};


export type MutationDeleteHesabfaItemArgs = {
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteSanadArgs = {
  customerCode?: InputMaybe<Scalars['String']['input']>;
  factorCode: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRecordCashTransferArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CashTransferInput;
};


export type MutationRecordCoinTradeArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CoinTradeInput;
};


export type MutationRecordCoinTransferArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CoinTransferInput;
};


export type MutationRecordDiscountArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: DiscountInput;
};


export type MutationRecordEtiketTradeArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EtiketTradeInput;
};


export type MutationRecordEtiketTransferArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EtiketTransferInput;
};


export type MutationRecordGoldTradeArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GoldTradeInput;
};


export type MutationRecordGoldTransferArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GoldTransferInput;
};


export type MutationRecordHesabfaPaymentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: HesabfaPaymentInput;
};


export type MutationRecordMadeGoodsTradeArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: MadeGoodsTradeInput;
};


export type MutationRecordMadeGoodsTransferArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: MadeGoodsTransferInput;
};


export type MutationRecordReceivableOrPayableArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ReceivableOrPayableInput;
};


export type MutationRecordRfidReadArgs = {
  epcs: Array<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRegisterHesabfaChangeHookArgs = {
  publicUrl?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSaveHesabfaCustomersArgs = {
  customers: Array<HesabfaCustomerEntry>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSaveHesabfaInvoiceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: HesabfaInvoiceInput;
};


export type MutationSaveHesabfaItemsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  items: Array<HesabfaItemEntry>;
};


export type MutationSaveHesabfaWarehouseReceiptArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: WarehouseReceiptInput;
};


export type MutationUpdateCustomerArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: UpdateCustomerInput;
};


export type MutationUpdateHesabfaItemArgs = {
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: HesabfaItemInput;
};

/** An object with a global id: `node(id:)` finds it again (Relay object identification). */
export type Node = {
  /** Global id, opaque; names the vendor, the type and the vendor's own id. */
  id: Scalars['ID']['output'];
};

/** Where a page of a connection stands (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** How much of an invoice is paid (وضعیت پرداخت), from what was paid and what is left. */
export type PaymentStatus =
  /** Paid in full (پرداخت شده). */
  | 'PAID'
  /** Partly paid (بخشی پرداخت شده). */
  | 'PARTLY_PAID'
  /** Nothing paid yet (پرداخت نشده). */
  | 'UNPAID';

/** Where money of a payment goes or comes from (محل دریافت / پرداخت). */
export type PaymentTargetKind =
  /** A bank account (بانک). */
  | 'BANK'
  /** A cash desk (صندوق). */
  | 'CASH'
  /** Another customer's account (شخص). */
  | 'CUSTOMER'
  /** A petty cash (تنخواه گردان). */
  | 'PETTY_CASH';

/** What the unit price (مظنه, mazaneh) is quoted for (MazanehIsMesghalOrGeram). */
export type PriceUnit =
  /** Per gram (گرم). */
  | 'PER_GRAM'
  /** Per mesghal (مثقال, 4.6083 g). */
  | 'PER_MESGHAL';

export type Query = {
  __typename?: 'Query';
  /** One customer (مشتری) of any vendor by its code there; null when the vendor has no such customer. */
  customer?: Maybe<Customer>;
  /** One etiket (اتیکت) by its code (شناسه کار); null when Tahesab has no such code. */
  etiket?: Maybe<Etiket>;
  /** Etikets (اتیکت ها) by code (شناسه کار), in the order asked; an unknown code gives null in its place. Every etiket lookup of one operation (aliases, nesting, federation references) travels in one Tahesab call per batch. */
  etikets: Array<Maybe<Etiket>>;
  /** Etikets whose code lies in a range (لیست اتیکت ها از شناسه تا شناسه; DoListEtiket), in code order, page by page. */
  etiketsByCodeRange: EtiketConnection;
  /** The etikets of one made-goods line (کد کار / Code_Kar, DoList_EtiketByCodeKar), in code order; empty when none. */
  etiketsByMadeGoodsCode: Array<Etiket>;
  /** The business's bank accounts (بانک ها), for payments. */
  hesabfaBanks: Array<HesabfaBank>;
  /** The business's cash desks (صندوق ها), for payments. */
  hesabfaCashDesks: Array<HesabfaCashDesk>;
  /** What changed in the Hesabfa business after a change id (تغییرات): customers, items, invoices (payments too), warehouse receipts, oldest first. Changes hesabgraph made itself are left out unless asked for. Kept: the newest 1,000 since the feed started (when the change hook was registered or this was first asked). */
  hesabfaChanges: HesabfaChangeFeed;
  /** The currency the Hesabfa business keeps its books in (واحد پول): every Hesabfa amount is in it. */
  hesabfaCurrency: CurrencyCode;
  /** Hesabfa customers (اشخاص), filtered, searched and sorted as asked, page by page (up to 1,000 a page, read from Hesabfa in calls of HESABFA_PAGE_SIZE); `totalCount` is the number that pass the filters. */
  hesabfaCustomers: CustomerConnection;
  /** Hesabfa customers whose mobile, phone or e-mail is exactly one of those given (جستجو با موبایل، تلفن یا ایمیل); empty when none. */
  hesabfaCustomersByContact: Array<Customer>;
  /** The business's fiscal years (سال های مالی), oldest first. */
  hesabfaFiscalYears: Array<HesabfaFiscalYear>;
  /** One Hesabfa invoice by kind and number (فاکتور با شماره) in the fiscal year in use; null when none. */
  hesabfaInvoice?: Maybe<Invoice>;
  /** Hesabfa invoices of one kind (فاکتورها) in the fiscal year in use, with their lines, filtered, searched and sorted as asked, page by page (up to 1,000 a page); `totalCount` counts those that pass the filters. */
  hesabfaInvoices: InvoiceConnection;
  /** The Hesabfa item with this barcode (کالا با بارکد); null when none. */
  hesabfaItemByBarcode?: Maybe<Item>;
  /** Hesabfa items (کالاها و خدمات), filtered, searched and sorted as asked, page by page (up to 1,000 a page); `totalCount` counts those that pass the filters. */
  hesabfaItems: ItemConnection;
  /** The business's warehouses (انبارها), for warehouse receipts; empty when it keeps none. */
  hesabfaWarehouses: Array<HesabfaWarehouse>;
  /** Hesabit customers (مشتریان حسابیت), newest first, page by page (GET /customers, 100 a call underneath; a page of any size is complete). Filters compare whole values; with none, every customer. */
  hesabitCustomers: CustomerConnection;
  /** One Hesabit invoice (فاکتور) by its id; null when Hesabit has none. */
  hesabitInvoice?: Maybe<Invoice>;
  /** Hesabit invoices (فاکتورهای حسابیت), newest first, page by page (GET /invoices, 100 a call underneath; a page of any size is complete). */
  hesabitInvoices: InvoiceConnection;
  /** One Hesabit item (کالا) by its id (GET /items/{id}); null when Hesabit has none. Hesabit documents no field of an item, so only its id is answered; every other field is null. */
  hesabitItem?: Maybe<Item>;
  /** How much of Hesabit's daily request quota (سهمیه روزانه) is used and left today; asking costs no request. */
  hesabitQuota: HesabitQuota;
  /** One Hesabit transaction (تراکنش) by its id; null when Hesabit has none. */
  hesabitTransaction?: Maybe<Transaction>;
  /** Hesabit transactions (تراکنش ها), newest first, page by page (GET /transactions, 100 a call underneath; a page of any size is complete). */
  hesabitTransactions: TransactionConnection;
  /** One invoice (فاکتور) of any vendor by its id there (`Invoice.code`); null when there is none. */
  invoice?: Maybe<Invoice>;
  /** One item (کالا) of any vendor by its code there; null when the vendor has no such item. */
  item?: Maybe<Item>;
  /** Any object by its global id; null when it no longer exists. */
  node?: Maybe<Node>;
  /** RFID tags (تگ های RFID) by EPC with the etiket each is fixed to (GetInfo), in the order asked; an unknown EPC gives null. Every tag lookup of one operation travels in one Tahesab call per batch. */
  rfidTags: Array<Maybe<RfidTag>>;
  /** One document (سند) by customer, number and date (استعلام سند; DoNewSanadInquiry); null when Tahesab has none. */
  sanad?: Maybe<Sanad>;
  /** Recorded documents (اسناد), newest first (DoListAsnad): the last N, optionally of one customer and between two Shamsi days. */
  sanads: Array<Sanad>;
  /** Latest balances (آخرین مانده حساب) of Tahesab customers by account code, in the order asked; an unknown code gives null. Shares one getmandehesabbycode call per batch with every other balance of the operation (e.g. `Customer.balance`). */
  tahesabBalances: Array<Maybe<Balance>>;
  /** Tahesab customers (مشتریان / حساب ها) whose account code lies in a range (DoListMoshtari), in code order, page by page; optionally only those whose name contains some text. */
  tahesabCustomers: CustomerConnection;
  /** Tahesab customers with this mobile number (مشتریان با این شماره موبایل; DoListMoshtari by Tel), in code order; empty when none. The number may be typed in any usual form. */
  tahesabCustomersByPhone: Array<Customer>;
  /** Etikets registered, edited or sold (ثبت، ویرایش یا فروش) between two Shamsi days, both included (DoListGetUpdatedEtiket), in code order, each with `changedOn`. Made for keeping a web shop's stock in step with Tahesab. */
  updatedEtikets: Array<Etiket>;
};


export type QueryCustomerArgs = {
  code: Scalars['String']['input'];
  vendor: Vendor;
};


export type QueryEtiketArgs = {
  code: Scalars['String']['input'];
};


export type QueryEtiketsArgs = {
  codes: Array<Scalars['String']['input']>;
};


export type QueryEtiketsByCodeRangeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  fromCode: Scalars['String']['input'];
  toCode: Scalars['String']['input'];
};


export type QueryEtiketsByMadeGoodsCodeArgs = {
  madeGoodsCode: Scalars['String']['input'];
};


export type QueryHesabfaChangesArgs = {
  after?: Scalars['Int']['input'];
  includeOwn?: Scalars['Boolean']['input'];
  refresh?: Scalars['Boolean']['input'];
};


export type QueryHesabfaCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HesabfaCustomerQuery>;
  first?: Scalars['Int']['input'];
};


export type QueryHesabfaCustomersByContactArgs = {
  email?: InputMaybe<Scalars['String']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHesabfaInvoiceArgs = {
  kind?: InvoiceKind;
  number: Scalars['String']['input'];
};


export type QueryHesabfaInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HesabfaInvoiceQuery>;
  first?: Scalars['Int']['input'];
  kind?: InvoiceKind;
};


export type QueryHesabfaItemByBarcodeArgs = {
  barcode: Scalars['String']['input'];
};


export type QueryHesabfaItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HesabfaItemQuery>;
  first?: Scalars['Int']['input'];
};


export type QueryHesabitCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  company?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  mobile?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHesabitInvoiceArgs = {
  id: Scalars['String']['input'];
};


export type QueryHesabitInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHesabitItemArgs = {
  id: Scalars['String']['input'];
};


export type QueryHesabitTransactionArgs = {
  id: Scalars['String']['input'];
};


export type QueryHesabitTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<TransactionStatus>;
};


export type QueryInvoiceArgs = {
  code: Scalars['String']['input'];
  vendor: Vendor;
};


export type QueryItemArgs = {
  code: Scalars['String']['input'];
  vendor: Vendor;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRfidTagsArgs = {
  epcs: Array<Scalars['String']['input']>;
};


export type QuerySanadArgs = {
  customerCode: Scalars['String']['input'];
  date: Scalars['JalaliDate']['input'];
  factorNumber: Scalars['Int']['input'];
};


export type QuerySanadsArgs = {
  customerCode?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['JalaliDate']['input']>;
  last?: Scalars['Int']['input'];
  to?: InputMaybe<Scalars['JalaliDate']['input']>;
};


export type QueryTahesabBalancesArgs = {
  customerCodes: Array<Scalars['String']['input']>;
};


export type QueryTahesabCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  fromCode: Scalars['String']['input'];
  nameContains?: InputMaybe<Scalars['String']['input']>;
  toCode: Scalars['String']['input'];
};


export type QueryTahesabCustomersByPhoneArgs = {
  phone: Scalars['String']['input'];
};


export type QueryUpdatedEtiketsArgs = {
  from: Scalars['JalaliDate']['input'];
  to: Scalars['JalaliDate']['input'];
};

/** A receivable or payable with a customer (سند طلب و بدهی), in money and optionally gold. */
export type ReceivableOrPayableInput = {
  /** Amount in rials (مبلغ / Mablagh), 0 or more. */
  amount: Scalars['Rial']['input'];
  /** PAYABLE (بدهی): the shop owes; RECEIVABLE (طلب): the customer owes. */
  claim: ClaimKind;
  /** The customer's account code in Tahesab (کد مشتری / Moshtari_Code), digits only. */
  customerCode: Scalars['String']['input'];
  /** The document's Shamsi date (تاریخ سند), e.g. 1403-08-06. */
  date: Scalars['JalaliDate']['input'];
  /** Description (شرح / Sharh). */
  description?: Scalars['String']['input'];
  /** The document's number (شماره فاکتور / Factor_Number). Leave it out to have hesabgraph pick one (nine digits from 800000000). Customer, number and date identify the document when hesabgraph checks whether a write landed. */
  factorNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Final (ثبت کل) or temporary (موقت) posting. */
  posting?: SanadPosting;
  /** What it is for (بابت / Baabat). */
  regarding?: Scalars['String']['input'];
  /** Gold weight in grams (وزن / Vazn), 0 or more. */
  weightGrams?: Scalars['Float']['input'];
};

/** What Tahesab made of one RFID read (ارسال لیست تگ های خوانده شده, epcList), e.g. a stock count. */
export type RfidReadResult = {
  __typename?: 'RfidReadResult';
  /** Distinct tags in the read (تعداد تگ ها; a tag seen several times counts once). */
  count: Scalars['Int']['output'];
  /** Tags found on an etiket of the shop (تگ های شناخته شده). */
  matched: Scalars['Int']['output'];
  /** EPCs that no etiket carries (تگ های ناشناخته, unknown tags), as Tahesab lists them. */
  unmatched: Array<Scalars['String']['output']>;
};

/** An RFID tag (تگ RFID) fixed to an etiket, as Tahesab knows it. */
export type RfidTag = {
  __typename?: 'RfidTag';
  /** The tag's EPC (شناسه تگ; Electronic Product Code), upper-case hex, e.g. E28011600000000C. */
  epc: Scalars['String']['output'];
  /** The tagged piece (اتیکت), with the fields Tahesab's GetInfo gives; null if Tahesab names no etiket for the tag. */
  etiket?: Maybe<Etiket>;
  /** The tagged piece's picture (تصویر; GetInfoWithImage). Asked for only when selected: one batched call per operation. */
  image?: Maybe<EtiketImage>;
};

/** A Tahesab accounting document (سند) as Tahesab lists it (DoListAsnad): what was recorded and the customer's balances after it. Rows typed in Tahesab by hand have no Factor_Code. */
export type Sanad = Node & {
  __typename?: 'Sanad';
  /** The document's amount in rials (مبلغ / Mali); negative when the customer owes it. */
  amount?: Maybe<Scalars['Rial']['output']>;
  /** Purity in thousandths (عیار / Ayar), where the document has one. */
  ayar?: Maybe<Scalars['Float']['output']>;
  /** The customer's account code (کد مشتری); known when one customer's documents were asked for. */
  customerCode?: Maybe<Scalars['String']['output']>;
  /** Description (شرح / Sharh1). */
  description?: Maybe<Scalars['String']['output']>;
  /** Tahesab's document code (کد فاکتور / Factor_Code), which `deleteSanad` takes; null for documents typed in Tahesab by hand. */
  factorCode?: Maybe<Scalars['String']['output']>;
  /** The document number (شماره فاکتور / Sh_Factor). */
  factorNumber?: Maybe<Scalars['Int']['output']>;
  /** The customer's gold balance after this document (مانده وزنی / TahesabVazni), grams of 750 gold; positive: the shop owes the customer. */
  goldBalanceAfter?: Maybe<Scalars['Float']['output']>;
  /** Global id, opaque; names the vendor, the type and the vendor's own id. */
  id: Scalars['ID']['output'];
  /** The business event recorded (نوع سند), read from `kindName`; null for a name hesabgraph does not know. */
  kind?: Maybe<SanadKind>;
  /** The kind of document as Tahesab names it (نوع سند / NO), e.g. فروش طلا, ورود آبشده, طلب. */
  kindName: Scalars['String']['output'];
  /** The assay lab's name (نام آزمایشگاه / Name_az), for melted gold. */
  labName?: Maybe<Scalars['String']['output']>;
  /** True for melted, assayed gold (آبشده / IsAbshode). */
  melted?: Maybe<Scalars['Boolean']['output']>;
  /** The customer's money balance after this document (مانده مالی / TahesabMali), in rials; positive: the shop owes the customer. */
  moneyBalanceAfter?: Maybe<Scalars['Rial']['output']>;
  /** When the document was recorded (زمان ثبت / ZamanSabt), an ISO-8601 instant (Tehran time). */
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The Shamsi day the document was recorded (زمان ثبت / ZamanSabt). */
  recordedOn?: Maybe<Scalars['JalaliDate']['output']>;
  /** Tahesab's row id (شناسه ردیف / ID). */
  rowId: Scalars['String']['output'];
  /** The assay's stamp number (شماره انگ / Sh_Sharti), for melted gold. */
  stampNumber?: Maybe<Scalars['String']['output']>;
  /** Unit price in rials (مظنه / Mazaneh), where the document has one. */
  unitPrice?: Maybe<Scalars['Rial']['output']>;
  /** Who recorded it in Tahesab (کاربر / User); documents written through the API say APi. */
  user?: Maybe<Scalars['String']['output']>;
  /** The weight in grams of 750 gold (وزن تبدیلی / TabdilVazn). */
  weight750Grams?: Maybe<Scalars['Float']['output']>;
  /** Weight in grams (وزن / Vazn), where the document has one. */
  weightGrams?: Maybe<Scalars['Float']['output']>;
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

/** What a document mutation answers: the recorded document's identity. */
export type SanadReceipt = {
  __typename?: 'SanadReceipt';
  /** The customer's account code (کد مشتری / Moshtari_Code). */
  customerCode: Scalars['String']['output'];
  /** The document's Shamsi date (تاریخ سند). */
  date: Scalars['JalaliDate']['output'];
  /** `date` in the Gregorian calendar (تاریخ میلادی), ISO-8601, e.g. 2024-10-27. */
  dateGregorian?: Maybe<Scalars['Date']['output']>;
  /** Tahesab's unique document code (کد فاکتور / Factor_Code); `deleteSanad` takes it. */
  factorCode: Scalars['String']['output'];
  /** The document number (شماره فاکتور / Factor_Number): the one given, or the one hesabgraph picked. */
  factorNumber: Scalars['Int']['output'];
  /** Global id of the document, for `node(id:)`. */
  id: Scalars['String']['output'];
  /** The business event recorded (نوع سند). */
  kind: SanadKind;
  /** Final (ثبت کل) or temporary (موقت). */
  posting: SanadPosting;
  /** True when Tahesab's answer was lost and hesabgraph confirmed the write with DoNewSanadInquiry. */
  reconciled: Scalars['Boolean']['output'];
  /** True when this answer came from the idempotency journal: an earlier request with the same key recorded it; nothing was sent now. */
  replayed: Scalars['Boolean']['output'];
};

/** What `saveHesabfaCustomers` answers. */
export type SaveHesabfaCustomersPayload = {
  __typename?: 'SaveHesabfaCustomersPayload';
  /** The customers as saved, in the order given (اشخاص ذخیره شده). */
  customers: Array<Customer>;
  /** True when answered from the idempotency journal; nothing was sent now. */
  replayed: Scalars['Boolean']['output'];
};

/** What `saveHesabfaItems` answers. */
export type SaveHesabfaItemsPayload = {
  __typename?: 'SaveHesabfaItemsPayload';
  /** The items as saved, in the order given (کالاهای ذخیره شده). */
  items: Array<Item>;
  /** True when answered from the idempotency journal; nothing was sent now. */
  replayed: Scalars['Boolean']['output'];
};

/** Whether the shop buys or sells (BuyOrSale). */
export type TradeSide =
  /** The shop buys from the customer (خرید). */
  | 'BUY'
  /** The shop sells to the customer (فروش). */
  | 'SELL';

/** A transaction (تراکنش) of a Hesabit account: a customer's online payment of an invoice, a fee, a settlement. Amounts are signed: money in is positive, money out (fees, withdrawals) negative. */
export type Transaction = Node & {
  __typename?: 'Transaction';
  /** Amount in rials (مبلغ به ریال), signed and exact at any size: positive in, negative out. */
  amount: Scalars['Rial']['output'];
  /** The transaction's id in Hesabit (شناسه تراکنش): a string of digits of any length; keep it as a string. */
  code: Scalars['String']['output'];
  /** When the transaction was made (تاریخ ایجاد), ISO-8601. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Hesabit's description (شرح), e.g. «پرداخت فاکتور : لپ تاپ اپل (10005)» or «کارمزد فاکتور». */
  description?: Maybe<Scalars['String']['output']>;
  /** Global id (شناسه سراسری) of this transaction, for `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The invoice this payment is for (فاکتور), found by the number its description names; null when it names none or Hesabit has no invoice with that number. Every transaction's invoice in one operation is found with one read of the invoice list. */
  invoice?: Maybe<Invoice>;
  /** The number of the invoice this payment is for (شماره فاکتور), as its description names it (`پرداخت فاکتور : title (number)`); null when it names none. */
  invoiceNumber?: Maybe<Scalars['String']['output']>;
  /** The title of the invoice this payment is for (عنوان فاکتور), as its description names it; null when it names none. */
  invoiceTitle?: Maybe<Scalars['String']['output']>;
  /** Approved or not (وضعیت). */
  status: TransactionStatus;
  /** The vendor this transaction lives in (سامانه): HESABIT. */
  vendor: Vendor;
};

/** A page of Hesabit transactions (تراکنش ها), newest first. */
export type TransactionConnection = {
  __typename?: 'TransactionConnection';
  /** The Transaction items of this page, in order. */
  edges: Array<TransactionEdge>;
  /** Where this page stands: whether more follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** How many items in all, when the vendor tells; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One Transaction in a page, with its cursor. */
export type TransactionEdge = {
  __typename?: 'TransactionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Transaction. */
  node: Transaction;
};

/** Whether a Hesabit transaction went through (وضعیت تراکنش). */
export type TransactionStatus =
  /** Approved (تایید شده): the money moved (Hesabit's `approved`). */
  | 'APPROVED'
  /** Not approved (تایید نشده): a failed or refused payment (Hesabit's `disapproved`). */
  | 'DISAPPROVED';

/** Changes to a customer (ویرایش مشتری): only the fields given change; the others keep their values. */
export type UpdateCustomerInput = {
  /** False deactivates the customer (غیرفعال), true activates it. Hesabfa. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postal address (آدرس), up to 300 characters. Tahesab, Hesabfa, Hesabit. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Birth date (تاریخ تولد), a Shamsi day. Tahesab. */
  birthDate?: InputMaybe<Scalars['JalaliDate']['input']>;
  /** City (شهر). Hesabfa. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The customer's code in its vendor (کد), as `Customer.code` gives it. */
  code: Scalars['String']['input'];
  /** Company name (نام شرکت), up to 100 characters. Hesabfa, Hesabit. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Country (کشور). Hesabfa. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Economic code (کد اقتصادی). Hesabfa, Hesabit. */
  economicCode?: InputMaybe<Scalars['String']['input']>;
  /** E-mail address (ایمیل). Hesabfa, Hesabit. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Fax number (فکس), digits as for `phone`. Hesabfa, Hesabit. */
  fax?: InputMaybe<Scalars['String']['input']>;
  /** First name (نام) of a person, up to 100 characters. Hesabfa. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Customer group (گروه), e.g. مشتری عادی or همکار; up to 50 characters. Tahesab; empty when left out. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** Person or company (نوع شخص). Hesabfa; a person when left out. */
  kind?: InputMaybe<CustomerKind>;
  /** Last name (نام خانوادگی) of a person, up to 100 characters. Hesabfa. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Mobile number (موبایل) in any usual form (09121234567, +989121234567, Persian digits); stored as 09121234567. Tahesab (stored as the customer's Tel, so `tahesabCustomersByPhone` finds it), Hesabfa, Hesabit. */
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Name (نام), 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** National id (کد ملی / شناسه ملی): ten digits for a person, eleven for a company. Tahesab, Hesabfa. */
  nationalId?: InputMaybe<Scalars['String']['input']>;
  /** Free note (یادداشت), up to 500 characters. Hesabfa. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Landline phone number (تلفن / Tel): 4 to 15 digits, with optional +, spaces, dashes or parentheses. Tahesab, Hesabfa, Hesabit. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Postal code (کد پستی), ten digits. Hesabfa, Hesabit. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Company registration number (شماره ثبت). Hesabfa, Hesabit. */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** Province or state (استان). Hesabfa. */
  state?: InputMaybe<Scalars['String']['input']>;
  /** The client's own reference to keep with the customer (برچسب / Tag), e.g. a web shop's customer id. Hesabfa. */
  tag?: InputMaybe<Scalars['String']['input']>;
  /** The vendor the customer lives in (سامانه). */
  vendor: Vendor;
  /** Web site (وب سایت). Hesabfa. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** What `updateCustomer` answers. */
export type UpdateCustomerPayload = {
  __typename?: 'UpdateCustomerPayload';
  /** The customer's code in its vendor (کد). */
  code: Scalars['String']['output'];
  /** The customer (مشتری) as the vendor now stores it (one more read); null only if that read fails. */
  customer?: Maybe<Customer>;
  /** True when this answer came from the idempotency journal: an earlier request with the same key made the change; nothing was sent now. */
  replayed: Scalars['Boolean']['output'];
  /** The vendor the customer lives in (سامانه). */
  vendor: Vendor;
};

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

/** A warehouse receipt or remittance for an invoice (رسید / حواله انبار). */
export type WarehouseReceipt = {
  __typename?: 'WarehouseReceipt';
  /** Date (تاریخ). */
  date?: Maybe<Scalars['DateTime']['output']>;
  /** The invoice's kind (نوع فاکتور). */
  invoiceKind: InvoiceKind;
  /** The invoice's number (شماره فاکتور). */
  invoiceNumber: Scalars['String']['output'];
  /** The goods (کالاها). */
  lines: Array<WarehouseReceiptLine>;
  /** Note (یادداشت). */
  note?: Maybe<Scalars['String']['output']>;
  /** The receipt's number (شماره رسید); null when the vendor had saved it already and gave no answer to read it from. */
  number?: Maybe<Scalars['Int']['output']>;
  /** The warehouse (کد انبار). */
  warehouseCode: Scalars['Int']['output'];
};

/** A warehouse receipt or remittance for a Hesabfa invoice (رسید / حواله انبار). */
export type WarehouseReceiptInput = {
  /** Date (تاریخ); left out: the invoice's. */
  date?: InputMaybe<Scalars['DateTime']['input']>;
  /** The invoice's kind (نوع فاکتور). */
  invoiceKind: InvoiceKind;
  /** The invoice's number (شماره فاکتور). */
  invoiceNumber: Scalars['String']['input'];
  /** The goods (کالاها), 1 to 500. */
  lines: Array<WarehouseReceiptLineInput>;
  /** Note (یادداشت). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** True replaces the invoice's earlier receipts (جایگزینی رسیدهای قبلی). */
  replaceEarlier?: Scalars['Boolean']['input'];
  /** The warehouse (کد انبار), see hesabfaWarehouses. */
  warehouseCode: Scalars['Int']['input'];
};

/** A line of a warehouse receipt (ردیف رسید انبار). */
export type WarehouseReceiptLine = {
  __typename?: 'WarehouseReceiptLine';
  /** Item code (کد کالا). */
  itemCode: Scalars['String']['output'];
  /** Quantity (مقدار). */
  quantity: Scalars['Decimal']['output'];
};

/** A line of a warehouse receipt (ردیف رسید انبار). */
export type WarehouseReceiptLineInput = {
  /** Item code (کد کالا); goods on the invoice. */
  itemCode: Scalars['String']['input'];
  /** Quantity (مقدار). */
  quantity: Scalars['Decimal']['input'];
};

/** What `saveHesabfaWarehouseReceipt` answers. */
export type WarehouseReceiptPayload = {
  __typename?: 'WarehouseReceiptPayload';
  /** The receipt (رسید انبار). */
  receipt: WarehouseReceipt;
  /** True when the vendor's answer was lost and the write was confirmed with the vendor afterwards. */
  reconciled: Scalars['Boolean']['output'];
  /** True when answered from the idempotency journal; nothing was sent now. */
  replayed: Scalars['Boolean']['output'];
};
