export { planSheet } from "./plan-sheet";
export type { PlanSheetOptions } from "./plan-sheet";
export { planIndicatorSheet, NOT_FILLED } from "./plan-indicator-sheet";
export { planLedgerSheet } from "./plan-ledger-sheet";
export { freeSheetNames, sameSheetName, sheetNameFor, takenSheetName } from "./sheet-name";
export { numberFormatFor, defaultDecimals } from "./number-formats";
export type { HeaderValues } from "./_lib/header-block";
export type { PlannedCell, PlannedScalar, PlannedValidation, SheetAnchors, SheetPlan, StyleRole } from "./sheet-plan";
