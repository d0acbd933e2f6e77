import type { ConsolidationFinding } from "../consolidation-result";

/** A finding before the file and unit it belongs to are known. */
export type FindingDraft = Omit<ConsolidationFinding, "source" | "file" | "unit">;
