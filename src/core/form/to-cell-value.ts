import { parseValue } from "../parse";
import type { CellValue } from "../sheet";
import type { ValueKind } from "../template/types";

/**
 * What to write into a cell for what the clerk typed. A number or date the parser read without
 * interpreting anything ("1,234", "１２３４", "2023-2-20") is written as a number or date; anything it had
 * to interpret ("300余", "3.2万") or could not read ("xx") is written as typed, so the sheet shows
 * exactly what was entered and validation reports it visibly instead of converting it silently.
 */
export function toCellValue(raw: string, kind: ValueKind): CellValue {
  const text = raw.trim();
  if (text === "") return null;
  if (kind === "text" || kind === "enum") return text;
  const parsed = parseValue(text, { kind });
  if (parsed.status === "number" && parsed.steps.length === 0 && !parsed.qualifier) return parsed.value;
  if (parsed.status === "date" && parsed.steps.length === 0 && (!parsed.time || kind === "datetime")) return parsed.value;
  return text;
}
