import { scanNodes } from "./_lib/scan-nodes";
import type { TemplateLine, WordEntry } from "./template-ast";
import { templateError, type TemplateError } from "./template-error";

const DIRECTIVES: Record<string, "keep" | "none" | "verbs" | "names"> = {
  keep: "keep",
  保留: "keep",
  none: "none",
  无新增: "none",
  verbs: "verbs",
  动词: "verbs",
  names: "names",
  名称: "names",
};

/** A directive's name; an English one must end there (!nonew is no !none). */
const DIRECTIVE_NAME = new RegExp(`^[!！](${Object.keys(DIRECTIVES).join("|")})(?![A-Za-z])`, "i");

/**
 * Reads a narrative template, one sentence per line, into its parts; no data or template is needed,
 * so the pane can point at a typing mistake at once. The syntax:
 *
 * - Text is written as it is: `截至{cutoff}，{region}共发放宣传单{leaflets}。`
 * - `{source|filter|filter(arg, arg)}` is a slot: a value from the data (an indicator's key or label,
 *   `cutoff`, `units`, `section:消杀类`…) through filters that write it (`number`, `money(约)`, `top(3)`…).
 * - `[…]` is an optional part, left out when a figure in it has no data or is 0:
 *   `共筹备{fundsPrepared}[，其中先期拨付{emergencyFundsAdvanced}]`.
 * - `\` makes the next character plain: `\{`, `\[`, `\\`.
 * - `# 标题` opens a paragraph with a run-in heading; an empty line opens a paragraph without one.
 * - A line may begin with directives: `!keep` (state items with nothing to report), `!none` (the line
 *   is written only when there is nothing new, 无新增); `!verbs key=动词 …` and `!names key=名称 …`
 *   set the words of items in lists and chains (Chinese spellings: !保留 !无新增 !动词 !名称).
 *
 * Mistakes come back as errors with their line and column; a line with a mistake is left out of
 * `lines`, never written half.
 */
export function parseSentenceTemplate(source: readonly string[] | string): { lines: TemplateLine[]; errors: TemplateError[] } {
  const texts = typeof source === "string" ? source.split(/\r?\n/) : source;
  const lines: TemplateLine[] = [];
  const errors: TemplateError[] = [];
  texts.forEach((text, index) => {
    const read = readLine(text, index + 1);
    errors.push(...read.errors);
    if (read.line && read.errors.length === 0) lines.push(read.line);
  });
  return { lines, errors };
}

function readLine(text: string, lineNo: number): { line?: TemplateLine; errors: TemplateError[] } {
  if (text.trim() === "") return { line: { kind: "blank", line: lineNo }, errors: [] };
  const start = text.length - text.trimStart().length;
  if (text[start] === "#") {
    const scanned = scanNodes(text.trimEnd(), start + 1 + (text[start + 1] === " " ? 1 : 0), lineNo);
    return { line: { kind: "title", line: lineNo, nodes: scanned.nodes }, errors: scanned.errors };
  }
  let keep = false;
  let none = false;
  let at = start;
  for (;;) {
    if (!/^[!！]/.test(text.slice(at))) break;
    // Known names first, so that "!保留其中…" needs no space after the directive.
    const directive = DIRECTIVE_NAME.exec(text.slice(at));
    const kind = directive && DIRECTIVES[directive[1]!.toLowerCase()];
    if (!directive || !kind) {
      const name = /^[!！](\S*)/.exec(text.slice(at))![1]!;
      return { errors: [templateError("narrative.template.unknown-directive", { name }, lineNo, at + 1)] };
    }
    at += directive[0].length;
    if (kind === "verbs" || kind === "names") return readWords(text, at, kind, lineNo);
    if (kind === "keep") keep = true;
    else none = true;
    at += text.slice(at).length - text.slice(at).trimStart().length;
  }
  const scanned = scanNodes(text.trimEnd(), at, lineNo);
  return { line: { kind: "sentence", line: lineNo, keep, none, nodes: scanned.nodes }, errors: scanned.errors };
}

/** `key=词 key=词`, separated by spaces or by ， , ； ;; the word may be empty (`infoAdopted=`). */
function readWords(text: string, from: number, kind: "verbs" | "names", lineNo: number): { line?: TemplateLine; errors: TemplateError[] } {
  const entries: WordEntry[] = [];
  const errors: TemplateError[] = [];
  // 、 may stand inside a name (微信群、QQ群信息), so it separates nothing here.
  const pattern = /[^\s,，;；]+/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const entry = /^([^=＝]+)[=＝](.*)$/.exec(match[0]);
    if (!entry) errors.push(templateError("narrative.template.bad-word-entry", { text: match[0] }, lineNo, match.index + 1));
    else entries.push({ field: entry[1]!, word: entry[2]!, column: match.index + 1 });
  }
  return { line: { kind, line: lineNo, entries }, errors };
}
