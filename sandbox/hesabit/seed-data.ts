// Sample data for a small Tehran business that sells with Hesabit's payment
// links: 30 customers, 10 invoices, 60 transactions, 5 items. Deterministic: a
// seeded PRNG and fixed dates, never the clock. Some transaction ids run past
// 16 digits and three amounts past 2^53, so a client that reads them as JSON
// numbers loses digits.
import { CakeUuids, prng, transactionId } from "./ids.js";
import type { CustomerFields, HesabitState } from "./state.js";

/** 1403-01-01 (2024-03-20) 09:00 Tehran. */
const BASE = 1710912600;
const DAY = 86400;

// [name, company, e-mail, mobile, city]: some have only an e-mail, some only a mobile.
const CUSTOMERS: [string, string, string, string, string][] = [
  ["آرین نجفی", "آسمان", "arian.najafi@example.com", "09122345577", "تهران"],
  ["مریم احمدی", "", "maryam.ahmadi@example.com", "09121112233", "تهران"],
  ["علی رضایی", "پارس تجارت", "", "09351234567", "تهران"],
  ["زهرا کریمی", "", "zahra.karimi@example.org", "", "اصفهان"],
  ["حسین محمدی", "نوین سازه", "h.mohammadi@example.com", "09131234567", "اصفهان"],
  ["فاطمه حسینی", "", "", "09191234567", "تهران"],
  ["رضا موسوی", "کیان پرداز", "reza.mousavi@example.com", "", "شیراز"],
  ["سارا جعفری", "", "sara.jafari@example.com", "09171234567", "شیراز"],
  ["امیر کاظمی", "آسمان", "amir.kazemi@example.com", "09123456789", "تهران"],
  ["نرگس صادقی", "", "", "09132223344", "اصفهان"],
  ["مهدی قاسمی", "البرز صنعت", "mahdi.ghasemi@example.org", "09124445566", "کرج"],
  ["لیلا ابراهیمی", "", "leila.ebrahimi@example.com", "", "تهران"],
  ["کیوان رحیمی", "رایان افزار", "keyvan@example.com", "09125556677", "تهران"],
  ["پریسا نوری", "", "", "09366667788", "مشهد"],
  ["سعید اکبری", "پارس تجارت", "saeed.akbari@example.com", "09127778899", "تهران"],
  ["نازنین شریفی", "", "nazanin.sharifi@example.com", "09128889900", "تبریز"],
  ["محمد حیدری", "دانا سیستم", "m.heydari@example.org", "", "تهران"],
  ["الهام یوسفی", "", "", "09139990011", "اصفهان"],
  ["بهزاد طاهری", "ستاره جنوب", "behzad.taheri@example.com", "09170001122", "بندرعباس"],
  ["شیما فرهادی", "", "shima.farhadi@example.com", "09121231234", "تهران"],
  ["پیمان عباسی", "آسمان", "", "09122342345", "تهران"],
  ["مینا رستمی", "", "mina.rostami@example.com", "", "رشت"],
  ["حمید نظری", "نگین طب", "hamid.nazari@example.com", "09123453456", "تهران"],
  ["آزاده مرادی", "", "", "09134564567", "اصفهان"],
  ["کامران بهرامی", "فن آوران شرق", "kamran.bahrami@example.org", "09155675678", "مشهد"],
  ["ندا سلیمانی", "", "neda.soleimani@example.com", "09126786789", "تهران"],
  ["جواد زمانی", "کیان پرداز", "javad.zamani@example.com", "", "شیراز"],
  ["هانیه قربانی", "", "", "09127897890", "قم"],
  ["فرهاد ملکی", "پویا نت", "farhad.maleki@example.com", "09128908901", "تهران"],
  ["سمیرا جمالی", "", "samira.jamali@example.com", "09129019012", "تهران"],
];

const STREETS = ["پاسداران ، گلستان سوم", "ولیعصر ، کوچه بهار", "آزادی ، خیابان نهم", "چهارباغ بالا", "زند ، کوچه ۱۲", "سعادت آباد ، میدان کاج"];

// [title, total rials, paid?, a failed attempt first?]
const INVOICES: [string, string, boolean, boolean][] = [
  ["لپ تاپ اپل", "40000", true, false],
  ["طراحی وب سایت فروشگاهی", "185000000", true, true],
  ["پشتیبانی سالانه سرور", "96000000", true, false],
  ["دوره آموزش حسابداری", "12500000", true, false],
  ["چاپ کاتالوگ محصولات", "8400000", false, true],
  ["مشاوره مالیاتی فصل بهار", "30000000", true, true],
  ["اشتراک نرم افزار انبارداری", "4900000", true, false],
  ["تجهیزات شبکه دفتر مرکزی", "1250000000", false, false],
  ["عکاسی صنعتی محصولات", "27000000", true, true],
  ["ترجمه اسناد بازرگانی", "6300000", false, true],
];

// Older invoices (no longer listed) that customers paid: [title, number, amount].
const OLDER_PAYMENTS: [string, string, string][] = [
  ["خرید عمده کاغذ", "9931", "9007199254740993"],
  ["هاست اشتراکی یک ساله", "9942", "3600000"],
  ["طراحی لوگو", "9947", "15000000"],
  ["نصب دوربین مداربسته", "9950", "42000000"],
  ["تعمیر چاپگر", "9953", "2750000"],
  ["سئو سایت - ماه اول", "9958", "20000000"],
  ["بسته پیامک ۱۰ هزار تایی", "9961", "11000000"],
  ["اجاره سالن همایش", "9964", "65000000"],
  ["خدمات حسابرسی", "9968", "120000000"],
  ["ویرایش کتاب", "9972", "9800000"],
  ["سرویس کولر گازی", "9975", "3200000"],
  ["پذیرایی مراسم", "9979", "54000000"],
  ["برگزاری کارگاه آموزشی", "9983", "18000000"],
  ["ساخت تیزر تبلیغاتی", "9987", "23000000000000001"],
  ["پرینت سه بعدی قطعات", "9994", "7700000"],
];

/** Hesabit's fee on a paid invoice: 1%, as a negative amount. */
const fee = (amount: string) => `-${(BigInt(amount) / 100n > 0n ? BigInt(amount) / 100n : 1n).toString()}`;

export function applySeed(state: HesabitState): void {
  const random = prng(0x4e5ab17);
  const uuids = new CakeUuids(random);

  CUSTOMERS.forEach(([name, company, email, mobile, city], i) => {
    const created = BASE - (60 - 2 * i) * DAY + random(36000);
    const fields: CustomerFields = {
      name,
      email,
      mobile,
      address: i % 4 === 3 ? "" : `${city} ، ${STREETS[i % STREETS.length]} ، پلاک ${1 + random(120)}`,
      postal_code: i % 3 === 0 ? "" : String(1000000000 + random(899999999)),
      company,
      tel: i % 2 === 0 ? `021${String(20000000 + random(79999999))}` : "",
      fax: company && i % 5 === 0 ? `021${String(20000000 + random(79999999))}` : "",
      registration_number: company ? String(100000 + random(899999)) : "",
      economical_number: company ? String(100000000000 + random(899999999999)) : "",
    };
    state.addCustomer(fields, created, uuids.next(created * 1000));
  });

  const addTransaction = (description: string, amount: string, created: number, approved: boolean, extraDigits = 0) =>
    state.addTransaction(
      { description, amount, created, status: approved ? "approved" : "disapproved" },
      transactionId(random, created, extraDigits),
    );

  OLDER_PAYMENTS.forEach(([title, number, amount], i) => {
    const created = BASE - (40 - 2 * i) * DAY + random(30000);
    const long = i % 4 === 0 ? 5 + (i % 3) : 0;
    addTransaction(`پرداخت فاکتور : ${title} (${number})`, amount, created, true, long);
    addTransaction("کارمزد فاکتور", fee(amount), created + 1, true, long);
    if (i % 5 === 2) addTransaction(`پرداخت فاکتور : ${title} (${number})`, amount, created - 600, false);
  });

  INVOICES.forEach(([title, total, paid, failedFirst], i) => {
    const created = BASE + i * 5 * DAY + random(30000);
    const invoice = state.addInvoice(
      {
        title,
        number: String(10001 + i),
        date: String(created),
        due: String(created + 14 * DAY),
        note: i % 3 === 0 ? "مبلغ فاکتور شامل مالیات بر ارزش افزوده است." : "",
        theme_id: i % 4 === 1 ? 2 : 1,
        online_payment: state.onlinePaymentStored(true, total),
        status: "unpaid",
        created,
        total,
      },
      uuids.next(created * 1000),
    );
    const paidAt = created + (1 + random(4)) * DAY + random(20000);
    if (failedFirst) addTransaction(`پرداخت فاکتور : ${title} (${invoice.number})`, total, paidAt - 900, false);
    if (paid) {
      addTransaction(`پرداخت فاکتور : ${title} (${invoice.number})`, total, paidAt, true, i === 8 ? 6 : 0);
      addTransaction("کارمزد فاکتور", fee(total), paidAt + 1, true);
      invoice.status = "paid";
    }
  });

  // Settlements to the owner's bank account; the first is a deliberately huge value.
  const settlements = ["-9007199254740995", "-150000000", "-86000000", "-240000000", "-35000000", "-410000000", "-72000000"];
  settlements.forEach((amount, i) => {
    addTransaction("تسویه حساب", amount, BASE + (i * 8 - 30) * DAY + 50000, true, i === 0 ? 7 : 0);
  });
  // A reversed settlement (the bank refused it).
  addTransaction("تسویه حساب", "-18000000", BASE + 45 * DAY + 50000, false);

  for (let i = 0; i < 5; i++) {
    const created = BASE - (30 - i) * DAY;
    state.items.push({ id: uuids.next(created * 1000), fields: {} });
  }
}
