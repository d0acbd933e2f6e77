import { emptyFormState, type FormState } from "../../../src/core/form";
import { planSheet } from "../../../src/core/layout";
import { findingMessage } from "../../../src/core/validate";
import { headerFieldId, liveFindings } from "../../../src/taskpane/audit/live-findings";
import { smallIndicatorTemplate } from "../../_support/template-factory";

const template = smallIndicatorTemplate();
const plan = planSheet(template, { sheetName: template.title });

function formWith(values: Record<string, string>, header: FormState["header"] = {}): FormState {
  return { ...emptyFormState(template.id), values, header };
}

const messagesOf = (form: FormState) =>
  Object.fromEntries(Object.entries(liveFindings(template, plan, form)).map(([id, list]) => [id, list.map((f) => findingMessage(f))]));

describe("liveFindings", () => {
  it("reports a placeholder under the field it was typed into", () => {
    expect(messagesOf(formWith({ total: "xx" }))).toEqual({ total: ["「企业总数」填的是占位符“xx”，请填写实际数值"] });
  });

  it("finds nothing wrong with a plain count", () => {
    expect(liveFindings(template, plan, formWith({ total: "12" }))).toEqual({});
  });

  it("puts a finding on several fields under the field the audit locates it at", () => {
    // 企业总数 = 规上 + 规下 is a complete breakdown: 12 ≠ 5 + 9 is located on the total.
    const found = liveFindings(template, plan, formWith({ total: "12", big: "5", small: "9" }));
    expect(Object.keys(found)).toEqual(["total"]);
    expect(found.total[0].code).toBe("validate.complete-mismatch");
  });

  it("reports a header field by its own id", () => {
    const found = liveFindings(template, plan, formWith({}, { reportDate: "xx" }));
    expect(Object.keys(found)).toEqual([headerFieldId("reportDate")]);
  });

  describe("edge cases", () => {
    it("says nothing about fields not filled in yet, required or not", () => {
      expect(liveFindings(template, plan, formWith({}))).toEqual({});
      expect(liveFindings(template, plan, formWith({ total: "   " }))).toEqual({});
    });

    it("keeps several findings of one field together", () => {
      const found = liveFindings(template, plan, formWith({ total: "-3", big: "1" }));
      expect(found.total.map((f) => f.code).sort()).toEqual(["validate.below-min", "validate.complete-mismatch"].sort());
    });
  });
});
