import { freeSheetNames, planSheet, type SheetPlan } from "../../../src/core/layout";
import { smallIndicatorTemplate } from "../../_support/template-factory";

const plansNamed = (...names: string[]): SheetPlan[] => names.map((sheetName) => planSheet(smallIndicatorTemplate(), { sheetName }));
const namesOf = (plans: SheetPlan[]) => plans.map((p) => p.sheetName);

describe("freeSheetNames", () => {
  it("keeps the names when none is taken", () => {
    expect(namesOf(freeSheetNames(plansNamed("汇总表", "分单位明细"), ["Sheet1"]))).toEqual(["汇总表", "分单位明细"]);
  });

  it("numbers every sheet alike, with the smallest number that frees them all", () => {
    const taken = ["汇总表", "汇总表(2)", "分单位明细(3)"];
    expect(namesOf(freeSheetNames(plansNamed("汇总表", "分单位明细"), taken))).toEqual(["汇总表(4)", "分单位明细(4)"]);
  });

  describe("edge cases", () => {
    it("compares names without case, as Excel does", () => {
      expect(namesOf(freeSheetNames(plansNamed("Summary"), ["SUMMARY"]))).toEqual(["Summary(2)"]);
    });

    it("keeps a numbered name within Excel's 31 characters", () => {
      const long = "某".repeat(31);
      const [plan] = freeSheetNames(plansNamed(long), [long]);
      expect(plan.sheetName).toHaveLength(31);
      expect(plan.sheetName.endsWith("(2)")).toBe(true);
    });

    it("changes nothing else of a plan, nor the plans given", () => {
      const plans = plansNamed("汇总表");
      const [renamed] = freeSheetNames(plans, ["汇总表"]);
      expect({ ...renamed, sheetName: "汇总表" }).toEqual(plans[0]);
      expect(plans[0].sheetName).toBe("汇总表");
    });
  });
});
