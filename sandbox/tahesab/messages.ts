// Every text the simulator answers with, in one place. Verbatim vendor texts:
// the HTTP 401 scheme text (the seed), and the three duplicate refusals real
// clients match on (VENDORS.md; S1 radiarkazemi/gold_abshd tests):
// تلفن تکراری می باشد. / کد مشتری تکراری می باشد. /
// کد فاکتور ارسالی شما (Factor_Code) تکراری می باشد. — and "سند پیدا نشد" for
// deleting a missing document (an S1 test's stand-in for the add-on). The other
// Persian texts are the project's, written so a developer reading a log can see
// what was wrong (command, 1-based position, parameter name).

/** HTTP 401 body when the Authorization header is missing or not Bearer (from the seed). */
export const UNSUPPORTED_SCHEME = "Unsupported authorization scheme.";
/** HTTP 401 body when the Bearer token is wrong. */
export const INVALID_TOKEN = "Invalid token.";
/** What the add-on shows a browser opening its root URL ("the web service is active"). */
export const SERVICE_ACTIVE_PAGE =
  '<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>Tahesab API</title></head>' +
  "<body><h1>وب سرویس فعال می باشد</h1></body></html>";

export class TahesabCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TahesabCommandError";
  }
}

/**
 * Thrown when the add-on would never answer (DoListAsnad with an empty date
 * bound): the server then holds the connection until the client gives up.
 */
export class TahesabHang extends Error {
  constructor() {
    super("the add-on does not answer");
    this.name = "TahesabHang";
  }
}

/** Throws the ERROR answer of a command. */
export function fail(message: string): never {
  throw new TahesabCommandError(message);
}

export function describeJsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "آرایه (Array)";
  switch (typeof value) {
    case "string":
      return "رشته (String)";
    case "number":
      return "عدد (Number)";
    case "boolean":
      return "بولین (Boolean)";
    default:
      return "شیء (Object)";
  }
}

export const msg = {
  environmentNotFound: (name: string) => `محیط «${name}» یافت نشد.`,
  emptyBody: () => "بدنه درخواست خالی است؛ دستور باید در قالب JSON ارسال شود.",
  invalidJson: () => "قالب JSON بدنه درخواست نامعتبر است.",
  bodyNotObject: () => 'بدنه درخواست باید یک شیء JSON به شکل {"نام دستور":[پارامترها]} باشد.',
  oneCommand: (count: number) => `در هر درخواست فقط یک دستور ارسال شود؛ ${count} کلید ارسال شده است.`,
  argsNotArray: (command: string) => `پارامترهای دستور ${command} باید به صورت آرایه [ ] ارسال شوند.`,
  unknownCommand: (command: string) => `دستور «${command}» تعریف نشده است.`,
  argCount: (command: string, expected: string, got: number) =>
    `تعداد پارامترهای دستور ${command} باید ${expected} باشد؛ ${got} پارامتر ارسال شده است.`,
  listEmpty: (command: string) => `لیست پارامترهای دستور ${command} خالی است؛ حداقل یک مقدار ارسال شود.`,
  mustBeNumber: (command: string, pos: number, name: string, value: unknown) =>
    `پارامتر ${pos} (${name}) در دستور ${command} باید عدد (Number) و بدون " " ارسال شود، نه ${describeJsonType(value)}.`,
  mustBeString: (command: string, pos: number, name: string, value: unknown) =>
    `پارامتر ${pos} (${name}) در دستور ${command} باید رشته (String) و داخل " " ارسال شود، نه ${describeJsonType(value)}.`,
  badValue: (command: string, pos: number, name: string, reason: string) =>
    `مقدار پارامتر ${pos} (${name}) در دستور ${command} نامعتبر است: ${reason}`,
  customerNotFound: (code: string | number) => `حسابی با کد ${code} یافت نشد.`,
  etiketNotFound: (code: string | number) => `اتیکتی با شناسه ${code} یافت نشد.`,
  etiketNotInStock: (code: string | number) => `اتیکت ${code} موجود نیست (فروخته یا خارج شده است).`,
  etiketAlreadyInStock: (code: string | number) => `اتیکت ${code} هم اکنون موجود است.`,
  sanadNotFound: () => "سند پیدا نشد",
  duplicateFactorCode: () => "کد فاکتور ارسالی شما (Factor_Code) تکراری می باشد.",
  duplicateCustomerCode: () => "کد مشتری تکراری می باشد.",
  duplicatePhone: () => "تلفن تکراری می باشد.",
  groupNotFound: (name: string) => `گروه «${name}» تعریف نشده است.`,
  simulatedFailure: () => "خطا در ارتباط با بانک اطلاعاتی ته حساب. لطفا دوباره تلاش نمایید.",
};

/** Reasons used inside msg.badValue. */
export const reason = {
  integer: () => "باید عدد صحیح باشد.",
  finite: () => "عدد بیش از حد بزرگ است.",
  min: (min: number) => `باید بزرگتر یا مساوی ${min} باشد.`,
  positive: () => "باید بزرگتر از صفر باشد.",
  range: (min: number, max: number) => `باید بین ${min} و ${max} باشد.`,
  flag: () => "فقط عدد 0 یا 1 مجاز است.",
  exactly: (value: string) => `در این جایگاه فقط مقدار ${value} مجاز است.`,
  nonEmpty: () => "نباید خالی باشد.",
  digits: () => "باید فقط شامل ارقام 0 تا 9 باشد.",
  hex: () => "شماره تگ (EPC) باید رشته ای از ارقام هگزادسیمال باشد.",
  date: () => "تاریخ باید شمسی، معتبر و به شکل YYYY-MM-DD باشد (مثلا 1403-08-06).",
  dateOrEmpty: () => 'تاریخ باید شمسی، معتبر و به شکل YYYY-MM-DD یا "" باشد.',
  noSuchDay: (y: number, m: number, d: number) => `تاریخ ${y}/${m}/${d} در تقویم شمسی وجود ندارد.`,
  fromAfterTo: (from: string, to: string) => `مقدار ابتدا (${from}) از مقدار انتها (${to}) بزرگتر است.`,
  meltedNeedsAng: () => "برای آبشده (IsMotefaregheOrAbshode_0_1 = 1) شماره انگ باید مقدار داشته باشد.",
  meltedNeedsLab: () => "برای آبشده (IsMotefaregheOrAbshode_0_1 = 1) نام آزمایشگاه باید مقدار داشته باشد.",
  telForm: () => "شماره تلفن باید عدد صحیح مثبت و بدون صفر ابتدایی باشد (مثلا 9121234567).",
  oneOf: (allowed: string[]) => `فقط این مقادیر مجاز است: ${allowed.join("، ")}.`,
  codeOrMinusOne: () => "باید عدد صحیح مثبت یا -1 باشد.",
  minusOneNeedsFactorCode: () => "مقدار -1 فقط همراه با Factor_Code مجاز است.",
  factorCode: () => "Factor_Code باید 20 تا 40 حرف یا رقم لاتین باشد.",
  codeMeli: () => 'کد ملی باید ده رقم یا "" باشد.',
  noSuchKind: () => 'نوع سند نامعتبر است؛ "" یا نام یک نوع سند ارسال شود.',
  alphanumeric: () => "باید فقط شامل حروف و ارقام لاتین باشد.",
};
