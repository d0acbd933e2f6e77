import { emptyFormState, formToCells } from "../../../../src/core/form";
import { planSheet } from "../../../../src/core/layout";
import { cellAddress } from "../../../../src/core/sheet";
import { validateWorkbook } from "../../../../src/core/validate";
import { noteCellOf } from "../../../../src/app/audit/_lib/note-cell";
import { sheetFromPlan } from "../../../_support/sheet-factory";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../../_support/template-factory";
import type { ReportTemplate } from "../../../../src/core/template";

function audit(template: ReportTemplate, form: Parameters<typeof formToCells>[2], blank?: string) {
  const plan = planSheet(template, { sheetName: "表" });
  const snapshot = sheetFromPlan(plan, formToCells(template, plan.anchors, form));
  if (blank) for (const row of snapshot.rows) row.forEach((v, i) => v === blank && (row[i] = null));
  const validation = validateWorkbook(
    { sheets: [snapshot], bindings: [{ sheetName: "表", templateId: template.id }] },
    { known: [template] },
  );
  return { plan, validation };
}

describe("noteCellOf", () => {
  it("finds the 备注 cell in the row of an indicator's value, with what it holds", () => {
    const template = smallIndicatorTemplate();
    const { plan, validation } = audit(template, {
      ...emptyFormState(template.id),
      values: { resumed: "无" },
      notes: { resumed: "见说明" },
    });
    const finding = validation.findings.find((f) => f.code === "validate.nil")!;
    const at = plan.anchors.indicators!.resumed;
    expect(finding.location.cell).toBe(cellAddress(at.row, at.valueCol));
    expect(noteCellOf(validation.readings, finding)).toEqual({ cell: cellAddress(at.row, at.noteCol), text: "见说明" });
  });

  it("finds a ledger row's cell in its 备注 column", () => {
    const template = smallLedgerTemplate({ columns: [...smallLedgerTemplate().columns, { key: "remark", label: "备注", kind: "text" }] });
    const rows = [
      { problem: "台账不全", status: "已完成" },
      { problem: "台账不全", status: "已完成" },
    ];
    const { plan, validation } = audit(template, { ...emptyFormState(template.id), rows });
    const finding = validation.findings.find((f) => f.code === "validate.duplicate-row")!;
    const cell = noteCellOf(validation.readings, finding)!;
    const { firstRow, columns } = plan.anchors.ledger!;
    expect([firstRow, firstRow + 1].map((r) => cellAddress(r, columns.remark))).toContain(cell.cell);
  });

  describe("edge cases", () => {
    it("gives nothing when the sheet has no 备注 column", () => {
      const template = smallIndicatorTemplate();
      const { validation } = audit(template, { ...emptyFormState(template.id), values: { resumed: "无" } }, "备注");
      const finding = validation.findings.find((f) => f.code === "validate.nil")!;
      expect(noteCellOf(validation.readings, finding)).toBeUndefined();
    });

    it("gives nothing for a finding on another sheet or on no value cell", () => {
      const template = smallIndicatorTemplate();
      const { validation } = audit(template, { ...emptyFormState(template.id), values: { resumed: "无" } });
      const finding = validation.findings.find((f) => f.code === "validate.nil")!;
      expect(noteCellOf(validation.readings, { ...finding, location: { ...finding.location, sheet: "别的表" } })).toBeUndefined();
      expect(noteCellOf(validation.readings, { ...finding, location: { ...finding.location, cell: "A1" } })).toBeUndefined();
    });
  });
});
