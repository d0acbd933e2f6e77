import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { emptyFormState, formToCells, type FormState } from "../core/form";
import { planSheet } from "../core/layout";
import { flattenIndicators, type ReportTemplate } from "../core/template";
import { XlsxWorkbook } from "../workbook/xlsx";
import { seededRandom } from "../cli/_lib/seeded-random";

/**
 * Unit workbooks as the add-in writes them (ExcelJS, with the template sheet and binding), with
 * random figures: `count` units of an indicator table, or ledgers of `rows` rows each. Files already
 * there are reused, so a second run measures reading only.
 */
export async function generateUnitWorkbooks(folder: string, template: ReportTemplate, count: number, rows = 0): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const existing = new Set(await readdir(folder));
  const plan = planSheet(template);
  const random = seededRandom(count * 7919 + rows);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `单位${String(i + 1).padStart(4, "0")}.xlsx`;
    files.push(join(folder, name));
    if (existing.has(name)) continue;
    const form = randomUnitForm(template, i, rows, random);
    const workbook = XlsxWorkbook.create();
    await workbook.createSheet(plan);
    await workbook.writeCells(plan.sheetName, formToCells(template, plan.anchors, form));
    await workbook.writeBinding({ sheetName: plan.sheetName, templateId: template.id, templateVersion: template.version, templateJson: JSON.stringify(template) });
    await writeFile(join(folder, name), await workbook.toBytes());
  }
  return files;
}

/** One unit's form with random figures: every number of an indicator table, or `rows` rows of a ledger. */
export function randomUnitForm(template: ReportTemplate, i: number, rows: number, random: () => number): FormState {
  const form: FormState = { ...emptyFormState(template.id), header: { unit: `单位${i + 1}`, period: "2023年2月20日24时", preparer: "测试", reportDate: "2023-02-21" } };
  if (template.kind === "indicators") {
    for (const { indicator } of flattenIndicators(template)) {
      if (indicator.formula || !["integer", "decimal", "money"].includes(indicator.kind)) continue;
      form.values[indicator.key] = String(indicator.kind === "integer" ? Math.floor(random() * 1000) : Math.round(random() * 100000) / 100);
    }
  } else {
    form.rows = Array.from({ length: rows }, (_, r) => {
      const row: Record<string, string> = {};
      for (const column of template.columns) {
        if (column.kind === "enum") row[column.key] = column.options![Math.floor(random() * column.options!.length)];
        else if (column.kind === "date") row[column.key] = `2023-0${1 + Math.floor(random() * 2)}-1${Math.floor(random() * 9)}`;
        else if (column.kind === "integer") row[column.key] = String(r + 1);
        else row[column.key] = `第${r + 1}项内容${Math.floor(random() * 1e6)}`;
      }
      return row;
    });
  }
  return form;
}
