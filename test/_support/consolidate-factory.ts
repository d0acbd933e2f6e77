import type { InputBinding, ReadInput, Roster } from "../../src/core/consolidate";
import { emptyFormState, formToCells } from "../../src/core/form";
import { planSheet } from "../../src/core/layout";
import type { CellValue, SheetSnapshot } from "../../src/core/sheet";
import { tableCells } from "../../src/core/template";
import type { IndicatorTemplate, ReportTemplate } from "../../src/core/template/types";
import { sheetFromPlan, sheetOf } from "./sheet-factory";

export interface UnitFormOptions {
  unit?: string;
  period?: string;
  reportDate?: CellValue;
  /** The label as the unit's form writes it (by default the template's). */
  label?: (label: string, key: string) => string;
  /** A 计量单位 other than the template's, by key. */
  units?: Record<string, string>;
  title?: string;
  /** Rows the template does not know: [label, value]. */
  extra?: Array<[string, CellValue]>;
  /** A table-wide unit line above the table: 计量单位：万元. */
  tableUnit?: string;
  sheetName?: string;
}

/**
 * A unit's own version of an indicator form, as clerks make them: title, 填报单位 line, a head of
 * 序号 · 指标名称 · 计量单位 · 本期数 · 备注, section rows, and the signature lines below.
 */
export function unitForm(template: IndicatorTemplate, values: Record<string, CellValue>, options: UnitFormOptions = {}): SheetSnapshot {
  const rows: CellValue[][] = [[options.title ?? template.title]];
  rows.push([`填报单位：${options.unit ?? ""}`, null, options.period ? `截至时间：${options.period}` : null]);
  if (options.tableUnit) rows.push([`计量单位：${options.tableUnit}`]);
  // One value column 本期数 for a one-column form, else the form's own column heads.
  const shape = tableCells(template);
  const columns = shape.multiColumn ? shape.columns : [{ ...shape.columns[0], label: "本期数" }];
  rows.push(["序号", template.stubHead ?? "指标名称", "计量单位", ...columns.map((c) => c.label), "备注"]);
  let serial = 0;
  let section = -1;
  for (const r of shape.rows) {
    if (r.sectionIndex !== section && !r.isTotal) {
      section = r.sectionIndex;
      const title = template.sections[section]?.title;
      if (title) rows.push([`${"一二三四五六七八九十"[section] ?? section + 1}、${title}`]);
    }
    const key = r.indicator.key;
    const label = options.label ? options.label(r.indicator.label, key) : r.indicator.label;
    const unit = options.units?.[key] ?? r.indicator.unit ?? null;
    const cells = columns.map((c) => {
      const valueKey = shape.keyOf(key, c.key);
      return valueKey === undefined ? null : (values[valueKey] ?? null);
    });
    rows.push([++serial, label, unit, ...cells, null]);
  }
  for (const [label, value] of options.extra ?? []) rows.push([++serial, label, null, value, null]);
  rows.push(["填表人：", "张三", null, "报出日期：", options.reportDate ?? null]);
  return sheetOf(rows, { name: options.sheetName ?? "Sheet1" });
}

/** A sheet made by the add-in itself from the template, filled through the form, with its binding. */
export function addInForm(
  template: ReportTemplate,
  header: { unit?: string; period?: string; reportDate?: string },
  values: Record<string, string>,
  rows: Array<Record<string, string>> = [],
): { sheet: SheetSnapshot; binding: InputBinding } {
  const plan = planSheet(template);
  const form = { ...emptyFormState(template.id), header, values, rows };
  const sheet = sheetFromPlan(plan, formToCells(template, plan.anchors, form));
  return { sheet, binding: { sheetName: sheet.name, templateId: template.id, templateVersion: template.version, templateJson: JSON.stringify(template) } };
}

export function inputOf(fileName: string, order: number, sheets: SheetSnapshot | SheetSnapshot[], bindings: InputBinding[] = []): ReadInput {
  return { fileName, order, sheets: Array.isArray(sheets) ? sheets : [sheets], bindings };
}

/** A roster from names, or [name, aliases, parent] triples. */
export function rosterOf(...units: Array<string | [string, string[], string?]>): Roster {
  return { units: units.map((u) => (typeof u === "string" ? { name: u, aliases: [] } : { name: u[0], aliases: u[1], ...(u[2] ? { parent: u[2] } : {}) })) };
}
