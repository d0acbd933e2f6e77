import { digitsAt } from "./cell-refs";

/**
 * Numbers read straight from a cell's bytes, without making a string for Number() to parse. Only
 * shapes whose value is certain are taken; anything else gives NaN and the caller decodes the text.
 */

/** 10^0 … 10^22: every one is a double exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * An optional "-", digits, an optional "." and digits (at least one digit, at most 15 in all): the
 * digits make an integer below 2^53 and the divisor a power of ten up to 10^15, both exact, and IEEE
 * division rounds their quotient correctly, so the result is the double nearest the decimal, which is
 * what Number() gives for the same text (the fast path of Clinger's algorithm). White space, "+",
 * exponents, more digits: NaN.
 */
export function plainDecimalAt(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  const negative = bytes[i] === 45; /* - */
  if (negative) i++;
  let digits = 0;
  let fraction = -1;
  let n = 0;
  for (; i < to; i++) {
    const d = bytes[i] - 48;
    if (d >= 0 && d <= 9) {
      n = n * 10 + d;
      digits++;
    } else if (d === -2 /* . */ && fraction < 0) {
      fraction = i;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = fraction < 0 ? n : n / POWERS_OF_TEN[to - fraction - 1];
  return negative ? -value : value;
}

/**
 * A shared-string index as the reader takes it from text: 1 to 10 digits, without a leading zero
 * unless it is "0" itself (a text such as "00" points nowhere, and the cell stays empty). NaN otherwise.
 */
export function sharedIndexAt(bytes: Uint8Array, from: number, to: number): number {
  return bytes[from] === 48 && to - from > 1 ? NaN : digitsAt(bytes, from, to);
}
