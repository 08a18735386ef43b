// Exact decimal numbers for money and quantities. Hesabfa is a .NET service
// whose amounts are System.Decimal: decimals allowed, values above 2^31 occur
// (VENDORS.md), so nothing here goes through a JavaScript double. A value is
// an integer mantissa scaled by a power of ten; + - * are exact.

const TEN = 10n;

/** System.Decimal keeps at most 28-29 significant digits; we refuse beyond 28. */
export const MAX_DIGITS = 28;

function pow10(n: number): bigint {
  return TEN ** BigInt(n);
}

export class Dec {
  /** value = m / 10^s, s >= 0, normalised (no trailing zero in m unless s = 0). */
  private constructor(
    readonly m: bigint,
    readonly s: number,
  ) {}

  static readonly ZERO = new Dec(0n, 0);
  static readonly ONE = new Dec(1n, 0);

  private static make(m: bigint, s: number): Dec {
    while (s > 0 && m % TEN === 0n) {
      m /= TEN;
      s -= 1;
    }
    return new Dec(m, s);
  }

  /**
   * Parses a JSON number lexeme or a numeric string ("12", "-0.50", "1e3").
   * Null when the text is not a number or needs an absurd exponent.
   */
  static parse(text: string): Dec | null {
    const match = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!match) return null;
    const [, sign, whole, frac = "", expText] = match;
    const exp = expText === undefined ? 0 : Number(expText);
    if (!Number.isSafeInteger(exp) || Math.abs(exp) > 60) return null;
    let m = BigInt(whole + frac);
    let s = frac.length - exp;
    if (s < 0) {
      m *= pow10(-s);
      s = 0;
    }
    return Dec.make(sign === "-" ? -m : m, s);
  }

  /** From a JavaScript number that is known to be exact in decimal (e.g. an integer). */
  static of(value: number | bigint | string): Dec {
    const parsed = Dec.parse(typeof value === "string" ? value : String(value));
    if (parsed === null) throw new RangeError(`not a decimal: ${String(value)}`);
    return parsed;
  }

  private static align(a: Dec, b: Dec): [bigint, bigint, number] {
    const s = Math.max(a.s, b.s);
    return [a.m * pow10(s - a.s), b.m * pow10(s - b.s), s];
  }

  add(other: Dec): Dec {
    const [x, y, s] = Dec.align(this, other);
    return Dec.make(x + y, s);
  }

  sub(other: Dec): Dec {
    const [x, y, s] = Dec.align(this, other);
    return Dec.make(x - y, s);
  }

  mul(other: Dec): Dec {
    return Dec.make(this.m * other.m, this.s + other.s);
  }

  neg(): Dec {
    return new Dec(-this.m, this.s);
  }

  /** Divides by a power of ten (exact): the seed's toman prices are the rial ones / 10. */
  shift(decimals: number): Dec {
    return Dec.make(this.m, this.s + decimals);
  }

  cmp(other: Dec): -1 | 0 | 1 {
    const [x, y] = Dec.align(this, other);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  eq(other: Dec): boolean {
    return this.cmp(other) === 0;
  }

  get sign(): -1 | 0 | 1 {
    return this.m < 0n ? -1 : this.m > 0n ? 1 : 0;
  }

  isInteger(): boolean {
    return this.s === 0;
  }

  /** Significant digits of the mantissa (for the System.Decimal range check). */
  digits(): number {
    const abs = this.m < 0n ? -this.m : this.m;
    return abs === 0n ? 1 : abs.toString().length;
  }

  /** Plain decimal notation, no exponent, no trailing zeros: "1250000", "0.75", "-3.5". */
  toString(): string {
    const negative = this.m < 0n;
    const digits = (negative ? -this.m : this.m).toString();
    if (this.s === 0) return (negative ? "-" : "") + digits;
    const padded = digits.padStart(this.s + 1, "0");
    const cut = padded.length - this.s;
    return `${negative ? "-" : ""}${padded.slice(0, cut)}.${padded.slice(cut)}`;
  }

  /** For tests and logs only: may round. */
  toNumber(): number {
    return Number(this.toString());
  }

  toJSON(): string {
    return this.toString();
  }
}

export function sum(values: Iterable<Dec>): Dec {
  let total = Dec.ZERO;
  for (const value of values) total = total.add(value);
  return total;
}
