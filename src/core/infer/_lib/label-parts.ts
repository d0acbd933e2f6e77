import { UNIT_WORDS } from "../../extract/normalize-label";

/** A 主栏 label as a form prints it, taken apart: numbering, a 其中 prefix, the label, a unit in brackets. */
export interface LabelParts {
  /** The label without numbering, 其中 prefix, unit or spaces: what the template calls the row. */
  label: string;
  /** A unit in brackets at its end (金额（万元）, 口罩（单位：万只）). */
  unit?: string;
  /** Starts with 其中/含/包括: the first of its total's parts. */
  breakdown: boolean;
  /** How its numbering ranks: 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①; 0 without. */
  rank: number;
  /** Indentation typed as leading spaces (a full-width space counts two). */
  spaces: number;
}

const NUMBERINGS: Array<[number, RegExp]> = [
  [1, /^[一二三四五六七八九十]+\s*[、.．]\s*/],
  [2, /^[(（]\s*[一二三四五六七八九十]+\s*[)）]\s*[、.．]?\s*/],
  [3, /^\d+(\s*[、.．](?!\d)|\s+)\s*(?=\D)/],
  [4, /^[(（]\s*\d+\s*[)）]\s*[、.．]?\s*/],
  [5, /^[①-⑳]\s*/],
];
const PREFIX = /^(其中|内含|含|包括)\s*[:：]\s*/;
const TRAILING_UNIT = /\s*[(（]\s*(?:单位\s*[:：]\s*)?([^()（）]{1,6})\s*[)）]\s*$/;

/** A section heading's numbering (一、 （一）), for telling a heading from a row. */
export function headingRank(text: string): number {
  const trimmed = text.trim();
  return NUMBERINGS.slice(0, 2).find(([, pattern]) => pattern.test(trimmed))?.[0] ?? 0;
}

/** A unit word (个, 万元, %) in a form's own writing, or undefined when the text is not one. */
export function unitWord(text: string): string | undefined {
  const plain = text.normalize("NFKC").replace(/\s+/g, "");
  return plain && UNIT_WORDS.test(plain) ? plain : undefined;
}

export function labelParts(raw: string): LabelParts {
  const leading = /^[\s\u3000]*/.exec(raw)?.[0] ?? "";
  const spaces = [...leading].reduce((n, ch) => n + (ch === "\u3000" ? 2 : ch === "\t" ? 4 : 1), 0);
  let text = raw.trim();
  let rank = 0;
  for (const [r, pattern] of NUMBERINGS) {
    const next = text.replace(pattern, "");
    if (next !== text && next.length > 0) {
      text = next;
      rank = r;
      break;
    }
  }
  const prefixed = PREFIX.test(text) && text.replace(PREFIX, "").length > 0;
  if (prefixed) text = text.replace(PREFIX, "");
  let unit: string | undefined;
  const unitMatch = TRAILING_UNIT.exec(text);
  if (unitMatch) {
    unit = unitWord(unitMatch[1]);
    if (unit) text = text.slice(0, unitMatch.index);
  }
  text = text.replace(/[\s\u3000]+/g, "").replace(/[:：]+$/, "");
  return { label: text, ...(unit ? { unit } : {}), breakdown: prefixed, rank, spaces };
}

/** A row that says only 其中： (its parts follow on the rows below). */
export function isBreakdownMarker(raw: string): boolean {
  return /^(其中|内含|包括)\s*[:：]?$/.test(raw.replace(/[\s\u3000]+/g, ""));
}
