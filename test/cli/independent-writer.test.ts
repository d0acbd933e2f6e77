import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { planSheet } from "../../src/core/layout";
import { cellAddress } from "../../src/core/sheet";
import { BUILTIN_TEMPLATES, flattenIndicators, valueNames, type IndicatorTemplate, type TableValue } from "../../src/core/template";
import { fillWithOpenpyxl } from "../_support/grid-workbook";
import { describeWithOpenpyxl } from "../_support/openpyxl";
import { expectCleanError, runCli } from "../_support/run-cli";

/**
 * Each built-in form as HuiBao draws it, filled in by another program — openpyxl, which writes values
 * and leaves every formula without a cached result — on all its columns, for three units, then
 * consolidated: every value's total is the sum (or the largest, where the form says so) computed here,
 * rates and changes are recomputed from the summed parts, and a 合计 row adds up its rows.
 */

const UNITS = ["城关镇", "东关街道", "南湖乡"];
const indicatorTemplates = BUILTIN_TEMPLATES.filter((t): t is IndicatorTemplate => t.kind === "indicators");

/** Whether a value is typed by the clerk (not a rate, a change or a 合计 the form computes). */
const typed = (v: TableValue) => !v.formula && !v.change && !v.isTotal && ["integer", "decimal", "money"].includes(v.kind);

/** A figure for a unit's value: whole for counts, two decimals otherwise; a 累计 at least its 本期. */
function figure(value: TableValue, unit: number, index: number): number {
  const base = 3 + ((index * 37 + unit * 11) % 97);
  const scaled = value.role === "cumulative" ? base * 10 : base;
  return value.kind === "integer" ? scaled : Number((scaled + 0.25 * (unit + 1)).toFixed(2));
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "huibao-openpyxl-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describeWithOpenpyxl.each(indicatorTemplates.map((t) => [t.id, t] as const))("the built-in %s form filled by openpyxl", (id, template) => {
  it("consolidates to the sums computed here, value by value, rates recomputed", async () => {
    const plan = planSheet(template);
    const values = flattenIndicators(template).map((p) => p.indicator);
    const entered = values.filter(typed);
    const jobs = [];
    const expected = new Map<string, number>();
    for (const [u, unit] of UNITS.entries()) {
      const file = path.join(folder, `${id}-${unit}.xlsx`);
      const made = await runCli(folder, "template", "new-workbook", id, "--unit", unit, "-o", file);
      expect(made.code).toBe(0);
      const cells: Record<string, number | string> = {};
      entered.forEach((value, i) => {
        const at = plan.anchors.indicators![value.key];
        const n = figure(value, u, i);
        cells[cellAddress(at.row, at.valueCol)] = n;
        const before = expected.get(value.key);
        expected.set(value.key, before === undefined ? n : value.aggregate === "max" ? Math.max(before, n) : before + n);
      });
      const preparer = plan.anchors.header.preparer!;
      cells[cellAddress(preparer.row, preparer.col)] = "张三";
      jobs.push({ file, sheet: plan.sheetName, cells });
    }
    expect(fillWithOpenpyxl(jobs)).toBe("");

    const run = await runCli(folder, "consolidate", ...jobs.map((j) => j.file), "--template", id, "-o", path.join(folder, `${id}-汇总.xlsx`), "--json");
    expectCleanError(run);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    expect([...json.units.received].sort()).toEqual([...UNITS].sort());
    const totals: Record<string, number> = json.totals;
    const names = valueNames(template);
    const totalOf = (key: string): number | undefined => {
      const value = values.find((v) => v.key === key)!;
      if (typed(value)) return expected.get(key);
      if (value.isTotal) return value.children!.reduce((sum, c) => sum + (totalOf(c.key) ?? 0), 0);
      if (value.formula) return (totalOf(value.formula.numerator)! / totalOf(value.formula.denominator)!) * value.formula.scale;
      const [current, base] = [totalOf(value.change!.current)!, totalOf(value.change!.base)!];
      return value.change!.points ? current - base : ((current - base) / base) * value.change!.scale;
    };
    for (const value of values) {
      if (!["integer", "decimal", "money", "percent"].includes(value.kind)) continue;
      const want = totalOf(value.key);
      expect([names.get(value.key), totals[names.get(value.key)!]]).toEqual([names.get(value.key), expect.closeTo(want!, 6)]);
    }
  });
});
