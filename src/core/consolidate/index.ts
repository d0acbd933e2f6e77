export { consolidate, ConsolidationRun } from "./consolidate";
export type { ConsolidateOptions, ConsolidationAudit, ValidationFindingLike } from "./consolidate";
export { createFileReader } from "./file-reader";
export { uncountedNote } from "./_lib/uncounted-units";
export type { FileReaderOptions, FileReading, InputKey } from "./file-reader";
export type { InputCandidate, InputOutcome } from "./_lib/read-input";
export type { UnitIdentity } from "./_lib/identify-unit";
export type {
  ConsolidationFinding,
  ConsolidationResult,
  DuplicateSubmission,
  ConsolidationFindingCode,
  InputReason,
  ValueNote,
  ValueReason,
  IndicatorTotal,
  InputAccount,
  LedgerSummary,
  UnitFigure,
  UnitReport,
  ValueAccount,
  ValueStatus,
} from "./consolidation-result";
export { cellValue, CELL_DATE, CELL_NUMBER, ledgerCell, ledgerColumn, ledgerRowCount } from "./ledger-rows";
export type { LedgerCell, LedgerCellValue, LedgerRows } from "./ledger-rows";
export { rosterFromSheet, rosterPlaces } from "./roster";
export type { Roster, RosterProblem, RosterResult, RosterUnit } from "./roster";
export { matchUnit } from "./match-unit";
export type { UnitMatch, UnitMatchHow } from "./match-unit";
export { normalizeUnitName } from "./normalize-unit-name";
export { compareUnitNames } from "./compare-unit-names";
export { unitNameFromFileName } from "./unit-name-from-file-name";
export { isUnreadableInput } from "./unit-input";
export type { InputBinding, ReadInput, UnitInput, UnreadableInput } from "./unit-input";
export { summaryPlans } from "./summary-plans";
export type { SummaryOptions } from "./summary-plans";
export { planTotalSheet } from "./plan-total-sheet";
export type { TotalSheetOptions } from "./plan-total-sheet";
export { planUnitDetailSheet } from "./plan-unit-detail-sheet";
export type { UnitDetailOptions } from "./plan-unit-detail-sheet";
export { planMissingSheet } from "./plan-missing-sheet";
export { planFindingsSheet } from "./plan-findings-sheet";
export { planSourcesSheet } from "./plan-sources-sheet";
export { toJson } from "./to-json";
export type { ConsolidationJson } from "./to-json";
export { planRosterSheet } from "./plan-roster-sheet";
export { unitDecisionKey } from "./unit-decision";
export { rejectedReason } from "./rejected-reason";
export type { UnitDecision, UnitDecisions } from "./unit-decision";
