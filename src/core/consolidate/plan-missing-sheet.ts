import { message } from "../locale";
import type { SheetPlan } from "../layout/sheet-plan";
import type { ConsolidationResult } from "./consolidation-result";
import { TableBuilder } from "./_lib/table-builder";

/**
 * 未报单位: the roster's units with no file counted (名称, 上级单位); then those in the summary of the unit
 * above them, and the units that sent a zero report — listed apart, since neither is a missing report.
 */
export function planMissingSheet(result: ConsolidationResult, options: { sheetName?: string } = {}): SheetPlan {
  const sheetName = options.sheetName ?? message("consolidate.sheet.missing");
  const covered = result.covered ?? [];
  const expected = result.units.filter((u) => u.rosterUnit).length + covered.length + result.missing.length;
  const b = new TableBuilder(3);
  b.title(message("consolidate.title.missing", { template: result.template.title, count: result.missing.length, expected }));
  const heads = [message("consolidate.head.serial"), message("consolidate.head.name"), message("consolidate.head.parent")];
  const headRow = b.head(heads);
  if (!result.hasRoster) b.line(message("consolidate.none.roster"));
  else if (result.missing.length === 0) b.line(message("consolidate.none.missing"));
  result.missing.forEach((unit, i) => b.values([i + 1, unit.name, unit.parent ?? null], ["serial", "label", "label"]));

  if (covered.length > 0) {
    // Not 未报: their figures are in the summary of the unit above them (村 in 镇), counted once.
    b.skip();
    b.line(message("consolidate.head.covered", { count: covered.length }), "section");
    covered.forEach((c, i) => b.values([i + 1, c.unit, c.by], ["serial", "label", "label"]));
  }

  if (result.zeroReports.length > 0) {
    b.skip();
    b.line(message("consolidate.head.zero-reports", { count: result.zeroReports.length }), "section");
    const parents = new Map(result.units.map((u) => [u.name, u.rosterUnit?.parent]));
    result.zeroReports.forEach((name, i) => b.values([i + 1, name, parents.get(name) ?? null], ["serial", "label", "label"]));
  }
  return b.plan(sheetName, [6, 28, 24], { rows: headRow + 1, columns: 0 }, headRow);
}
