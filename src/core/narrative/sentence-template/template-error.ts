import { message, problemText, type MessageParams, type Problem } from "../../locale";
import type { narrativeZh } from "../../locale/zh-CN/narrative";

/** The codes of mistakes in a narrative template, and of the notices given while writing it. */
export type TemplateErrorCode = Extract<keyof typeof narrativeZh, `narrative.template.${string}`>;

/**
 * A mistake in a narrative template (an unknown slot or filter, a brace not closed), or a notice
 * about the data (a slot with no data), at its place: line and column, 1-based. `message` says it
 * in Chinese with the place: 第2行第5列：未知的字段“maskz”…
 */
export type TemplateError = Problem<TemplateErrorCode> & {
  line: number;
  column: number;
  message: string;
};

/** A problem of the template at its place. */
export function templateErrorAt(problem: Problem<TemplateErrorCode>, line: number, column: number): TemplateError {
  return { ...problem, line, column, message: message("narrative.place", { line, column, detail: problemText(problem) }) };
}

export function templateError<C extends TemplateErrorCode>(code: C, params: MessageParams<C>, line: number, column: number): TemplateError {
  // A code and its own params make one member of the union, which TypeScript cannot see for a C not yet known.
  return templateErrorAt({ code, params: params ?? {} } as Problem<TemplateErrorCode>, line, column);
}
