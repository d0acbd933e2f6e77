import type { ExtractionCode } from "../../extract";
import type { Problem } from "../../locale";
import type { Severity } from "../../template/types";
import type { ConsolidationFindingCode } from "../consolidation-result";

/** A finding of consolidation itself, before the file and unit it belongs to are known. */
export type FindingDraft = Problem<ConsolidationFindingCode | ExtractionCode> & {
  severity: Severity;
  sheet?: string;
  cell?: string;
  indicator?: string;
};
