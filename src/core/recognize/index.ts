export type { SheetBinding } from "./sheet-binding";
export { boundTemplate } from "./bound-template";
export { recognizeTemplate } from "./recognize-template";
export type { RecognitionReason, RecognizeOptions, SheetRecognition } from "./recognize-template";
export { dominantTemplate } from "./dominant-template";
export { templateSheets } from "./template-sheets";
export type { TemplateSheet, TemplateSheetsOptions, WorkbookContent } from "./template-sheets";
