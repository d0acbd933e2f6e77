/**
 * Sums that do not depend on the order of the terms: each number is taken as the decimal it prints
 * as (0.1 is 0.1), and the digits are added as integers. Floating-point addition would make
 * 0.1 + 0.2 + 0.3 differ from 0.3 + 0.2 + 0.1, and the result must not depend on the order of files.
 */
export function exactSum(values: readonly number[]): number {
  if (values.length === 0) return 0;
  return smallScaledSum(values) ?? bigSum(values);
}

const MAX_PLACES = 6;
/** Below this, value × 10^6 is within 2^51 of an integer's exact product: no rounding can mislead. */
const ARITHMETIC_LIMIT = 2 ** 51 / 10 ** MAX_PLACES;

/**
 * How many decimals a non-integer prints with (0.25 → 2, as String(0.25) has); undefined when it
 * prints in exponent form (1e-7). Up to 6 places this is found without making the text: the fewest
 * places p at which value × 10^p rounds to an integer k with k / 10^p exactly the value again. A
 * decimal of p places that reads back as the value has at least as many places as the shortest text
 * (which has the fewest digits of all that do), and that text, read back, is one.
 */
export function fractionDigits(value: number): number | undefined {
  if (Math.abs(value) < ARITHMETIC_LIMIT) {
    for (let places = 0, factor = 1; places <= MAX_PLACES; places++, factor *= 10) {
      if (Math.round(value * factor) / factor === value) return places;
    }
  }
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 || text.includes("e") ? undefined : text.length - dot - 1;
}

/**
 * The common case without BigInt: every value has at most 6 decimals, so scaled to integers they
 * and their sum stay below 2^53, where integer addition is exact in any order.
 */
function smallScaledSum(values: readonly number[]): number | undefined {
  let places = 0;
  for (const value of values) {
    if (Number.isInteger(value)) continue;
    const digits = fractionDigits(value);
    if (digits === undefined || digits > MAX_PLACES) return undefined;
    places = Math.max(places, digits);
  }
  const factor = 10 ** places;
  let total = 0;
  for (const value of values) {
    const scaled = Math.round(value * factor);
    total += scaled;
    if (!Number.isSafeInteger(scaled) || !Number.isSafeInteger(total)) return undefined;
  }
  if (places === 0) return total;
  const negative = total < 0;
  const digits = String(Math.abs(total)).padStart(places + 1, "0");
  return Number(`${negative ? "-" : ""}${digits.slice(0, -places)}.${digits.slice(-places)}`);
}

function bigSum(values: readonly number[]): number {
  const parts = values.map(decimalParts);
  const scale = Math.max(...parts.map((p) => p.fraction.length));
  let total = 0n;
  for (const p of parts) total += BigInt(p.sign + p.integer + p.fraction.padEnd(scale, "0"));
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, "0");
  const text = scale > 0 ? `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}` : digits;
  return Number((negative ? "-" : "") + text);
}

function decimalParts(value: number): { sign: string; integer: string; fraction: string } {
  // String() gives the shortest decimal that reads back as the same number (0.1 → "0.1"); only
  // exponent forms (1e21, 1e-7) need Intl, which is far slower on the thousands of values summed.
  const plain = String(Math.abs(value));
  const text = plain.includes("e") ? Math.abs(value).toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 }) : plain;
  const [integer, fraction = ""] = text.split(".");
  return { sign: value < 0 ? "-" : "", integer, fraction };
}
