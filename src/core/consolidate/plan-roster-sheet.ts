import type { SheetPlan } from "../layout/sheet-plan";
import type { Roster } from "./roster";
import { TableBuilder } from "./_lib/table-builder";

/** A 单位名录 sheet (单位名称 · 别名 · 上级单位) that rosterFromSheet reads back: for a clerk to fill, or a sample. */
export function planRosterSheet(roster: Roster, title = "单位名录"): SheetPlan {
  const b = new TableBuilder(3);
  b.title(title);
  const headRow = b.head(["单位名称", "别名", "上级单位"]);
  for (const unit of roster.units) b.values([unit.name, unit.aliases.join("、"), unit.parent ?? null], ["label", "label", "label"]);
  return b.plan(title, [24, 36, 20], { rows: headRow + 1, columns: 0 }, headRow);
}
