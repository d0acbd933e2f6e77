import { reminderNotice } from "../../../src/app/consolidate/reminder-notice";
import { consolidate, type UnitInput } from "../../../src/core/consolidate";
import { addInForm, inputOf, unitForm } from "../../_support/consolidate-factory";
import { smallIndicatorTemplate } from "../../_support/template-factory";

const template = smallIndicatorTemplate();

/** `count` units' add-in forms, each in a file of its own, one figure left as a placeholder so every file is chased. */
function unitInputs(count: number): UnitInput[] {
  return Array.from({ length: count }, (_, i) => {
    const { sheet, binding } = addInForm(template, { unit: `单位${i + 1}`, period: "2023年2月20日" }, { total: "10", big: "4", small: "6", resumed: "待核实", funds: "1.5" });
    return inputOf(`单位${i + 1}.xlsx`, i, sheet, [binding]);
  });
}

describe("reminderNotice", () => {
  it("chases a counted file for the values its sheet does not have, by name, besides those it refused", () => {
    const a = unitForm(template, { total: 10, resumed: "xx", funds: 2 }, { unit: "城关镇", label: (l) => (l === "应急资金" ? "应急资金拨付" : l) });
    const b = unitForm(template, { total: 5, resumed: 5, funds: 1 }, { unit: "东城街道" });
    const notice = reminderNotice(consolidate([inputOf("城关镇.xlsx", 1, a), inputOf("东城街道.xlsx", 2, b)], { template }));
    const line = notice.split("\n").find((l) => l.includes("城关镇.xlsx"))!;
    expect(line).toMatch(/1 个数未计入（.*已复工.*）；1 项在表中没有找到（应急资金），请按表式填报$/);
    expect(notice).not.toContain("东城街道.xlsx");
  });

  it("reads the list of files a few times over, not once more for each file (2,000 files made it quadratic)", () => {
    const result = consolidate(unitInputs(300), { template });
    let reads = 0;
    const counted = new Proxy(result.inputs, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const notice = reminderNotice({ ...result, inputs: counted });
    // Every file was chased by name, so the notice did walk the list.
    expect(notice).toContain("单位300.xlsx");
    expect(reads).toBeLessThan(result.inputs.length * 5);
  });
});
