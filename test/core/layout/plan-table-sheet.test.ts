import { NOT_FILLED, planSheet } from "../../../src/core/layout";
import { cellAddress } from "../../../src/core/sheet";
import { findBuiltinTemplate } from "../../../src/core/template";
import type { IndicatorTemplate } from "../../../src/core/template/types";

/** The layout of a table of several columns: a two-row head under group heads, locked formulas, — where a row takes nothing. */

const resumption = findBuiltinTemplate("resumption") as IndicatorTemplate;
const supplies = findBuiltinTemplate("supplies") as IndicatorTemplate;
const propaganda = findBuiltinTemplate("propaganda") as IndicatorTemplate;

function cellAt(plan: ReturnType<typeof planSheet>, address: string) {
  return plan.cells.find((c) => cellAddress(c.row, c.col) === address);
}

describe("a grid's layout", () => {
  const plan = planSheet(resumption);
  const at = plan.anchors.indicators!;

  it("prints group heads over their columns and the 主栏's head down both head rows", () => {
    const head = plan.print.titleRows;
    expect(head.last).toBe(head.first + 1);
    const texts = (row: number) => plan.cells.filter((c) => c.row === row && c.value !== null).sort((a, b) => a.col - b.col).map((c) => c.value);
    expect(texts(head.first)).toEqual(["序号", "企业类别", "企业复工情况", "人员返岗情况", "备注"]);
    expect(texts(head.last)).toEqual(["企业总数（家）", "已复工（家）", "复工率（%）", "员工总数（人）", "已返岗（人）", "人员复工率（%）"]);
    expect(plan.merges).toContainEqual({ top: head.first, left: 0, bottom: head.last, right: 0 });
    expect(plan.merges).toContainEqual({ top: head.first, left: 2, bottom: head.first, right: 4 });
    expect(plan.merges).toContainEqual({ top: head.first, left: 5, bottom: head.first, right: 7 });
    expect(plan.freeze).toEqual({ rows: head.last + 1, columns: 2 });
  });

  it("puts the 合计 row first, adding up the classes' cells, and computes every rate on its own row", () => {
    const total = at["all.total"];
    const first = at["industry.total"];
    expect(total.row).toBeLessThan(first.row);
    const sum = cellAt(plan, cellAddress(total.row, total.valueCol))!;
    expect(sum).toMatchObject({ style: "computed", locked: true });
    expect(sum.formula).toBe(`SUM(${["industry", "trade", "services", "construction", "selfEmployed"].map((k) => cellAddress(at[`${k}.total`].row, at[`${k}.total`].valueCol)).join(",")})`);
    const rate = cellAt(plan, cellAddress(first.row, at["industry.resumptionRate"].valueCol))!;
    const [num, den] = [cellAddress(first.row, at["industry.resumed"].valueCol), cellAddress(first.row, at["industry.total"].valueCol)];
    expect(rate.formula).toBe(`IF(N(${den})=0,"",${num}/${den}*100)`);
    expect(cellAt(plan, cellAddress(first.row, at["industry.staff"].valueCol))).toMatchObject({ style: "input", locked: false });
  });
});

describe("an indicator list with 本期新增 | 累计", () => {
  const plan = planSheet(supplies);
  const at = plan.anchors.indicators!;

  it("keeps a 计量单位 column and gives each row an input in each of its columns", () => {
    expect(plan.cells.filter((c) => c.value === "计量单位")).toHaveLength(1);
    expect(at["masks.current"].row).toBe(at["masks.cumulative"].row);
    expect(at["masks.cumulative"].valueCol).toBe(at["masks.current"].valueCol + 1);
  });

  it("prints — where a row takes no figure (库存 has no 本期新增), locked", () => {
    const stock = at["maskStock.cumulative"];
    expect(at["maskStock.current"]).toBeUndefined();
    expect(cellAt(plan, cellAddress(stock.row, stock.valueCol - 1))).toMatchObject({ value: NOT_FILLED, locked: true });
  });
});

describe("a half-year list with 本期 | 上年同期 | 同比增减", () => {
  const plan = planSheet(propaganda);
  const at = plan.anchors.indicators!;

  it("computes 同比 in per cent, and a rate's 同比 in 个百分点", () => {
    const news = at["newsArticles.yoy"];
    const [current, base] = [cellAddress(news.row, at["newsArticles.current"].valueCol), cellAddress(news.row, at["newsArticles.lastYear"].valueCol)];
    expect(cellAt(plan, cellAddress(news.row, news.valueCol))?.formula).toBe(`IF(OR(${current}="",N(${base})=0),"",(${current}-${base})/${base}*100)`);
    const rate = at["infoAdoptionRate.yoy"];
    const [c, b] = [cellAddress(rate.row, at["infoAdoptionRate.current"].valueCol), cellAddress(rate.row, at["infoAdoptionRate.lastYear"].valueCol)];
    expect(cellAt(plan, cellAddress(rate.row, rate.valueCol))?.formula).toBe(`IF(OR(${c}="",${b}=""),"",${c}-${b})`);
  });
});
