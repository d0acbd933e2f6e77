import type { PlannedCell } from "../../../core/layout";
import { BODY_SIZE, FONT_NAME, ROLE_STYLES } from "../../_lib/style-roles";
import type { PlanFeatures } from "./plan-features";

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
const OUTER_EDGES: readonly Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", justify: "Justify" } as const;

/** Cells that look alike share a key, so they can be formatted as one range. */
export function formatKeyOf(cell: PlannedCell): string {
  return `${cell.style}|${cell.indent ?? 0}|${cell.locked ? 1 : 0}`;
}

/**
 * Queue the look of a planned cell's role on a range: font, fill, alignment, thin borders and
 * whether the cell stays locked when the sheet is protected. `like` is any cell of the range. Inside
 * borders are only asked for where the range has an inside (Excel may refuse them on a single cell).
 */
export function queueRoleFormat(range: Excel.Range, like: PlannedCell, size: { rows: number; cols: number }, features: Pick<PlanFeatures, "indent">): void {
  const role = ROLE_STYLES[like.style];
  const format = range.format;
  format.font.name = role.font ?? FONT_NAME;
  format.font.size = role.size ?? BODY_SIZE;
  format.font.bold = role.bold ?? false;
  if (role.color) format.font.color = "#" + role.color;
  if (role.fill) format.fill.color = "#" + role.fill;
  if (role.horizontal) format.horizontalAlignment = ALIGN[role.horizontal];
  format.verticalAlignment = role.vertical ? VERTICAL[role.vertical] : "Center";
  format.wrapText = role.wrap ?? false;
  if (like.indent && features.indent) format.indentLevel = like.indent;
  format.protection.locked = like.locked;
  if (role.border) {
    const edges: Edge[] = [...OUTER_EDGES];
    if (size.rows > 1) edges.push("InsideHorizontal");
    if (size.cols > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
}
