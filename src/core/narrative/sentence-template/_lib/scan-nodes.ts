import type { TemplateNode } from "../template-ast";
import { templateError, type TemplateError } from "../template-error";
import { readSlot } from "./read-slot";

const OPEN_SLOT = new Set(["{", "｛"]);
const CLOSE_SLOT = new Set(["}", "｝"]);

/**
 * The nodes of a line from `start`: text, `{slots}` and `[optional parts]`, which may nest. A
 * backslash makes the next character plain text (\{ \[ \\). Stops at the `]` closing an optional
 * part when `inOptional`; `end` is that bracket's index, or the line's length.
 */
export function scanNodes(line: string, start: number, lineNo: number, inOptional = false): { nodes: TemplateNode[]; end: number; closed: boolean; errors: TemplateError[] } {
  const nodes: TemplateNode[] = [];
  const errors: TemplateError[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") nodes.push({ type: "text", text });
    text = "";
  };
  let i = start;
  while (i < line.length) {
    const c = line[i]!;
    if (c === "\\" && i + 1 < line.length) {
      text += line[i + 1];
      i += 2;
    } else if (OPEN_SLOT.has(c)) {
      flush();
      const close = findSlotEnd(line, i + 1);
      if (close < 0) {
        errors.push(templateError("narrative.template.unclosed-slot", undefined, lineNo, i + 1));
        return { nodes, end: line.length, closed: !inOptional, errors };
      }
      const read = readSlot(line.slice(i + 1, close), i + 1, lineNo);
      errors.push(...read.errors);
      if (read.slot) nodes.push(read.slot);
      i = close + 1;
    } else if (CLOSE_SLOT.has(c)) {
      errors.push(templateError("narrative.template.stray-close", { char: c }, lineNo, i + 1));
      i++;
    } else if (c === "[") {
      flush();
      const inner = scanNodes(line, i + 1, lineNo, true);
      errors.push(...inner.errors);
      if (!inner.closed) errors.push(templateError("narrative.template.unclosed-optional", undefined, lineNo, i + 1));
      nodes.push({ type: "optional", column: i + 1, nodes: inner.nodes });
      i = inner.end + 1;
    } else if (c === "]") {
      if (inOptional) {
        flush();
        return { nodes, end: i, closed: true, errors };
      }
      errors.push(templateError("narrative.template.stray-close", { char: c }, lineNo, i + 1));
      i++;
    } else {
      text += c;
      i++;
    }
  }
  flush();
  return { nodes, end: line.length, closed: !inOptional, errors };
}

/** The index of the brace closing a slot opened before `from`, skipping quoted arguments; -1 if none. */
function findSlotEnd(line: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "“") quote = c === "“" ? "”" : '"';
    else if (CLOSE_SLOT.has(c)) return i;
    else if (OPEN_SLOT.has(c)) return -1;
  }
  return -1;
}
