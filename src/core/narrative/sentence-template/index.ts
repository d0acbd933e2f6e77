export { parseSentenceTemplate } from "./parse-sentence-template";
export type { TemplateLine, BlankLine, TitleLine, WordsLine, WordEntry, SentenceLine, TemplateNode, TextNode, SlotNode, FilterCall, FilterArg, OptionalNode } from "./template-ast";
export { compileSentenceTemplate } from "./compile-sentence-template";
export type { CompiledTemplate, CompiledLine, CompiledNode, CompiledSlot } from "./compile-sentence-template";
export { renderSentenceTemplate } from "./render-sentence-template";
export { FILTER_NAMES } from "./filter-catalog";
export type { TemplateError, TemplateErrorCode } from "./template-error";
