export { renderPlainText } from "./render-plain-text";
export type { PlainTextOptions } from "./render-plain-text";
export { renderMarkdown } from "./render-markdown";
export type { MarkdownOptions } from "./render-markdown";
export { sectionPieces } from "./section-pieces";
export type { Piece } from "./section-pieces";
