import { message } from "../../../locale";

/**
 * Guards for programming errors: a NaN or an out-of-range option reaching a formatter is a bug in
 * the caller, never clerk data (the parser and the audit deal with that), so it throws.
 */

export function assertFinite(value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(message("narrative.not-finite", { value: String(value) }));
}

export function assertDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(message("narrative.bad-decimals", { value: String(decimals) }));
  }
}

export function assertNonNegativeInteger(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(message("narrative.not-count", { value: String(value) }));
}

export function assertOrdinal(value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(message("narrative.not-ordinal", { value: String(value) }));
}
