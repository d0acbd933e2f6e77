import { message, problemText } from "../locale";
import type { SheetPlan, StyleRole } from "../layout/sheet-plan";
import type { Severity } from "../template/types";
import { memoizeString } from "../_lib/string-memo";
import type { ConsolidationResult } from "./consolidation-result";
import { TableBuilder } from "./_lib/table-builder";

/**
 * 审核情况: every finding, the units' in unit order and then the files not used: 单位, 文件, 严重程度,
 * 位置, 指标, 说明 — in widths that fit a landscape page at a legible scale, so each finding is read
 * across one page.
 */
export function planFindingsSheet(result: ConsolidationResult, options: { sheetName?: string } = {}): SheetPlan {
  const sheetName = options.sheetName ?? message("consolidate.sheet.findings");
  const heads = [
    message("consolidate.head.serial"),
    message("consolidate.head.unit"),
    message("consolidate.head.file"),
    message("consolidate.head.severity"),
    message("consolidate.head.place"),
    message("consolidate.head.indicator"),
    message("consolidate.head.explanation"),
  ];
  const b = new TableBuilder(heads.length);
  b.title(message("consolidate.title.findings", { template: result.template.title }));
  const headRow = b.head(heads);
  if (result.findings.length === 0) b.line(message("consolidate.none.findings"));
  // The looks once and each severity worded once, not for every row: a ledger summary lists 28,000 findings and more.
  const styles: readonly StyleRole[] = ["serial", "label", "label", "unit", "label", "label", "label"];
  const severityText = memoizeString((severity) => message(`consolidate.severity.${severity as Severity}`));
  result.findings.forEach((f, i) => {
    const place = f.sheet ? (f.cell ? `${f.sheet}!${f.cell}` : f.sheet) : (f.cell ?? null);
    b.values([i + 1, f.unit ?? null, f.file ?? null, severityText(f.severity), place, f.indicator ?? null, problemText(f)], styles);
  });
  return b.plan(sheetName, [6, 14, 24, 8, 14, 18, 52], { rows: headRow + 1, columns: 0 }, headRow);
}
