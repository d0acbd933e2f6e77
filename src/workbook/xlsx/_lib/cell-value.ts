import type { Cell } from "exceljs";
import { excelJs } from "./exceljs-module";
import type { CellValue } from "../../../core/sheet";

interface RichTextRun {
  text?: string;
}

function richText(runs: readonly RichTextRun[]): string {
  return runs.map((run) => run.text ?? "").join("");
}

/** An ExcelJS raw value (or a formula's cached result) as a snapshot value. */
function fromRaw(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw;
  if (typeof raw !== "object") return null;
  const obj = raw as Record<string, unknown>;
  if ("error" in obj && typeof obj.error === "string") return { error: obj.error };
  if ("formula" in obj || "sharedFormula" in obj) return fromRaw(obj.result);
  if (Array.isArray(obj.richText)) return richText(obj.richText as RichTextRun[]);
  // A hyperlink's text may itself be rich text.
  if ("hyperlink" in obj) return fromRaw(obj.text ?? "");
  return null;
}

/**
 * What a snapshot holds for a cell: formulas give their cached result, rich text and hyperlinks their
 * plain text, errors `{ error }`. The covered cells of a merge are empty, as Excel shows them (ExcelJS
 * would repeat the top-left value there).
 */
export function cellValueOf(cell: Cell): CellValue {
  if (cell.type === excelJs().ValueType.Merge) return null;
  return fromRaw(cell.value);
}

/** The formula text of a cell that holds one (shared formulas translated to this cell), without "=". */
export function formulaOf(cell: Cell): string | undefined {
  if (cell.type !== excelJs().ValueType.Formula) return undefined;
  return cell.formula || undefined;
}
