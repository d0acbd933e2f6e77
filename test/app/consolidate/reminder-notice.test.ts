import { reminderNotice } from "../../../src/app/consolidate/reminder-notice";
import { consolidate, type UnitInput } from "../../../src/core/consolidate";
import { addInForm, inputOf } from "../../_support/consolidate-factory";
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
