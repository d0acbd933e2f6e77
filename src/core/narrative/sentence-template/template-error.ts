import { message, type MessageParams } from "../../locale";
import type { narrativeZh } from "../../locale/zh-CN/narrative";

/** The codes of mistakes in a narrative template, and of the notices given while writing it. */
export type TemplateErrorCode = Extract<keyof typeof narrativeZh, `narrative.template.${string}`>;

/**
 * A mistake in a narrative template (an unknown slot or filter, a brace not closed), or a notice
 * about the data (a slot with no data), at its place: line and column, 1-based. `message` says it
 * in Chinese with the place: 第2行第5列：未知的字段“maskz”…
 */
export interface TemplateError {
  code: TemplateErrorCode;
  params: Record<string, string | number>;
  line: number;
  column: number;
  message: string;
}

export function templateError<C extends TemplateErrorCode>(code: C, params: MessageParams<C>, line: number, column: number): TemplateError {
  const detail = (message as (code: C, params: MessageParams<C>) => string)(code, params);
  return { code, params: params as Record<string, string | number>, line, column, message: message("narrative.place", { line, column, detail }) };
}
