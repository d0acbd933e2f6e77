import { consolidate, planMissingSheet, summaryPlans, type ConsolidationResult } from "../../../src/core/consolidate";
import { extractReport } from "../../../src/core/extract";
import { LEGIBLE_SCALE, numberFormatFor, plannedCells, type SheetPlan } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/sheet";
import { findBuiltinTemplate } from "../../../src/core/template";
import type { IndicatorTemplate } from "../../../src/core/template/types";
import { addInForm, inputOf, rosterOf, unitForm } from "../../_support/consolidate-factory";
import { sheetFromPlan } from "../../_support/sheet-factory";
import { countIndicator, smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";
import { stackedRows } from "../../_support/stacked-rows";

const template = smallIndicatorTemplate();
const supplies = () => findBuiltinTemplate("supplies") as IndicatorTemplate;
const roster = rosterOf(["城关镇", [], "县政府"], "东城街道", ["西城街道", [], "县政府"], "北关镇");

function result(): ConsolidationResult {
  const a = unitForm(template, { total: 92, big: 3, small: 89, resumed: 80, funds: 12.5 }, { unit: "城关镇", period: "2月20日24时" });
  const b = unitForm(template, { total: 10, big: 2, small: 8, resumed: 6, funds: "1.25" }, { unit: "东城街道", period: "2月20日24时" });
  const zero = unitForm(template, { total: 0, big: 0, small: 0, resumed: 0, funds: 0 }, { unit: "北关镇" });
  return consolidate([inputOf("城关镇.xlsx", 1, a), inputOf("东城街道.xlsx", 2, b), inputOf("北关镇.xlsx", 3, zero)], { template, roster });
}

function grid(plan: SheetPlan): CellValue[][] {
  return sheetFromPlan(plan).rows;
}

function rowStarting(plan: SheetPlan, col: number, text: string): CellValue[] {
  const found = grid(plan).find((row) => row[col] === text);
  if (!found) throw new Error(`no row with ${text}`);
  return found;
}

describe("summaryPlans", () => {
  it("gives the five sheets in order, only the 汇总表 bound to the template", () => {
    const plans = summaryPlans(result());
    expect(plans.map((p) => p.sheetName)).toEqual(["汇总表", "分单位明细", "未报单位", "审核情况", "来源清单"]);
    expect(plans.map((p) => p.templateId)).toEqual(["small", "", "", "", ""]);
  });

  it("makes a 汇总表 that is itself a valid input one level up", () => {
    const first = result();
    const [total] = summaryPlans(first, { officeName: "县指挥部", reportDate: new Date(Date.UTC(2023, 1, 21)) });
    const sheet = sheetFromPlan(total);
    const report = extractReport(template, sheet);
    expect(report.header.unit?.text).toBe("县指挥部");
    expect(report.header.period?.text).toBe("2月20日24时");
    const up = consolidate([inputOf("县指挥部.xlsx", 1, sheet)], { template, roster: rosterOf("县指挥部") });
    expect(up.inputs[0]).toMatchObject({ status: "accepted", unit: "县指挥部", valuesRejected: 0 });
    expect(up.inputs[0].reportDate?.toISOString()).toBe("2023-02-21T00:00:00.000Z");
    for (const t of first.totals) expect(up.totals.find((u) => u.key === t.key)?.value).toBeCloseTo(t.value!, 9);
  });

  it("keeps the rate's formula in the 汇总表 with the value recomputed from the totals", () => {
    const first = result();
    const [total] = summaryPlans(first);
    const rateRow = total.anchors.indicators!.rate;
    const cell = total.cells.find((c) => c.row === rateRow.row && c.col === rateRow.valueCol)!;
    expect(cell.formula).toMatch(/^IF\(N\(/);
    expect(cell.value).toBeCloseTo((86 / 102) * 100, 9);
    expect(total.cells.find((c) => c.row === rateRow.row && c.col === rateRow.noteCol)?.value).toBe("由汇总后的数重新计算");
  });

  it("notes in 备注 the hedge a total keeps: 300余 + 20 is written 余", () => {
    const a = unitForm(template, { resumed: "300余", total: 400 }, { unit: "城关镇" });
    const b = unitForm(template, { resumed: 20, total: 30 }, { unit: "东城街道" });
    const [total] = summaryPlans(consolidate([inputOf("a.xlsx", 1, a), inputOf("b.xlsx", 2, b)], { template, roster }));
    const at = total.anchors.indicators!.resumed;
    expect(total.cells.find((c) => c.row === at.row && c.col === at.noteCol)?.value).toBe("部分单位填报的是约数，合计记作“余”");
  });

  it("names in 备注 the units a total leaves out: a figure refused, or a row their sheet lacks — not a blank", () => {
    const a = unitForm(template, { total: 92, resumed: "xx", funds: 12.5 }, { unit: "城关镇" });
    const b = unitForm(template, { total: 10, resumed: 6 }, { unit: "东城街道", label: (l) => (l === "应急资金" ? "应急资金拨付" : l) });
    const c = unitForm(template, { total: 5, resumed: 5 }, { unit: "西城街道" });
    const first = consolidate([inputOf("a.xlsx", 1, a), inputOf("b.xlsx", 2, b), inputOf("c.xlsx", 3, c)], { template, roster });
    // 西城街道 left 应急资金 blank: a figure (0), not a gap.
    expect(first.totals.find((t) => t.key === "resumed")?.uncounted).toEqual(["城关镇"]);
    expect(first.totals.find((t) => t.key === "funds")?.uncounted).toEqual(["东城街道"]);
    expect(first.totals.find((t) => t.key === "total")?.uncounted).toBeUndefined();
    const [total] = summaryPlans(first);
    const note = (key: string) => total.cells.find((cell) => cell.row === total.anchors.indicators![key].row && cell.col === total.anchors.indicators![key].noteCol)?.value;
    expect(note("resumed")).toBe("不含城关镇（未计入，见审核情况）");
    expect(note("funds")).toBe("不含东城街道（未计入，见审核情况）");
    expect(note("total") ?? null).toBeNull();
  });

  it("gives a row of several columns one 备注: a note of some of its values names their columns, one of all of them is written once", () => {
    const table = supplies();
    const a = addInForm(table, { unit: "城关镇" }, { "masks.current": "2", "masks.cumulative": "xx", "gloves.current": "3", "gloves.cumulative": "9" });
    const b = addInForm(table, { unit: "东城街道" }, { "masks.current": "1", "masks.cumulative": "4", "gloves.current": "xx", "gloves.cumulative": "xx" });
    const [total] = summaryPlans(consolidate([inputOf("a.xlsx", 1, a.sheet, [a.binding]), inputOf("b.xlsx", 2, b.sheet, [b.binding])], { template: table, roster }));
    const note = (key: string) => total.cells.find((cell) => cell.row === total.anchors.indicators![key].row && cell.col === total.anchors.indicators![key].noteCol)?.value;
    expect(note("masks.current")).toBe("累计：不含城关镇（未计入，见审核情况）");
    expect(note("gloves.current")).toBe("不含东城街道（未计入，见审核情况）");
  });

  it("lists units × indicators with a 合计 row, ranks and data bars in 分单位明细", () => {
    const [, detail] = summaryPlans(result());
    const rows = grid(detail);
    expect(rows[1]).toEqual(["序号", "单位", "企业总数（家）", "规上企业（家）", "规下企业（家）", "已复工（家）", "复工率（%）", "应急资金（万元）", "排名（企业总数）"]);
    expect(rowStarting(detail, 1, "城关镇")).toEqual([1, "城关镇", 92, 3, 89, 80, (80 / 92) * 100, 12.5, 1]);
    expect(rowStarting(detail, 1, "东城街道").slice(-1)).toEqual([2]);
    expect(rowStarting(detail, 1, "北关镇").slice(-1)).toEqual([3]);
    const totalRow = rowStarting(detail, 1, "合计");
    expect(totalRow.slice(2, 8)).toEqual([102, 5, 97, 86, (86 / 102) * 100, 13.75]);
    expect(detail.dataBars).toEqual([{ top: 2, left: 2, bottom: 4, right: 2 }]);
  });

  it("shows the template's key indicators first, then the rest in form order, ranked by the first key one", () => {
    const keyed: IndicatorTemplate = { ...template, keyIndicators: ["resumed", "funds"] };
    const a = unitForm(keyed, { total: 92, big: 3, small: 89, resumed: 80, funds: 12.5 }, { unit: "城关镇" });
    const [, detail] = summaryPlans(consolidate([inputOf("城关镇.xlsx", 1, a)], { template: keyed }));
    expect(grid(detail)[1]).toEqual(["序号", "单位", "已复工（家）", "应急资金（万元）", "企业总数（家）", "规上企业（家）", "规下企业（家）", "复工率（%）", "排名（已复工）"]);
    expect(rowStarting(detail, 1, "城关镇")).toEqual([1, "城关镇", 80, 12.5, 92, 3, 89, (80 / 92) * 100, 1]);
  });

  it("prints 分单位明细 at a legible scale with 序号 and 单位 on every page, however many indicators", () => {
    const wide: IndicatorTemplate = {
      ...template,
      sections: [{ title: "多项", indicators: Array.from({ length: 30 }, (_, i) => countIndicator(`k${i}`, `第${i + 1}项指标`)) }],
    };
    const [, detail] = summaryPlans(consolidate([inputOf("城关镇.xlsx", 1, unitForm(wide, { k0: 1 }, { unit: "城关镇" }))], { template: wide }));
    expect(detail.print).toMatchObject({ orientation: "landscape", scale: LEGIBLE_SCALE, titleColumns: { first: 0, last: 1 }, titleRows: { first: 1, last: 1 } });
  });

  it("ranks by a chosen indicator, equals sharing a rank", () => {
    const [, detail] = summaryPlans(result(), { rankBy: "big" });
    expect(grid(detail)[1].at(-1)).toBe("排名（规上企业）");
    expect(["城关镇", "东城街道", "北关镇"].map((u) => rowStarting(detail, 1, u).at(-1))).toEqual([1, 2, 3]);
  });

  it("lists missing units with their parent, and zero reports apart", () => {
    const missing = planMissingSheet(result());
    const rows = grid(missing);
    expect(rows[0][0]).toBe("测试统计表未报单位（1个，名录共4个）");
    expect(rows[2]).toEqual([1, "西城街道", "县政府"]);
    expect(rowStarting(missing, 0, "零报告单位（1个）")).toBeDefined();
    expect(rowStarting(missing, 1, "北关镇")).toEqual([1, "北关镇", null]);
  });

  it("lists the findings with unit, file, severity, place and indicator", () => {
    const a = unitForm(template, { total: "xx" }, { unit: "城关镇" });
    const [, , , findings] = summaryPlans(consolidate([inputOf("城关镇.xlsx", 1, a)], { template, roster }));
    const row = rowStarting(findings, 5, "企业总数");
    expect(row.slice(1, 5)).toEqual(["城关镇", "城关镇.xlsx", "错误", expect.stringMatching(/^Sheet1!D\d+$/)]);
    expect(row[6]).toContain("占位符");
  });

  it("accounts for each file in 来源清单, with its hash and reasons", () => {
    const a = unitForm(template, { total: "xx", big: 1, funds: 25000 }, { unit: "城关镇", units: { funds: "元" } });
    const input = { ...inputOf("城关镇.xlsx", 1, a), sha256: "ab12" };
    const bad = { fileName: "坏.xlsx", error: { code: "file-unreadable", message: "文件已损坏" } };
    const [, , , , sources] = summaryPlans(consolidate([input, bad], { template, roster }));
    expect(grid(sources)[1]).toEqual(["序号", "文件", "单位", "单位认定", "表式", "识别方式", "采用情况", "读取", "采用", "换算", "拒收", "未填", "原因", "SHA-256"]);
    const row = rowStarting(sources, 1, "城关镇.xlsx");
    expect(row.slice(2, 12)).toEqual(["城关镇", "名称一致", "测试统计表", expect.stringMatching(/^按内容识别（\d+%）$/), "采用", 3, 2, 1, 1, 3]);
    expect(row[12]).toMatch(/^D\d+ 企业总数：“xx”是未填写的占位符/);
    expect(row[13]).toBe("ab12");
    expect(rowStarting(sources, 1, "坏.xlsx")[12]).toBe("文件“坏.xlsx”无法读取：文件已损坏");
  });

  it("stacks a ledger into the template's own form with a 来源单位 column", () => {
    const ledger = smallLedgerTemplate();
    const a = addInForm(ledger, { unit: "教育局" }, {}, [{ problem: "制度不健全", status: "已完成", doneDate: "2023-03-01" }]);
    const b = addInForm(ledger, { unit: "卫健局" }, {}, [{ problem: "台账不规范", status: "持续推进" }, { problem: "-缺少记录", status: "未启动" }]);
    const res = consolidate([inputOf("a.xlsx", 1, a.sheet, [a.binding]), inputOf("b.xlsx", 2, b.sheet, [b.binding])], { template: ledger });
    const [total, detail] = summaryPlans(res);
    const { headRow, firstRow } = total.anchors.ledger!;
    const rows = grid(total);
    expect(rows[headRow].at(-1)).toBe("来源单位");
    // Units in pinyin order (教育局 jiao before 卫健局 wei), each unit's rows in its own order.
    expect(rows.slice(firstRow, firstRow + 3).map((r) => [r[1], r.at(-1)])).toEqual([
      ["制度不健全", "教育局"],
      ["台账不规范", "卫健局"],
      ["-缺少记录", "卫健局"],
    ]);
    const again = extractReport(ledger, sheetFromPlan(total));
    expect(again.rows).toHaveLength(3);
    expect(again.rows[0].cells.doneDate.value).toBe(44986);
    expect(grid(detail)[1]).toEqual(["序号", "单位", "条数", "已完成", "持续推进", "未启动", "状态未填或不明", "完成数", "完成率（%）", "排名（完成率（%））"]);
    expect(rowStarting(detail, 1, "合计").slice(2, 9)).toEqual([3, 1, 1, 1, 0, 1, (1 / 3) * 100]);
  });

  it("holds a ledger's stacked rows and its findings as blocks of rows: the plans' own cells as many for 8 units × 30 rows as for 2 × 3", () => {
    const ledger = smallLedgerTemplate();
    const stacked = (units: number, rows: number) => {
      const inputs = Array.from({ length: units }, (_, u) => {
        // Every third row's 整改时限 is no date: a finding each, for 审核情况.
        const form = addInForm(ledger, { unit: `单位${u}` }, {}, Array.from({ length: rows }, (_, r) => ({ problem: `问题${u}-${r}`, status: "已完成", ...(r % 3 ? {} : { deadline: "不是日期" }) })));
        return inputOf(`${u}.xlsx`, u + 1, form.sheet, [form.binding]);
      });
      const res = consolidate(inputs, { template: ledger });
      return { res, plans: summaryPlans(res) };
    };
    const small = stacked(2, 3);
    const big = stacked(8, 30);
    const blockCells = (plan: SheetPlan) => (plan.blocks ?? []).reduce((n, b) => n + b.rowCount * b.columns.length, 0);
    expect(big.res.ledger!.rowCount).toBe(240);
    expect(blockCells(big.plans[0])).toBe(240 * (ledger.columns.length + 2));
    expect(big.plans[0].cells).toHaveLength(small.plans[0].cells.length);
    expect(big.res.findings.length).toBeGreaterThanOrEqual(80);
    expect(blockCells(big.plans[3])).toBe(big.res.findings.length * 7);
    expect(big.plans[3].cells).toHaveLength(small.plans[3].cells.length);
  });

  it("stands for the very cells a ledger form lays out for each stacked row: 序号, the template's columns (text as text), 来源单位", () => {
    const ledger = smallLedgerTemplate();
    const a = addInForm(ledger, { unit: "教育局" }, {}, [{ problem: "制度不健全", status: "已完成", doneDate: "2023-03-01" }, { problem: "12", deadline: "2023-04-01" }]);
    const res = consolidate([inputOf("a.xlsx", 1, a.sheet, [a.binding])], { template: ledger });
    const [total] = summaryPlans(res);
    const { firstRow } = total.anchors.ledger!;
    const formats = ledger.columns.map((column) => numberFormatFor(column.kind, column.decimals));
    const expected = stackedRows(res.ledger!).flatMap((row, r) => [
      { row: firstRow + r, col: 0, value: r + 1, style: "serial", locked: true },
      ...ledger.columns.map((column, i) => {
        const value = row.cells[column.key]?.value ?? null;
        const serial = value instanceof Date ? (value.getTime() - Date.UTC(1899, 11, 30)) / 86400000 : value;
        return { row: firstRow + r, col: i + 1, value: serial, style: "input", locked: false, numberFormat: typeof serial === "string" ? "@" : formats[i] };
      }),
      { row: firstRow + r, col: ledger.columns.length + 1, value: row.unit, style: "label", locked: true, numberFormat: "@" },
    ]);
    expect(expected).toHaveLength(2 * (ledger.columns.length + 2));
    expect(plannedCells(total).filter((c) => c.row >= firstRow)).toEqual(expected);
  });

  describe("edge cases", () => {
    it("writes text from the inputs as strings, never as formulas", () => {
      const mixed: IndicatorTemplate = {
        ...template,
        sections: [{ indicators: [countIndicator("n", "数量"), { key: "how", label: "主要做法", kind: "text", aggregate: "keep-per-unit" }] }],
      };
      const a = unitForm(mixed, { n: 1, how: "=SUM(A1:A9)" }, { unit: "@城关镇" });
      const b = unitForm(mixed, { n: "+5x" }, { unit: "-东城" });
      const plans = summaryPlans(consolidate([inputOf("=a.xlsx", 1, a), inputOf("b.xlsx", 2, b)], { template: mixed }));
      const risky = plans.flatMap((p) => plannedCells(p)).filter((c) => typeof c.value === "string" && /^[=+\-@]/.test(c.value));
      expect(risky.length).toBeGreaterThanOrEqual(4);
      for (const cell of risky) {
        expect(cell.formula).toBeUndefined();
        expect(cell.numberFormat).toBe("@");
      }
    });

    it("says so when there is no roster, and when every unit has reported", () => {
      const a = unitForm(template, { total: 1 }, { unit: "城关镇" });
      expect(grid(planMissingSheet(consolidate([inputOf("a.xlsx", 1, a)], { template })))[2][0]).toBe("未提供单位名录，无法确定未报单位");
      const all = consolidate([inputOf("a.xlsx", 1, a)], { template, roster: rosterOf("城关镇") });
      expect(grid(planMissingSheet(all))[2][0]).toBe("名录中的单位均已报送");
    });

    it("plans every sheet for a consolidation with no units at all", () => {
      const plans = summaryPlans(consolidate([], { template, roster }));
      expect(plans).toHaveLength(5);
      expect(plans[1].dataBars).toBeUndefined();
      expect(grid(plans[3])[2][0]).toBe("未发现问题");
    });
  });
});
