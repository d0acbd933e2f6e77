import { cellAddress } from "../sheet";
import { flattenIndicators } from "../template/indicator-tree";
import type { IndicatorTemplate } from "../template/types";
import { planFields, planTitle, type HeaderValues } from "./_lib/header-block";
import { PlanBuilder } from "./_lib/plan-builder";
import { validationFor } from "./_lib/validation-for";
import { numberFormatFor } from "./number-formats";
import type { SheetAnchors, SheetPlan } from "./sheet-plan";

const SECTION_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];
export const INDICATOR_COLUMNS = { serial: 0, label: 1, unit: 2, value: 3, note: 4 } as const;
const HEAD = ["序号", "指标名称", "计量单位", "数值", "备注"];

/**
 * An indicator table: title, header block, then 序号 · 指标名称 · 计量单位 · 数值 · 备注 with
 * sections as headed rows and 其中 children indented under their total ("其中：" before the first),
 * then the signature fields below the table.
 */
export function planIndicatorSheet(template: IndicatorTemplate, sheetName: string, values: HeaderValues = {}): SheetPlan {
  const b = new PlanBuilder();
  const anchors: SheetAnchors = { header: {}, indicators: {} };
  const last = HEAD.length - 1;
  let row = planTitle(b, template, last);
  row = planFields(b, template, "top", row, { firstCol: 1, pairsPerRow: 1 }, values, anchors);
  const headRow = row;
  HEAD.forEach((text, col) => b.put(headRow, col, text, "tableHead"));
  b.rowHeights[headRow] = 22;
  row++;

  const placed = flattenIndicators(template);
  const rowOf = new Map<string, number>();
  let serial = 0;
  let lastSection = -1;
  const firstChild = new Set(placed.filter((p) => p.parent?.children?.[0] === p.indicator).map((p) => p.indicator.key));
  for (const p of placed) {
    if (p.sectionIndex !== lastSection) {
      lastSection = p.sectionIndex;
      if (p.sectionTitle) {
        b.putMerged({ top: row, left: 0, bottom: row, right: last }, `${SECTION_NUMERALS[p.sectionIndex] ?? p.sectionIndex + 1}、${p.sectionTitle}`, "section");
        row++;
      }
    }
    const { indicator, depth } = p;
    rowOf.set(indicator.key, row);
    b.put(row, INDICATOR_COLUMNS.serial, ++serial, "serial");
    const label = depth > 0 && firstChild.has(indicator.key) ? `其中：${indicator.label}` : indicator.label;
    b.put(row, INDICATOR_COLUMNS.label, label, "label", { indent: depth * 2 });
    b.put(row, INDICATOR_COLUMNS.unit, indicator.unit ?? "", "unit");
    b.put(row, INDICATOR_COLUMNS.note, null, "note", { numberFormat: "@" });
    anchors.indicators![indicator.key] = { row, valueCol: INDICATOR_COLUMNS.value, noteCol: INDICATOR_COLUMNS.note };
    row++;
  }

  // Values, now that every row is known: a rate is a formula over its parts' cells.
  for (const { indicator } of placed) {
    const r = rowOf.get(indicator.key)!;
    const format = numberFormatFor(indicator.kind, indicator.decimals);
    const formula = indicator.formula;
    if (formula && rowOf.has(formula.numerator) && rowOf.has(formula.denominator)) {
      const num = cellAddress(rowOf.get(formula.numerator)!, INDICATOR_COLUMNS.value);
      const den = cellAddress(rowOf.get(formula.denominator)!, INDICATOR_COLUMNS.value);
      b.put(r, INDICATOR_COLUMNS.value, null, "computed", { formula: `IF(N(${den})=0,"",${num}/${den}*${formula.scale})`, numberFormat: format });
    } else {
      const cell = { top: r, left: INDICATOR_COLUMNS.value, bottom: r, right: INDICATOR_COLUMNS.value };
      b.put(r, INDICATOR_COLUMNS.value, null, "input", { numberFormat: format });
      b.validate(validationFor(indicator, cell));
    }
  }

  planFields(b, template, "bottom", row + 1, { firstCol: 1, pairsPerRow: 1 }, values, anchors);
  return b.toPlan({ template, sheetName, columnWidths: [6, 40, 10, 16, 30], headRow, frozenColumns: 0, orientation: "portrait", anchors });
}
