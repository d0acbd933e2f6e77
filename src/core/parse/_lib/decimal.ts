/**
 * An exact decimal m × 10^e. Reading "3.2万" or converting 2000元 to 万元 in binary floating point
 * gives 32000.000000000004 and 0.19999999999999998; clerks would see those digits in the summary.
 * Every scaling here is a shift of the exponent, and the one division (unit factors such as 亩)
 * rounds to 15 significant digits, what a double holds anyway.
 */
export interface Decimal {
  readonly m: bigint;
  readonly e: number;
}

export const ZERO: Decimal = { m: 0n, e: 0 };

const LITERAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** "123.45", "-0.5", "1e-7", "12." → a decimal; anything else → undefined. */
export function decimalFromString(text: string): Decimal | undefined {
  const match = LITERAL.exec(text);
  if (!match) return undefined;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  if (whole === "" && fraction === "") return undefined;
  // Past this no double is left to hold the value, and BigInt powers would only burn time.
  if (Math.abs(Number(exponent)) > 1000) return undefined;
  const digits = BigInt(whole + fraction || "0");
  return normalize({ m: sign === "-" ? -digits : digits, e: Number(exponent) - fraction.length });
}

/** A finite number as the decimal its shortest printed form denotes (0.1 → 1 × 10⁻¹). */
export function decimalFromNumber(value: number): Decimal {
  return decimalFromString(String(value)) ?? ZERO;
}

export function toNumber(value: Decimal): number {
  return Number(`${value.m}e${value.e}`);
}

/** The value × 10^power: what 万 (4) and 亿 (8) do. */
export function shift(value: Decimal, power: number): Decimal {
  return value.m === 0n ? ZERO : { m: value.m, e: value.e + power };
}

export function add(a: Decimal, b: Decimal): Decimal {
  const e = Math.min(a.e, b.e);
  return normalize({ m: a.m * 10n ** BigInt(a.e - e) + b.m * 10n ** BigInt(b.e - e), e });
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return normalize({ m: a.m * b.m, e: a.e + b.e });
}

export function negate(value: Decimal): Decimal {
  return { m: -value.m, e: value.e };
}

export function isZero(value: Decimal): boolean {
  return value.m === 0n;
}

export function equals(a: Decimal, b: Decimal): boolean {
  const x = normalize(a);
  const y = normalize(b);
  return x.m === y.m && x.e === y.e;
}

const SIGNIFICANT = 15;

/** a ÷ b, exact when it terminates within 15 significant digits, else rounded half up. b ≠ 0. */
export function divide(a: Decimal, b: Decimal): Decimal {
  if (a.m === 0n) return ZERO;
  const negative = a.m < 0n !== b.m < 0n;
  const num = a.m < 0n ? -a.m : a.m;
  const den = b.m < 0n ? -b.m : b.m;
  const k = Math.max(0, SIGNIFICANT + 1 + digitCount(den) - digitCount(num));
  const scaled = num * 10n ** BigInt(k);
  let quotient = scaled / den;
  let e = a.e - b.e - k;
  if (scaled % den !== 0n) {
    const drop = digitCount(quotient) - SIGNIFICANT;
    if (drop > 0) {
      const unit = 10n ** BigInt(drop);
      quotient = (quotient + unit / 2n) / unit;
      e += drop;
    }
  }
  return normalize({ m: negative ? -quotient : quotient, e });
}

function digitCount(value: bigint): number {
  return value.toString().length;
}

/** Trailing zeros moved into the exponent, so equal values compare equal. */
function normalize(value: Decimal): Decimal {
  if (value.m === 0n) return ZERO;
  let { m, e } = value;
  while (m % 10n === 0n) {
    m /= 10n;
    e += 1;
  }
  return { m, e };
}
