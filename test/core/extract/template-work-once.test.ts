import * as labels from "../../../src/core/extract/normalize-label";
import * as names from "../../../src/core/template/value-names";
import { extractReport } from "../../../src/core/extract";
import { readReport } from "../../../src/core/validate";
import { findBuiltinTemplate } from "../../../src/core/template";
import { valueFields } from "../../../src/core/template/value-fields";
import type { IndicatorTemplate } from "../../../src/core/template/types";
import type { CellValue } from "../../../src/core/sheet";
import { sheetOf } from "../../_support/sheet-factory";

/**
 * Issue 17: what depends on the template only is worked out once per template, not again for each of
 * the 500 files a consolidation reads against it. Counted in calls, not timed.
 */

const supplies = findBuiltinTemplate("supplies") as IndicatorTemplate;
const resumption = findBuiltinTemplate("resumption") as IndicatorTemplate;

function suppliesSheet(): ReturnType<typeof sheetOf> {
  const rows: CellValue[][] = [["防疫物资储备情况表"], ["填报单位：城关镇"], ["物资名称", "计量单位", "本期数"]];
  for (const row of supplies.sections.flatMap((s) => s.indicators).slice(0, 3)) rows.push([row.label, row.unit ?? null, 5]);
  return sheetOf(rows);
}

function resumptionSheet(): ReturnType<typeof sheetOf> {
  const rows: CellValue[][] = [
    ["复工复产统计表"],
    ["填报单位：城关镇"],
    ["企业类别", "企业复工情况", null, null, "人员返岗情况", null, null],
    [null, "企业总数（家）", "已复工（家）", "复工率（%）", "员工总数（人）", "已返岗（人）", "人员复工率（%）"],
    ["规模以上工业", 40, 38, 95, 600, 570, 95],
  ];
  return sheetOf(rows, {
    merges: [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 2, right: 3 },
      { top: 2, left: 4, bottom: 2, right: 6 },
    ],
  });
}

/** The texts normalizeLabel is asked for while `run` runs. */
function labelsNormalised(run: () => void): string[] {
  const spy = jest.spyOn(labels, "normalizeLabel");
  try {
    run();
    return spy.mock.calls.map(([text]) => text);
  } finally {
    spy.mockRestore();
  }
}

describe("extraction: the template's column names normalised once per template", () => {
  it("does not normalise the heads a one-column form may go by again for a second file", () => {
    extractReport(supplies, suppliesSheet());
    const asked = labelsNormalised(() => extractReport(supplies, suppliesSheet()));
    // 填报数 and 本日数 are heads the form's one value column may go by; neither is on the sheet.
    expect(asked).not.toContain("填报数");
    expect(asked).not.toContain("本日数");
    expect(asked).toContain("本期数");
  });

  it("does not normalise a grid form's column labels again for a second file", () => {
    const first = extractReport(resumption, resumptionSheet());
    expect(first.problems).toEqual([]);
    const asked = labelsNormalised(() => extractReport(resumption, resumptionSheet()));
    // The sheet's own heads are normalised as they are read; the form's other names are not.
    const onSheet = new Set(resumptionSheet().rows.flat().map((v) => String(v).normalize("NFKC")));
    const formNames = (resumption.columns ?? []).flatMap((c) => [c.label, ...(c.aliases ?? [])]).filter((n) => !onSheet.has(n));
    expect(formNames.length).toBeGreaterThan(0);
    expect(asked.filter((text) => formNames.includes(text))).toEqual([]);
  });
});

describe("the audit's reading: each value's field made once per template", () => {
  it("names a grid's values with their column without working the names out per file", () => {
    const report = extractReport(resumption, resumptionSheet());
    readReport(resumption, report);
    const spy = jest.spyOn(names, "valueNames");
    try {
      const reading = readReport(resumption, report);
      expect(spy).not.toHaveBeenCalled();
      // The names are the same as before: the value with its column.
      for (const [key, field] of reading.indicators) expect(field.label).toBe(names.valueNames(resumption).get(key));
      expect(reading.indicators.size).toBeGreaterThan(0);
    } finally {
      spy.mockRestore();
    }
  });

  it("gives the same field object for a value on every call", () => {
    const key = [...valueFields(resumption).keys()][0];
    expect(valueFields(resumption).get(key)).toBe(valueFields(resumption).get(key));
    expect(valueFields(supplies)).toBe(valueFields(supplies));
  });
});
