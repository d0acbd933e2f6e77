import { join } from "node:path";
import { planRosterSheet, type Roster } from "../../core/consolidate";
import { formToCells, type FormState } from "../../core/form";
import { tableCells, type ReportTemplate } from "../../core/template";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { writeXlsxFile } from "../../workbook/xlsx/xlsx-file";
import { buildUnitWorkbook } from "../_lib/unit-workbook";
import { seededRandom } from "../_lib/seeded-random";
import { plausibleForm, zeroForm } from "./plausible-form";

/** The sample county: six units expected, of which 北山镇 never reports. */
export const SAMPLE_ROSTER: Roster = {
  units: [
    { name: "城关镇", aliases: ["城关镇人民政府"], parent: "县政府" },
    { name: "东关街道", aliases: ["东关街道办事处"], parent: "县政府" },
    { name: "西关街道", aliases: [], parent: "县政府" },
    { name: "南湖乡", aliases: ["南湖乡人民政府"], parent: "县政府" },
    { name: "北山镇", aliases: [], parent: "县政府" },
    { name: "县教育局", aliases: ["教育局"], parent: "县直部门" },
  ],
};

export const periodFor = (template: ReportTemplate) => (template.periodKind === "as-of" ? "2023年2月20日24时" : "2023年上半年");

/**
 * A row measured in 万… whose figures a unit may send in the base unit (元 for 万元, 只 for 万只): its
 * unit, its values in every column that takes the row's unit (本期 and 累计 alike: the row's 计量单位
 * cell speaks for all of them), and the value beside that cell.
 */
function scaledRow(template: ReportTemplate): { unit: string; keys: string[]; firstKey: string } | undefined {
  if (template.kind !== "indicators") return undefined;
  const shape = tableCells(template);
  const row = shape.rows.find((r) => r.indicator.unit?.startsWith("万") && !r.indicator.formula && !r.indicator.children);
  const firstKey = row && shape.keyOf(row.indicator.key, shape.columns[0].key);
  if (!row || !firstKey) return undefined;
  const keys = shape.columns
    .filter((c) => !c.unit)
    .map((c) => shape.keyOf(row.indicator.key, c.key))
    .filter((key): key is string => key !== undefined && !shape.byKey.get(key)?.formula && !shape.byKey.get(key)?.change);
  return { unit: row.indicator.unit!, keys, firstKey };
}

interface Sample {
  file: string;
  form: FormState;
  /** This unit reports the scaled row in the base unit, having changed the row's 计量单位 cell. */
  inBaseUnit?: boolean;
}

/**
 * Unit workbooks of one template, as a county office receives them: 城关镇 under its full name,
 * 东关街道 twice (a corrected resubmission, later 报出日期), 西关街道 with a figure in another unit of
 * measure (元 where the form says 万元), 南湖乡 a zero report, 县教育局 with a placeholder left in,
 * and nothing from 北山镇. Writes them into `folder`; returns the file names.
 */
export async function writeSampleUnits(folder: string, template: ReportTemplate): Promise<string[]> {
  const random = seededRandom([...template.id].reduce((h, c) => h * 31 + c.charCodeAt(0), 7));
  const header = (unit: string, reportDate: string) => ({ unit, period: periodFor(template), preparer: "王明", phone: "0371-12345678", reportDate });
  const scaled = scaledRow(template);
  const samples: Sample[] = [
    { file: "城关镇人民政府.xlsx", form: plausibleForm(template, header("城关镇人民政府", "2023-02-21"), random, 2) },
    { file: "东关街道.xlsx", form: plausibleForm(template, header("东关街道", "2023-02-21"), random) },
    { file: "东关街道（更正）.xlsx", form: plausibleForm(template, header("东关街道", "2023-02-22"), random) },
    { file: "西关街道.xlsx", form: plausibleForm(template, header("西关街道", "2023-02-21"), random) },
    { file: "南湖乡.xlsx", form: zeroForm(template, header("南湖乡", "2023-02-21")) },
    { file: "县教育局.xlsx", form: plausibleForm(template, header("县教育局", "2023-02-21"), random, 0.5) },
  ];
  const west = samples[3];
  if (scaled && scaled.keys.some((key) => west.form.values[key])) {
    for (const key of scaled.keys) if (west.form.values[key]) west.form.values[key] = String(Math.round(Number(west.form.values[key]) * 10000));
    west.inBaseUnit = true;
  }
  const bureau = samples[5];
  const firstValue = Object.keys(bureau.form.values).find((k) => !scaled?.keys.includes(k));
  if (firstValue) bureau.form.values[firstValue] = "xx";

  for (const sample of samples) {
    const { workbook, plan } = await buildUnitWorkbook(template, sample.form.header, sample.file);
    const writes = formToCells(template, plan.anchors, sample.form);
    if (sample.inBaseUnit && scaled) {
      // The 计量单位 column is the one before the first value column.
      const at = plan.anchors.indicators![scaled.firstKey];
      writes.push({ row: at.row, col: at.valueCol - 1, value: scaled.unit.slice(1) });
    }
    await workbook.writeCells(plan.sheetName, writes);
    await writeXlsxFile(join(folder, sample.file), workbook);
  }
  return samples.map((s) => s.file);
}

/** The sample roster as a workbook a clerk would keep. */
export async function writeSampleRoster(path: string): Promise<void> {
  const workbook = XlsxWorkbook.create("单位名录.xlsx");
  await workbook.createSheet(planRosterSheet(SAMPLE_ROSTER));
  await writeXlsxFile(path, workbook);
}
