import type { ReportTemplate } from "../template/types";
import type { ExtractedIndicator, ExtractedReport, UnplacedCell } from "./extracted-report";

/**
 * A sheet read against an earlier version of a template (the one stored in the workbook, or a shipped
 * earlier built-in), told in the current version's keys by the current version's migration from it: a
 * 复工复产 form of version 1 (企业总数 under each class) becomes the grid's cells, a one-column 防疫物资
 * form's figures its 累计 column. A value the migration does not carry is kept as not placed, with the
 * reason. Without a migration from that version there is nothing to say: undefined.
 */
export function migrateReport(report: ExtractedReport, from: ReportTemplate, to: ReportTemplate): ExtractedReport | undefined {
  if (from.kind !== to.kind || to.kind !== "indicators") return undefined;
  const keys = to.migrations?.find((m) => m.from === from.version)?.keys;
  if (!keys) return undefined;
  const indicators: Record<string, ExtractedIndicator> = {};
  const unplaced: UnplacedCell[] = [...(report.unplaced ?? [])];
  for (const [key, found] of Object.entries(report.indicators)) {
    const target = keys[key];
    if (target) indicators[target] = { ...found, key: target };
    else if (found.value.text)
      unplaced.push({
        row: found.value.row,
        col: found.value.col,
        address: found.value.address,
        text: found.value.text,
        reason: { code: "extract.not-migrated", params: { label: found.label, version: to.version } },
      });
  }
  // What the earlier form lacked is missing still; what only the current form has (a new column) is not
  // missing from a form that never had it.
  const missing = report.missing.map((key) => keys[key]).filter((key): key is string => key !== undefined);
  return { ...report, templateId: to.id, indicators, unplaced, missing, missingRows: [], missingColumns: [] };
}
