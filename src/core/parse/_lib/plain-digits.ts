/** A number as plain digits, never in exponent form (1e21 → 1000000000000000000000, 1e-7 → 0.0000001). */
export function plainDigits(value: number): string {
  const text = String(value);
  return /e/i.test(text) && Number.isFinite(value) ? value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 }) : text;
}
