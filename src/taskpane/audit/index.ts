export { AuditView } from "./AuditView";
export { useLiveFindings } from "./useLiveFindings";
export { fieldValidation } from "./field-validation";
export { headerFieldId } from "./live-findings";
