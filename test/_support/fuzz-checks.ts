import assert from "node:assert/strict";

/**
 * Checks for the fuzz suites. They run on every generated case, so they use node:assert (cheap)
 * rather than Jest's expect, whose bookkeeping per call costs more than the code under test.
 */
export { assert };

/** Quoted text (what the clerk typed, a label as written) may say anything: “…”, 「…」, "…". */
const QUOTED = /“[^”]*”|「[^」]*」|"[^"]*"/g;

/**
 * A message a clerk reads: non-empty text with no JavaScript leaking into it (undefined, NaN,
 * [object Object], Invalid Date) outside the quoted parts.
 */
export function assertReadableText(text: string | undefined, where = ""): void {
  assert.equal(typeof text, "string", `${where}: no message`);
  assert.ok(text!.trim().length > 0, `${where}: empty message`);
  const leak = /undefined|NaN|\[object Object\]|Invalid Date/.exec(text!.replace(QUOTED, "“”"));
  assert.equal(leak, null, `${where}: "${text}"`);
}

/** Equal, or within a relative 1e-9 (sums of decimals in another order); Infinity equals Infinity. */
export function near(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
