import { plainNumber, type parseZh } from "../zh-CN/parse";

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function readAs(p: { raw: string; value: number; unit: string; qualifier?: string }): string {
  const kept = p.qualifier ? ` (qualifier "${p.qualifier}" kept)` : "";
  return `read ${p.raw} as ${plainNumber(p.value)}${p.unit}${kept}`;
}

export const parseEn: typeof parseZh = {
  "parse.step.multiplier": (p) => readAs(p),
  "parse.step.unit-converted": (p) => readAs(p),
  "parse.step.chinese-numeral": (p) => readAs(p),
  "parse.step.decimal-mark": (p) => `took "。" for a decimal point: ${readAs(p)}`,
  "parse.step.qualifier": (p) => readAs(p),
  "parse.step.unit-dropped": (p) => `this field has no unit of measure; read "${p.raw}" as ${plainNumber(p.value)} (unit "${p.unit}" not converted)`,
  "parse.step.percent-fraction": (p) =>
    `read "${p.raw}" as ${plainNumber(p.value)}%; if ${plainNumber(p.percent)}% is meant, enter ${plainNumber(p.percent)}`,
  "parse.step.option-matched": (p) => `read "${p.raw}" as the option "${p.option}"`,
  "parse.step.excel-serial": (p) => `read Excel date serial ${p.raw} as ${day(p.date)}`,
  "parse.step.compact-date": (p) => `read ${p.raw} as ${day(p.date)}`,
  "parse.step.chinese-date": (p) => `read ${p.raw} as ${day(p.date)}`,
  "parse.step.two-digit-year": (p) => `"${p.raw}" has a two-digit year; read as ${p.year}`,
  "parse.step.year-from-context": (p) => `"${p.raw}" has no year; read as ${p.year}`,
  "parse.step.time-dropped": (p) => `this field takes a date only; the time in "${p.raw}" was not used`,

  "parse.invalid.not-a-number": (p) => `"${p.raw}" is not a number`,
  "parse.invalid.bad-grouping": (p) => `"${p.raw}" has misplaced thousands separators (groups of three, as in 1,234); the value is unclear`,
  "parse.invalid.range": (p) => `"${p.raw}" is a range; enter one number (qualifiers such as 约 or 左右 are fine)`,
  "parse.invalid.unit-mismatch": (p) => `"${p.raw}": unit ${p.unit} does not match this field's unit ${p.fieldUnit}`,
  "parse.invalid.boolean": (p) => `"${p.raw}" is a logical value (TRUE/FALSE), not allowed here`,
  "parse.invalid.date-in-number": (p) => `"${p.raw}" is a date; this field takes a number (Excel may have turned an entry like "3-5" into a date)`,
  "parse.invalid.not-finite": (p) => `"${p.raw}" is not a valid number`,
  "parse.invalid.cell-error": (p) => `the cell holds the error value ${p.raw}, usually a broken formula`,
  "parse.invalid.not-a-date": (p) => `"${p.raw}" is not a date; write it as 2023年2月20日 or 2023-2-20`,
  "parse.invalid.no-such-date": (p) => `"${p.raw}" is not a valid date (no such day or time)`,
  "parse.invalid.missing-year": (p) => `"${p.raw}" has no year`,
  "parse.invalid.missing-day": (p) => `"${p.raw}" has no day`,
  "parse.invalid.not-an-option": (p) => `"${p.raw}" is not one of the options: ${p.options}`,

  "parse.placeholder": (p) => `"${p.raw}" is a placeholder left unfilled; enter the actual value`,
  "parse.nil": (p) => `"${p.raw}" usually means "none": enter 0 if it is zero, or explain in the remarks`,
};
