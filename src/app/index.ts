// The use cases, once: each a function over the WorkbookPort (and a progress/cancel signal), called by
// the task pane and the command line, which only translate input and output around them.
export type { Progress, ProgressStep } from "./progress";
export { recogniseTemplate } from "./recognise/recognise-template";
export type { Recognition, RecogniseRequest } from "./recognise/recognise-template";
export { auditWorkbook } from "./audit/audit-workbook";
export type { AuditItem, AuditOutcome, AuditRequest, AuditScope } from "./audit/audit-workbook";
export { consolidateUnits } from "./consolidate/consolidate-units";
export type { ConsolidationOutcome, ConsolidationRefusal, ConsolidationRequest } from "./consolidate/consolidate-units";
export { sheetRosterSource, sheetSource } from "./consolidate/unit-source";
export type { ParallelSourceReader, RosterSource, UnitSource } from "./consolidate/unit-source";
export type { Summary, SummaryOptions } from "./consolidate/summary-sheets";
export { needsReminder, reminderNotice } from "./consolidate/reminder-notice";
export { writeSheets } from "./write/write-sheets";
export type { ClashAnswer, NameClash, WriteOutcome, WriteSheetsOptions } from "./write/write-sheets";
export { PartialWriteError } from "./write/partial-write-error";
export { writeSummary } from "./write/write-summary";
export { findSummaries } from "./narrate/find-summaries";
export type { FindSummariesOptions, SummarySource } from "./narrate/find-summaries";
export { narrateSummary } from "./narrate/narrate-summary";
export type { Narration, NarrateOptions } from "./narrate/narrate-summary";
export { writeNarrative } from "./narrate/write-narrative";
export { createForm } from "./form/create-form";
export type { CreateFormOptions } from "./form/create-form";
export { distributeForms } from "./form/distribute-forms";
export type { DistributedForm, DistributionOutcome, DistributionRequest } from "./form/distribute-forms";
export { inferForm } from "./form/infer-form";
export type { InferFormOutcome, InferFormRequest } from "./form/infer-form";
