import { consolidate, planUnitDetailSheet } from "../../../../src/core/consolidate";
import { plannedCells } from "../../../../src/core/layout";
import { columnLetters } from "../../../../src/core/sheet";
import { unitRowAddress } from "../../../../src/taskpane/consolidate/_lib/unit-row-address";
import { addInForm, inputOf } from "../../../_support/consolidate-factory";
import { smallIndicatorTemplate } from "../../../_support/template-factory";

const template = smallIndicatorTemplate();

function detail() {
  const inputs = ["城关镇", "东关街道"].map((unit, i) => {
    const { sheet, binding } = addInForm(template, { unit }, { total: String(10 * (i + 1)) });
    return inputOf(`${unit}.xlsx`, i, sheet, [binding]);
  });
  return planUnitDetailSheet(consolidate(inputs, { template }));
}

describe("unitRowAddress", () => {
  it("is the unit's whole row of 分单位明细, found by its name in the 单位 column", () => {
    const plan = detail();
    const address = unitRowAddress(plan, "东关街道")!;
    const [, row] = /^A(\d+):/.exec(address)!;
    expect(plannedCells(plan).find((c) => c.row === Number(row) - 1 && c.col === 1)?.value).toBe("东关街道");
    expect(address).toBe(`A${row}:${columnLetters(plan.columnWidths.length - 1)}${row}`);
    expect(unitRowAddress(plan, "城关镇")).not.toBe(address);
  });

  describe("edge cases", () => {
    it("finds no row for a unit not in the sheet, nor for the 合计 row", () => {
      const plan = detail();
      expect(unitRowAddress(plan, "北山镇")).toBeUndefined();
      expect(unitRowAddress(plan, "合计")).toBeUndefined();
    });
  });
});
