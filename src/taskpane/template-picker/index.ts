export { TemplatePicker } from "./TemplatePicker";
export { createReport, proposeSheet } from "./create-report";
export type { SheetProposal } from "./create-report";
export { pickerReducer, initialPickerState } from "./picker-reducer";
export type { PickerAction, PickerState } from "./picker-reducer";
