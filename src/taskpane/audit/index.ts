export { AuditView } from "./AuditView";
export { useLiveFindings } from "./useLiveFindings";
export { fieldValidation } from "./field-validation";
export { headerFieldId } from "./live-findings";
export { unsavedForms } from "./unsaved-forms";
export type { UnsavedForms } from "./unsaved-forms";
