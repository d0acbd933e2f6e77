import type { FilterArg, FilterCall, SlotNode } from "../template-ast";
import { templateError, type TemplateError } from "../template-error";

// A filter is named in Chinese (金额, 排名) or, as templates written before did, in English (money, top).
const FILTER = /^([A-Za-z\u3400-\u9fff][A-Za-z\u3400-\u9fff-]*)\s*(?:[(（]([^()（）]*)[)）])?$/;

/**
 * The inside of a slot, `source|filter|filter(arg, arg)`, read into its parts with their columns.
 * `column` is the column of the opening brace. Full-width ｜ （ ） ， are read like their ASCII forms,
 * as a Chinese input method types them.
 */
export function readSlot(inside: string, column: number, lineNo: number): { slot?: SlotNode; errors: TemplateError[] } {
  const raw = `{${inside}}`;
  const parts = splitTopLevel(inside, /[|｜]/, column + 1);
  const source = parts[0]!;
  if (source.text.trim() === "") return { errors: [templateError("narrative.template.empty-slot", undefined, lineNo, column)] };
  const errors: TemplateError[] = [];
  const filters: FilterCall[] = [];
  for (const part of parts.slice(1)) {
    const text = part.text.trim();
    // A bar with nothing after it is what a clerk leaves while typing the next filter.
    if (text === "") continue;
    const at = part.column + leadingSpace(part.text);
    const match = FILTER.exec(text);
    if (!match) {
      errors.push(templateError("narrative.template.bad-filter", { text }, lineNo, at));
      continue;
    }
    const argsText = match[2];
    const argsColumn = at + text.search(/[(（]/) + 1;
    const args: FilterArg[] =
      argsText === undefined || argsText.trim() === ""
        ? []
        : splitTopLevel(argsText, /[,，]/, argsColumn).map((arg) => ({ text: unquote(arg.text.trim()), column: arg.column + leadingSpace(arg.text) }));
    filters.push({ name: match[1]!, column: at, args });
  }
  if (errors.length > 0) return { errors };
  return { slot: { type: "slot", raw, column, source: source.text.trim(), sourceColumn: source.column + leadingSpace(source.text), filters }, errors };
}

/** Splits at separators outside quotes and brackets, keeping each piece's column. */
function splitTopLevel(text: string, separator: RegExp, column: number): { text: string; column: number }[] {
  const pieces: { text: string; column: number }[] = [];
  let start = 0;
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "“") quote = c === "“" ? "”" : '"';
    else if (c === "(" || c === "（") depth++;
    else if (c === ")" || c === "）") depth--;
    else if (depth === 0 && separator.test(c)) {
      pieces.push({ text: text.slice(start, i), column: column + start });
      start = i + 1;
    }
  }
  pieces.push({ text: text.slice(start), column: column + start });
  return pieces;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

function unquote(text: string): string {
  return /^".*"$|^“.*”$/.test(text) ? text.slice(1, -1) : text;
}
