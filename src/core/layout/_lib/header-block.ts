import { headerFields, type HeaderKey } from "../../template/header-fields";
import type { ReportTemplate } from "../../template/types";
import type { SheetAnchors } from "../sheet-plan";
import type { PlanBuilder } from "./plan-builder";
import { numberFormatFor } from "../number-formats";

export type HeaderValues = Partial<Record<HeaderKey, string>>;

/**
 * Rows 1–2: the title across the table and the line with 制表机关, 表号 and a table-wide unit. The
 * line starts at `firstCol`: right of the columns repeated on every printed page, where a wide table
 * would otherwise print 制表机关 again over 表号 on its later pages.
 */
export function planTitle(b: PlanBuilder, template: ReportTemplate, lastCol: number, firstCol = 0): number {
  b.putMerged({ top: 0, left: 0, bottom: 0, right: lastCol }, template.title, "title");
  b.rowHeights[0] = 32;
  const split = Math.max(firstCol + 1, Math.ceil((lastCol + 1) / 2));
  const issuer = template.issuer ? `制表机关：${template.issuer}` : "";
  const right = [template.tableNo ? `表号：${template.tableNo}` : "", template.tableUnit ? `计量单位：${template.tableUnit}` : ""]
    .filter(Boolean)
    .join("　");
  b.putMerged({ top: 1, left: firstCol, bottom: 1, right: split - 1 }, issuer, "meta");
  b.putMerged({ top: 1, left: split, bottom: 1, right: lastCol }, right, "meta");
  return 2;
}

/**
 * Header fields as label/value pairs: `pairsPerRow` pairs side by side, each a label cell and a
 * merged value cell two columns wide. Returns the next free row.
 */
export function planFields(
  b: PlanBuilder,
  template: ReportTemplate,
  position: "top" | "bottom" | "all",
  startRow: number,
  layout: { firstCol: number; pairsPerRow: 1 | 2 },
  values: HeaderValues,
  anchors: SheetAnchors,
): number {
  const fields = headerFields(template.periodKind).filter((f) => position === "all" || f.position === position);
  let row = startRow;
  fields.forEach((field, i) => {
    const slot = i % layout.pairsPerRow;
    row = startRow + Math.floor(i / layout.pairsPerRow);
    const labelCol = layout.firstCol + slot * 3;
    b.put(row, labelCol, `${field.label}：`, "fieldLabel");
    const format = field.kind === "date" ? numberFormatFor("date") : "@";
    b.putMerged({ top: row, left: labelCol + 1, bottom: row, right: labelCol + 2 }, values[field.key] ?? null, "fieldInput", {
      numberFormat: format,
    });
    anchors.header[field.key] = { row, col: labelCol + 1 };
  });
  return row + 1;
}
