import { parseCellAddress } from "../../sheet";

/** A cell a formula names, 0-based. */
export interface FormulaRef {
  row: number;
  col: number;
}

/**
 * What a form's formula computes, as far as a template can say it: a ratio (复工率 = 已复工 ÷ 企业总数 ×
 * 100), a change against a base ((本期 − 上年同期) ÷ 上年同期 × 100), a difference (a rate's change in 个百分点),
 * a sum (合计, a total of its 其中 parts). Anything else is not understood.
 */
export type FormulaShape =
  | { type: "ratio"; numerator: FormulaRef; denominator: FormulaRef; scale: number }
  | { type: "change"; current: FormulaRef; base: FormulaRef; scale: number }
  | { type: "difference"; current: FormulaRef; base: FormulaRef }
  | { type: "sum"; refs: FormulaRef[] };

const REF = String.raw`\$?[A-Z]{1,3}\$?\d{1,7}`;
const ref = (text: string): FormulaRef | undefined => parseCellAddress(text);

/** The arguments of a call, split at its top-level commas ("" for an empty one). */
function splitArguments(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

/** The body of `NAME(...)` when the whole text is that one call. */
function callBody(text: string, name: string): string | undefined {
  if (!text.startsWith(name + "(") || !text.endsWith(")")) return undefined;
  const body = text.slice(name.length + 1, -1);
  let depth = 0;
  for (const ch of body) {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    if (depth < 0) return undefined;
  }
  return body;
}

/**
 * The expression a guard leaves: IF(cond,"",x) or IF(cond,x,"") gives x (a rate blank while its
 * denominator is), IFERROR(x,"") and ROUND(x,n) give x.
 */
function unwrap(text: string): string {
  for (;;) {
    const ifBody = callBody(text, "IF");
    if (ifBody !== undefined) {
      const args = splitArguments(ifBody);
      const results = args.slice(1).filter((a) => a !== '""' && a !== "0");
      if (args.length !== 3 || results.length !== 1) return text;
      text = results[0];
      continue;
    }
    const guard = callBody(text, "IFERROR") ?? callBody(text, "ROUND");
    if (guard !== undefined) {
      text = splitArguments(guard)[0];
      continue;
    }
    if (text.startsWith("(") && callBody("X" + text, "X") !== undefined) {
      text = text.slice(1, -1);
      continue;
    }
    return text;
  }
}

/** The cells of a range (B5:B9, or one row's C5:F5); undefined for a rectangle of several rows and columns. */
function rangeRefs(text: string): FormulaRef[] | undefined {
  const [a, b] = text.split(":").map(ref);
  if (!a || !b) return undefined;
  if (a.col === b.col) return Array.from({ length: Math.abs(b.row - a.row) + 1 }, (_, i) => ({ row: Math.min(a.row, b.row) + i, col: a.col }));
  if (a.row === b.row) return Array.from({ length: Math.abs(b.col - a.col) + 1 }, (_, i) => ({ row: a.row, col: Math.min(a.col, b.col) + i }));
  return undefined;
}

/** The shape of a formula's text (with or without its "="), or undefined when it is none of those a template can state. */
export function formulaShape(formula: string): FormulaShape | undefined {
  const text = unwrap(formula.replace(/^=/, "").replace(/\s+/g, "").toUpperCase());
  const sumBody = callBody(text, "SUM");
  if (sumBody !== undefined) {
    const refs: FormulaRef[] = [];
    for (const arg of splitArguments(sumBody)) {
      const cells = arg.includes(":") ? rangeRefs(arg) : [ref(arg)].filter((r): r is FormulaRef => r !== undefined);
      if (!cells || cells.length === 0) return undefined;
      refs.push(...cells);
    }
    return { type: "sum", refs };
  }
  if (new RegExp(`^${REF}(\\+${REF})+$`).test(text)) return { type: "sum", refs: text.split("+").map((t) => ref(t)!) };

  const scaleOf = (s: string | undefined) => (s === undefined ? 1 : Number(s));
  let m = new RegExp(`^\\((${REF})-(${REF})\\)/(${REF})(?:\\*(\\d+))?$`).exec(text);
  if (m && ref(m[2])!.row === ref(m[3])!.row && ref(m[2])!.col === ref(m[3])!.col) return { type: "change", current: ref(m[1])!, base: ref(m[2])!, scale: scaleOf(m[4]) };
  m = new RegExp(`^\\((${REF})/(${REF})-1\\)(?:\\*(\\d+))?$`).exec(text);
  if (m) return { type: "change", current: ref(m[1])!, base: ref(m[2])!, scale: scaleOf(m[3]) };
  m = new RegExp(`^(${REF})/(${REF})(?:\\*(\\d+))?$`).exec(text);
  if (m) return { type: "ratio", numerator: ref(m[1])!, denominator: ref(m[2])!, scale: scaleOf(m[3]) };
  m = new RegExp(`^(\\d+)\\*(${REF})/(${REF})$`).exec(text);
  if (m) return { type: "ratio", numerator: ref(m[2])!, denominator: ref(m[3])!, scale: scaleOf(m[1]) };
  m = new RegExp(`^(${REF})\\*(\\d+)/(${REF})$`).exec(text);
  if (m) return { type: "ratio", numerator: ref(m[1])!, denominator: ref(m[3])!, scale: scaleOf(m[2]) };
  m = new RegExp(`^(${REF})-(${REF})$`).exec(text);
  if (m) return { type: "difference", current: ref(m[1])!, base: ref(m[2])! };
  return undefined;
}
