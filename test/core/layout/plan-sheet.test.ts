import { planSheet, sheetNameFor } from "../../../src/core/layout";
import type { SheetPlan } from "../../../src/core/layout";
import { cellAddress } from "../../../src/core/sheet";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";

function textAt(plan: SheetPlan, row: number, col: number) {
  return plan.cells.find((c) => c.row === row && c.col === col)?.value;
}

describe("planSheet for an indicator table", () => {
  const plan = planSheet(smallIndicatorTemplate(), { header: { unit: "城关镇" } });

  it("names the sheet after the title and puts the title across the table", () => {
    expect(plan.sheetName).toBe("测试统计表");
    expect(textAt(plan, 0, 0)).toBe("测试统计表");
    expect(plan.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });
  });

  it("prints 制表机关 and 表号 on the second row", () => {
    expect(textAt(plan, 1, 0)).toBe("制表机关：县测试办");
    expect(String(textAt(plan, 1, 3))).toContain("表号：测试1表");
  });

  it("fills the 填报单位 field it was given and anchors every header field", () => {
    const at = plan.anchors.header.unit!;
    expect(textAt(plan, at.row, at.col)).toBe("城关镇");
    expect(textAt(plan, at.row, at.col - 1)).toBe("填报单位：");
    expect(Object.keys(plan.anchors.header).sort()).toEqual(["period", "phone", "preparer", "reportDate", "statHead", "unit", "unitHead"].sort());
  });

  it("labels the period 截至时间 for an as-of table", () => {
    const at = plan.anchors.header.period!;
    expect(textAt(plan, at.row, at.col - 1)).toBe("截至时间：");
  });

  it("writes the table head 序号 · 指标名称 · 计量单位 · 数值 · 备注 and freezes below it", () => {
    const headRow = plan.freeze.rows - 1;
    expect([0, 1, 2, 3, 4].map((c) => textAt(plan, headRow, c))).toEqual(["序号", "指标名称", "计量单位", "数值", "备注"]);
    expect(plan.print.titleRows).toEqual({ first: headRow, last: headRow });
  });

  it("indents 其中 children under their total and prefixes only the first", () => {
    const big = plan.anchors.indicators!.big;
    const small = plan.anchors.indicators!.small;
    expect(textAt(plan, big.row, 1)).toBe("其中：规上企业");
    expect(textAt(plan, small.row, 1)).toBe("规下企业");
    expect(plan.cells.find((c) => c.row === big.row && c.col === 1)?.indent).toBe(2);
  });

  it("puts section headings with Chinese ordinals", () => {
    expect(plan.cells.some((c) => c.value === "一、基本情况" && c.style === "section")).toBe(true);
    expect(plan.cells.some((c) => c.value === "二、资金" && c.style === "section")).toBe(true);
  });

  it("computes a rate with a formula over its parts' cells and does not make it an input", () => {
    const rate = plan.anchors.indicators!.rate;
    const cell = plan.cells.find((c) => c.row === rate.row && c.col === rate.valueCol)!;
    const num = cellAddress(plan.anchors.indicators!.resumed.row, 3);
    const den = cellAddress(plan.anchors.indicators!.total.row, 3);
    expect(cell.formula).toBe(`IF(N(${den})=0,"",${num}/${den}*100)`);
    expect(cell.locked).toBe(true);
  });

  it("unlocks input cells only and gives them number formats and Excel validation", () => {
    const total = plan.anchors.indicators!.total;
    const input = plan.cells.find((c) => c.row === total.row && c.col === total.valueCol)!;
    expect(input.locked).toBe(false);
    expect(input.numberFormat).toBe("#,##0");
    const funds = plan.anchors.indicators!.funds;
    expect(plan.cells.find((c) => c.row === funds.row && c.col === funds.valueCol)!.numberFormat).toBe("#,##0.00");
    expect(plan.validations).toContainEqual(expect.objectContaining({ type: "whole", min: 0, range: { top: total.row, left: 3, bottom: total.row, right: 3 } }));
    expect(plan.cells.filter((c) => c.style === "label").every((c) => c.locked)).toBe(true);
  });

  it("puts the signature fields below the table", () => {
    const lastIndicatorRow = Math.max(...Object.values(plan.anchors.indicators!).map((a) => a.row));
    expect(plan.anchors.header.preparer!.row).toBeGreaterThan(lastIndicatorRow);
    expect(plan.anchors.header.reportDate!.row).toBeGreaterThan(lastIndicatorRow);
  });

  it("sets up A4 printing and protection", () => {
    expect(plan.print.paperSize).toBe("A4");
    expect(plan.protect).toBe(true);
  });
});

describe("planSheet for a ledger", () => {
  const plan = planSheet(smallLedgerTemplate());

  it("lays out 序号 plus the typed columns and the blank rows", () => {
    const ledger = plan.anchors.ledger!;
    expect(textAt(plan, ledger.headRow, 0)).toBe("序号");
    expect(textAt(plan, ledger.headRow, ledger.columns.status)).toBe("整改状态");
    expect(ledger.rowCapacity).toBe(5);
    expect(textAt(plan, ledger.firstRow + 4, 0)).toBe(5);
  });

  it("offers the status list as Excel validation beyond the laid-out rows", () => {
    const col = plan.anchors.ledger!.columns.status;
    const list = plan.validations.find((v) => v.type === "list" && v.range.left === col);
    expect(list).toMatchObject({ options: ["已完成", "持续推进", "未启动"] });
    expect(list!.range.bottom).toBeGreaterThan(plan.anchors.ledger!.firstRow + 100);
  });

  it("keeps every header field above the table", () => {
    for (const at of Object.values(plan.anchors.header)) expect(at!.row).toBeLessThan(plan.anchors.ledger!.headRow);
  });

  it("prints the 序号 column on every page and freezes it with the head", () => {
    expect(plan.print.titleColumns).toEqual({ first: 0, last: 0 });
    expect(plan.freeze).toEqual({ rows: plan.anchors.ledger!.headRow + 1, columns: 1 });
  });
});

describe("edge cases", () => {
  it("makes a sheet name legal and unique", () => {
    expect(sheetNameFor("表[1]/2:*?")).toBe("表12");
    expect(sheetNameFor("测试统计表", ["测试统计表"])).toBe("测试统计表(2)");
    expect(sheetNameFor("一".repeat(40)).length).toBe(31);
    expect(sheetNameFor("   ")).toBe("报表");
  });

  it("never puts two cells at the same place", () => {
    for (const plan of [planSheet(smallIndicatorTemplate()), planSheet(smallLedgerTemplate())]) {
      const seen = new Set(plan.cells.map((c) => `${c.row},${c.col}`));
      expect(seen.size).toBe(plan.cells.length);
    }
  });
});
