import { inferTemplate } from "../../../src/core/infer";
import { problemText } from "../../../src/core/locale";
import type { CellValue } from "../../../src/core/sheet";
import { tableColumns, tableRows, type IndicatorTemplate } from "../../../src/core/template";
import { sheetOf } from "../../_support/sheet-factory";

function inferred(rows: CellValue[][], extra: Parameters<typeof sheetOf>[1] = {}) {
  const outcome = inferTemplate(sheetOf(rows, extra));
  if (!outcome.ok) throw new Error(problemText(outcome.problem));
  return { template: outcome.template as IndicatorTemplate, notes: outcome.notes.map((n) => problemText(n.problem)) };
}

const tree = (template: IndicatorTemplate) => tableRows(template).map((r) => `${"  ".repeat(r.depth)}${r.indicator.label}`);

describe("inferTemplate", () => {
  it("reads the title, 表号 and 制表机关 in one cell, and a 截止时间 in a cell of its own", () => {
    const { template } = inferred([
      ["防汛物资储备统计表"],
      ["表号：防汛1表　　制表机关：县防汛办"],
      ["填报单位（盖章）：", null, "截止时间：", "2023年6月1日"],
      ["指标名称", "计量单位", "本期", "累计"],
      ["编织袋", "万条", null, null],
      ["救生衣", "件", null, null],
    ]);
    expect(template).toMatchObject({ title: "防汛物资储备统计表", tableNo: "防汛1表", issuer: "县防汛办", periodKind: "as-of", stubHead: "指标名称" });
    expect(tableRows(template).map((r) => [r.indicator.label, r.indicator.unit, r.indicator.kind])).toEqual([
      ["编织袋", "万条", "decimal"],
      ["救生衣", "件", "integer"],
    ]);
  });

  it("builds the 其中 tree from the prefix, then the indentation of the labels", () => {
    const { template } = inferred(
      [
        ["项目", "单位", "本期"],
        ["排查人员", "人", null],
        ["其中：返乡人员", "人", null],
        ["外来人员", "人", null],
        ["    其中：外省", "人", null],
        ["隔离人员", "人", null],
      ],
      { indents: { "3,0": 1 } },
    );
    expect(tree(template)).toEqual(["排查人员", "  返乡人员", "  外来人员", "    外省", "隔离人员"]);
  });

  it("nests （1） under 1. where the form is not indented", () => {
    const { template } = inferred([
      ["项目", "单位", "本期", "累计"],
      ["1.春播面积", "亩", null, null],
      ["（1）粮食", "亩", null, null],
      ["（2）蔬菜", "亩", null, null],
      ["2.化肥", "吨", null, null],
    ]);
    expect(tree(template)).toEqual(["春播面积", "  粮食", "  蔬菜", "化肥"]);
  });

  it("takes a total whose cells add up its parts for a complete breakdown", () => {
    const { template, notes } = inferred(
      [
        ["指标名称", "计量单位", "本期"],
        ["应急资金", "万元", null],
        ["其中：县级", "万元", null],
        ["乡级", "万元", null],
      ],
      { formulas: { "1,2": "=SUM(C3:C4)" }, indents: { "2,0": 1, "3,0": 1 } },
    );
    expect(tableRows(template)[0].indicator.breakdown).toBe("complete");
    expect(notes.some((n) => n.includes("其中"))).toBe(false);
  });

  it("reads a grid's 合计 row, group heads, units in heads and rate columns", () => {
    const { template } = inferred(
      [
        ["类别", "企业情况", null, null],
        [null, "企业数（家）", "复工（家）", "复工率（%）"],
        ["合计", null, null, null],
        ["工业", null, null, null],
        ["商贸", null, null, null],
      ],
      { merges: [{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 0, right: 3 }], formulas: { "3,3": "=C4/B4*100", "4,3": "=C5/B5*100" } },
    );
    expect(template.totalRow).toMatchObject({ label: "合计", position: "first" });
    expect(tableColumns(template).map((c) => [c.label, c.group, c.unit, c.kind, c.formula?.type])).toEqual([
      ["企业数", "企业情况", "家", "integer", undefined],
      ["复工", "企业情况", "家", "integer", undefined],
      ["复工率", "企业情况", "%", "percent", "ratio"],
    ]);
  });

  it("takes a row numbered 一 in the 序号 column, with nothing to fill, for a section heading", () => {
    const { template } = inferred([
      ["序号", "指标名称", "计量单位", "本期", "累计"],
      ["一", "资金保障", null, null, null],
      [1, "应急资金", "万元", 10, 20],
      ["二", "物资保障", null, null, null],
      [2, "口罩", "万只", 1.5, 3],
    ]);
    expect(template.sections.map((s) => [s.title, s.indicators.map((i) => i.label)])).toEqual([
      ["资金保障", ["应急资金"]],
      ["物资保障", ["口罩"]],
    ]);
  });

  it("ends the table at its notes and signatures", () => {
    const { template } = inferred([
      ["指标名称", "计量单位", "数值"],
      ["检查次数", "次", 3],
      ["注：检查次数含联合检查。"],
      ["填表人：", "张三"],
      ["乱写的一行", "次", 5],
    ]);
    expect(tree(template)).toEqual(["检查次数"]);
  });

  describe("says what it is not sure of, naming the cell", () => {
    it("a head found without a 主栏 head word", () => {
      const { notes } = inferred([
        ["品目", "本期", "累计"],
        ["大米", 1, 2],
      ]);
      expect(notes).toContain("没有找到“指标名称”“项目”等主栏表头，按 A1“品目”所在行作表头");
    });

    it("a row without a unit or figures, taken as a count", () => {
      const { template, notes } = inferred([
        ["指标名称", "本期", "累计"],
        ["走访户数", null, null],
      ]);
      expect(tableRows(template)[0].indicator.kind).toBe("integer");
      expect(notes).toContain("A2“走访户数”没有计量单位，按整数（个数）处理");
    });

    it("a row after a 其中 part that is not indented", () => {
      const { template, notes } = inferred([
        ["指标名称", "计量单位", "本期"],
        ["稿件", "篇", null],
        ["其中：省级", "篇", null],
        ["市级", "篇", null],
      ]);
      expect(tree(template)).toEqual(["稿件", "  省级", "市级"]);
      expect(notes).toContain("A4“市级”紧接在“稿件”的“其中”项之后，但没有缩进，看不出是否也属于“稿件”，按与“稿件”并列处理");
    });

    it("two rows of one name in one part", () => {
      const { notes } = inferred([
        ["指标名称", "计量单位", "本期"],
        ["宣讲", "场", null],
        ["宣讲", "人次", null],
      ]);
      expect(notes).toContain("A3“宣讲”在同一部分中与 A2 重名，汇总时两行无法区分，请改名");
    });

    it("a rate without a formula: kept per unit, never summed", () => {
      const { template, notes } = inferred([
        ["指标名称", "计量单位", "本期"],
        ["报送", "篇", null],
        ["采用率", "%", null],
      ]);
      expect(tableRows(template)[1].indicator).toMatchObject({ kind: "percent", aggregate: "keep-per-unit" });
      expect(notes).toContain("A3“采用率”是比率但表中没有计算公式，汇总时不相加，只分单位列出");
    });

    it("a 同比 column without a formula, and a column whose role cannot be told", () => {
      const { template, notes } = inferred([
        ["指标名称", "计量单位", "本期", "上年同期", "同比增减（%）", "目标数"],
        ["报送", "篇", null, null, null, null],
      ]);
      expect(tableColumns(template).map((c) => c.role)).toEqual(["current", "previous-year", "change", undefined]);
      expect(notes).toContain("E1 栏目“同比增减”没有公式，按（本期 − 上年同期）÷ 上年同期 × 100 计算");
      expect(notes).toContain("F1 栏目“目标数”看不出是本期、累计还是上年同期，按普通数值栏处理");
    });
  });

  describe("edge cases", () => {
    it("refuses a sheet without any head, naming the sheet", () => {
      const outcome = inferTemplate(sheetOf([["会议纪要"], ["一、研究了春耕工作"]]));
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(problemText(outcome.problem)).toContain("工作表“Sheet1”中找不到表头");
    });

    it("refuses a head with no rows under it", () => {
      const outcome = inferTemplate(sheetOf([["指标名称", "本期"]]));
      expect(outcome.ok).toBe(false);
    });

    it("gives copies of one form, titled each by its unit, the same id", () => {
      const form = (title: string) => inferred([[title], ["指标名称", "计量单位", "本期"], ["检查", "次", 1]]).template.id;
      expect(form("城关镇安全检查表")).toBe(form("南湖乡安全检查表"));
      expect(form("城关镇安全检查表")).toMatch(/^form-[0-9a-z]+$/);
    });
  });
});
