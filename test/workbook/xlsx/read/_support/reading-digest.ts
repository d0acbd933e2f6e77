import { createHash } from "crypto";
import { WorkbookError } from "../../../../../src/workbook/workbook-error";
import { readWorkbookValues } from "../../../../../src/workbook/xlsx/read";
import type { ReadWorkbookOptions } from "../../../../../src/workbook/xlsx/read";

/**
 * What reading a file gives, exactly, as text: every sheet's rows, merges, formulas and indents, or the
 * refusal (code, message, detail). Dates, -0, holes and undefined are spelled out and object keys
 * sorted, so two readings have the same text only when they are the same to the last value.
 */
export function readingText(bytes: Uint8Array, options: ReadWorkbookOptions): string {
  let outcome: unknown;
  try {
    outcome = { values: readWorkbookValues(bytes, options) };
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    outcome = { refused: { code: error.code, message: error.message, detail: error.detail, problem: error.problem } };
  }
  return JSON.stringify(canonical(outcome));
}

/** The SHA-256 of readingText: what read-digests.json keeps per file. */
export function readingDigest(bytes: Uint8Array, options: ReadWorkbookOptions): string {
  return createHash("sha256").update(readingText(bytes, options)).digest("hex");
}

function canonical(value: unknown): unknown {
  if (value === undefined) return { $: "undefined" };
  if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? "invalid" : value.toISOString() };
  if (typeof value === "number") return Object.is(value, -0) ? { $: "-0" } : Number.isFinite(value) ? value : { $: String(value) };
  if (Array.isArray(value)) return Array.from({ length: value.length }, (_, i) => (i in value ? canonical(value[i]) : { $: "hole" }));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = canonical((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
