export { emptyFormState } from "./form-state";
export type { FormState } from "./form-state";
export { formToCells } from "./form-to-cells";
export type { FormCellWrite } from "./form-to-cells";
export { sheetToForm } from "./sheet-to-form";
export { cellText } from "./cell-text";
export { toCellValue } from "./to-cell-value";
export { plannedSheet } from "./planned-sheet";
