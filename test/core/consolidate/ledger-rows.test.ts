import { consolidate, planTotalSheet, toJson } from "../../../src/core/consolidate";
import { plannedCells } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/sheet";
import { addInForm, inputOf } from "../../_support/consolidate-factory";
import { sheetOf } from "../../_support/sheet-factory";
import { stackedRows } from "../../_support/stacked-rows";
import { smallLedgerTemplate } from "../../_support/template-factory";

/** Objects reachable from a value: what the collector has to trace (and a thread's message to copy). Dates are counted apart. */
function reachable(root: unknown): { objects: number; dates: number } {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  let dates = 0;
  while (stack.length) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Date) dates++;
    if (value instanceof Date || ArrayBuffer.isView(value)) continue;
    for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
  }
  return { objects: seen.size - dates, dates };
}

/** Objects reachable from a value, a Date not counted. */
function objectsIn(root: unknown): number {
  return reachable(root).objects;
}

describe("a ledger's stacked rows, packed", () => {
  const ledger = smallLedgerTemplate();
  const stacked = (rows: number) => {
    const units = ["教育局", "卫健局"].map((unit) =>
      addInForm(ledger, { unit }, {}, Array.from({ length: rows }, (_, r) => ({ problem: `${unit}问题${r}`, status: r % 2 ? "已完成" : "进行中", deadline: "2023-04-01" }))),
    );
    return consolidate(
      units.map((form, u) => inputOf(`${u}.xlsx`, u + 1, form.sheet, [form.binding])),
      { template: { ...ledger, initialRows: rows } },
    );
  };

  it("holds no object per row or per cell: as many objects for 2 units × 60 rows as for 2 × 3", () => {
    const small = stacked(3);
    const big = stacked(60);
    expect(big.ledger!.rowCount).toBe(120);
    expect(stackedRows(big.ledger!)[119].cells.problem).toEqual({ value: "卫健局问题59", accepted: true });
    // An object per row and per cell would be 117 × (2 + 3) more.
    expect(objectsIn(big.ledger)).toBe(objectsIn(small.ledger));
  });

  it("holds no Date per date cell: a row's dates are times among its numbers, read back as the dates they were", () => {
    const big = stacked(60);
    expect(stackedRows(big.ledger!)[119].cells.deadline).toEqual({ value: new Date(Date.UTC(2023, 3, 1)), accepted: true });
    // A Date per date cell would be 120 of them, each copied from the reading thread and by every scavenge.
    expect(reachable(big.ledger).dates).toBe(0);
  });

  it("keeps numbers, dates and texts apart and each in its place: a fraction, a whole number, a rejected figure, a date", () => {
    const withAmount = smallLedgerTemplate({ columns: [...ledger.columns, { key: "amount", label: "整改资金", kind: "decimal", decimals: 2, unit: "万元" }] });
    const sheet: CellValue[][] = [
      ["整改台账"],
      ["填报单位：教育局"],
      ["序号", "问题表述", "整改资金（万元）", "整改时限", "整改状态"],
      [1, "甲一", 0.1, 45000, "已完成"],
      [2, "甲二", 12, "2023-05-01", "未启动"],
      [3, "甲三", "未统计", null, "持续推进"],
    ];
    const result = consolidate([inputOf("甲.xlsx", 1, sheetOf(sheet, { name: "台账" }))], { template: withAmount });
    expect(stackedRows(result.ledger!).map((r) => [r.cells.problem?.value, r.cells.amount, r.cells.deadline])).toEqual([
      ["甲一", { value: 0.1, accepted: true }, { value: new Date(Date.UTC(2023, 2, 15)), accepted: true }],
      ["甲二", { value: 12, accepted: true }, { value: new Date(Date.UTC(2023, 4, 1)), accepted: true }],
      ["甲三", { value: "未统计", accepted: false }, undefined],
    ]);
    expect(result.ledger!.columnTotals).toEqual({ amount: 12.1 });
    const plan = planTotalSheet(result);
    const { firstRow, columns } = plan.anchors.ledger!;
    const cells = plannedCells(plan);
    const at = (r: number, col: number) => cells.find((c) => c.row === firstRow + r && c.col === col)?.value ?? null;
    expect([0, 1, 2].map((r) => [at(r, columns.problem), at(r, columns.amount), at(r, columns.deadline), at(r, columns.status)])).toEqual([
      ["甲一", 0.1, 45000, "已完成"],
      ["甲二", 12, (Date.UTC(2023, 4, 1) - Date.UTC(1899, 11, 30)) / 86400000, "未启动"],
      ["甲三", "未统计", null, "持续推进"],
    ]);
  });

  it("keeps every value in its own row and column: a sheet's columns in another order, one missing, blanks and rejected values", () => {
    // 教育局's sheet: its own order of columns, no 整改时限; 卫健局's the template's.
    const own: CellValue[][] = [
      ["整改台账"],
      ["填报单位：教育局"],
      ["序号", "整改状态", "完成日期", "问题表述"],
      [1, "已完成", "2023-03-01", "甲一"],
      [2, null, null, "甲二"],
      [3, "进行中", "不是日期", "甲三"],
      [4, "未启动", null, null],
    ];
    const other = addInForm(ledger, { unit: "卫健局" }, {}, [
      { problem: "乙一", deadline: "2023-05-01", status: "持续推进" },
      { problem: "乙二", deadline: "下月", status: "已完成", doneDate: "2023-06-02" },
    ]);
    const result = consolidate([inputOf("甲.xlsx", 1, sheetOf(own, { name: "台账" })), inputOf("乙.xlsx", 2, other.sheet, [other.binding])], { template: ledger });
    const rows = stackedRows(result.ledger!);
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    // Units in pinyin order: 教育局 (jiao) before 卫健局 (wei).
    expect(rows.map((r) => [r.unit, r.file, r.row, r.cells])).toEqual([
      ["教育局", "甲.xlsx", 3, { problem: { value: "甲一", accepted: true }, status: { value: "已完成", accepted: true }, doneDate: { value: day("2023-03-01"), accepted: true } }],
      ["教育局", "甲.xlsx", 4, { problem: { value: "甲二", accepted: true } }],
      ["教育局", "甲.xlsx", 5, { problem: { value: "甲三", accepted: true }, status: { value: "进行中", accepted: false }, doneDate: { value: "不是日期", accepted: false } }],
      ["教育局", "甲.xlsx", 6, { status: { value: "未启动", accepted: true } }],
      ["卫健局", "乙.xlsx", rows[4].row, { problem: { value: "乙一", accepted: true }, deadline: { value: day("2023-05-01"), accepted: true }, status: { value: "持续推进", accepted: true } }],
      ["卫健局", "乙.xlsx", rows[4].row + 1, { problem: { value: "乙二", accepted: true }, deadline: { value: "下月", accepted: false }, status: { value: "已完成", accepted: true }, doneDate: { value: day("2023-06-02"), accepted: true } }],
    ]);
    expect(result.ledger).toMatchObject({ rowCount: 6, statusCounts: { 已完成: 2, 持续推进: 1, 未启动: 1 }, unknownStatus: 2, done: 2 });
    expect(toJson(result).totals).toMatchObject({ 条数: 6, 完成数: 2 });

    // The 汇总表 puts each value under its own head, in its own row, with its unit beside it.
    const plan = planTotalSheet(result);
    const { firstRow, columns } = plan.anchors.ledger!;
    const cells = plannedCells(plan);
    const at = (r: number, col: number) => cells.find((c) => c.row === firstRow + r && c.col === col)?.value ?? null;
    expect([0, 1, 2, 3, 4, 5].map((r) => [at(r, columns.problem), at(r, columns.deadline), at(r, columns.status), at(r, ledger.columns.length + 1)])).toEqual([
      ["甲一", null, "已完成", "教育局"],
      ["甲二", null, null, "教育局"],
      ["甲三", null, "进行中", "教育局"],
      [null, null, "未启动", "教育局"],
      ["乙一", (Date.UTC(2023, 4, 1) - Date.UTC(1899, 11, 30)) / 86400000, "持续推进", "卫健局"],
      ["乙二", "下月", "已完成", "卫健局"],
    ]);
  });
});
