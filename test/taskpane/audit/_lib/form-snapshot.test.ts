import { emptyFormState, sheetToForm, type FormState } from "../../../../src/core/form";
import { planSheet } from "../../../../src/core/layout";
import { formSnapshot } from "../../../../src/taskpane/audit/_lib/form-snapshot";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../../_support/template-factory";

describe("formSnapshot", () => {
  it("is the sheet a save would leave: reading it back gives the form again", () => {
    const template = smallIndicatorTemplate();
    const plan = planSheet(template, { sheetName: "表" });
    const form: FormState = {
      ...emptyFormState(template.id),
      header: { unit: "城关镇" },
      values: { total: "12", funds: "300余" },
      notes: { funds: "含已拨付" },
    };
    const snapshot = formSnapshot(template, plan, form);
    expect(snapshot.name).toBe("表");
    const back = sheetToForm(template, plan.anchors, snapshot);
    expect(back.header.unit).toBe("城关镇");
    expect(back.values).toEqual({ total: "12", funds: "300余" });
    expect(back.notes).toEqual({ funds: "含已拨付" });
  });

  describe("edge cases", () => {
    it("keeps the plan's labels and merges, and holds ledger rows past the laid-out ones", () => {
      const template = smallLedgerTemplate({ initialRows: 1 });
      const plan = planSheet(template, { sheetName: "台账" });
      const rows: Array<Record<string, string>> = [{ problem: "台账不全" }, { problem: "制度缺失", status: "已完成" }];
      const snapshot = formSnapshot(template, plan, { ...emptyFormState(template.id), rows });
      expect(snapshot.merges).toEqual(plan.merges);
      expect(snapshot.rows[0][0]).toBe(template.title);
      expect(sheetToForm(template, plan.anchors, snapshot).rows).toEqual(rows);
    });
  });
});
