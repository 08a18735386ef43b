// Ids shaped like the ones Hesabit hands out. Every real id in the evidence
// (client ids and secrets in strogo/wisgoon, the seed's tokens and customer
// ids) has the layout of CakePHP 2's String::uuid():
//   %08x unix seconds - %04x microseconds - 4xxx - [89ab]x xx - %04x pid %08x node
// e.g. 5731b82a-346c-4a37-8801-087d2e65ec48. Clients must treat them as opaque;
// the layout only keeps the sandbox from looking tidier than the real thing.

/** A source of integers in [0, n). */
export type RandomInt = (n: number) => number;

/** mulberry32: small and deterministic, for seed data. */
export function prng(seed: number): RandomInt {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (n: number) => Math.floor(next() * n);
}

const hex = (value: number, width: number) => value.toString(16).padStart(width, "0").slice(-width);

/** The node part seen in every Hesabit id in the evidence. */
const NODE = "2e65ec48";

export class CakeUuids {
  /** A few php-fpm worker pids, as ids from one server show. */
  private readonly pids: number[];

  constructor(private readonly random: RandomInt) {
    this.pids = [0, 1, 2, 3].map(() => 0x0800 + random(0x3800));
  }

  next(nowMs: number): string {
    const seconds = Math.floor(nowMs / 1000) >>> 0;
    const micro = ((nowMs % 1000) * 1000 + this.random(1000)) & 0xffff;
    const version = this.random(0x1000) | 0x4000;
    const variant = this.random(0x40) | 0x80;
    const pid = this.pids[this.random(this.pids.length)];
    return `${hex(seconds, 8)}-${hex(micro, 4)}-${hex(version, 4)}-${hex(variant, 2)}${hex(this.random(0x100), 2)}-${hex(pid, 4)}${NODE}`;
  }
}

/** Authorization codes: 40 hex characters (their form is not shown anywhere; short-lived and opaque). */
export function authorizationCode(random: RandomInt): string {
  let code = "";
  for (let i = 0; i < 40; i++) code += hex(random(16), 1);
  return code;
}

/**
 * Transaction ids: "a numeric string of no fixed length" (seed). The seed's
 * examples are 13 digits; `extraDigits` makes longer ones, past 2^53 as numbers.
 */
export function transactionId(random: RandomInt, createdSeconds: number, extraDigits = 0): string {
  let digits = String(createdSeconds).slice(-10);
  for (let i = 0; i < 3 + extraDigits; i++) digits += String(random(10));
  return String(1 + random(9)) + digits.slice(1);
}
