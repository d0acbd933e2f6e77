export { extractReport } from "./extract-report";
export { extractIndicators } from "./extract-indicators";
export { extractLedger } from "./extract-ledger";
export { normalizeLabel, UNIT_WORDS } from "./normalize-label";
export type { NormalizedLabel } from "./normalize-label";
export { readHeaderBlock, headerFieldOf } from "./header-block";
export type { HeaderBlock } from "./header-block";
export { IndicatorLabelIndex, columnLabelIndex, labelIndexFor } from "./label-index";
export type { ExtractedCell, ExtractedIndicator, ExtractedLedgerRow, ExtractedReport, UnmatchedLabel } from "./extracted-report";
