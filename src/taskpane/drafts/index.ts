export { createDraftStore } from "./draft-store";
export type { DraftKey, DraftStore, FormDraft } from "./draft-store";
export { createPageWorkbookStore, memoryPageWorkbookStore } from "./page-workbook-store";
export type { KeptWorkbook, PageWorkbookStore } from "./page-workbook-store";
export { documentWorkbookId, newWorkbookId } from "./workbook-id";
export type { DocumentSettings } from "./workbook-id";
