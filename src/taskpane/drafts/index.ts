export { createDraftStore } from "./draft-store";
export type { DraftKey, DraftStore, FormDraft } from "./draft-store";
