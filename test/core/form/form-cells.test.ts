import { emptyFormState, formToCells, sheetToForm, type FormState } from "../../../src/core/form";
import { planSheet } from "../../../src/core/layout";
import type { CellValue, SheetSnapshot } from "../../../src/core/sheet";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";

/** Apply writes to an empty grid, as a workbook would. */
function sheetFrom(writes: { row: number; col: number; value: CellValue }[]): SheetSnapshot {
  const rows: CellValue[][] = [];
  for (const w of writes) {
    rows[w.row] ??= [];
    rows[w.row][w.col] = w.value;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: "s", visibility: "visible", rows, merges: [] };
}

describe("form ⇄ cells", () => {
  const template = smallIndicatorTemplate();
  const plan = planSheet(template);

  it("writes plain numbers as numbers and keeps what else was typed as text", () => {
    const form: FormState = { ...emptyFormState("small"), values: { total: "92", big: "300余", funds: "930.95" } };
    const writes = formToCells(template, plan.anchors, form);
    const at = (key: string) => writes.find((w) => w.row === plan.anchors.indicators![key].row && w.col === 3)?.value;
    expect(at("total")).toBe(92);
    expect(at("big")).toBe("300余");
    expect(at("funds")).toBe(930.95);
  });

  it("never writes over a computed rate", () => {
    const writes = formToCells(template, plan.anchors, { ...emptyFormState("small"), values: { rate: "50" } });
    const rate = plan.anchors.indicators!.rate;
    expect(writes.some((w) => w.row === rate.row && w.col === rate.valueCol)).toBe(false);
  });

  it("clears a field emptied in the form", () => {
    const writes = formToCells(template, plan.anchors, emptyFormState("small"));
    expect(writes.find((w) => w.row === plan.anchors.indicators!.total.row && w.col === 3)).toEqual(expect.objectContaining({ value: null }));
  });

  it("reads back what it wrote", () => {
    const form: FormState = {
      ...emptyFormState("small"),
      header: { unit: "城关镇", period: "2023年2月20日24时", reportDate: "2023-02-21" },
      values: { total: "92", big: "3", small: "89", funds: "12.5" },
      notes: { funds: "含已收货未支付款项" },
    };
    const back = sheetToForm(template, plan.anchors, sheetFrom(formToCells(template, plan.anchors, form)));
    expect(back).toEqual(form);
  });

  it("round-trips ledger rows and clears rows removed since the last save", () => {
    const ledgerTemplate = smallLedgerTemplate();
    const ledgerPlan = planSheet(ledgerTemplate);
    const form: FormState = {
      ...emptyFormState("small-ledger"),
      rows: [
        { problem: "制度不健全", status: "已完成", doneDate: "2023-03-01" },
        { problem: "台账不规范", status: "持续推进" },
      ],
    };
    const back = sheetToForm(ledgerTemplate, ledgerPlan.anchors, sheetFrom(formToCells(ledgerTemplate, ledgerPlan.anchors, form)));
    expect(back.rows).toEqual(form.rows);
    const writes = formToCells(ledgerTemplate, ledgerPlan.anchors, { ...form, rows: form.rows.slice(0, 1) }, 8);
    const lastRow = ledgerPlan.anchors.ledger!.firstRow + 7;
    expect(writes.filter((w) => w.row === lastRow).every((w) => w.value === null)).toBe(true);
  });
});

describe("edge cases", () => {
  it("reads dates and errors as the clerk would see them", () => {
    const template = smallIndicatorTemplate();
    const plan = planSheet(template);
    const at = plan.anchors.header.reportDate!;
    const sheet = sheetFrom([{ ...at, value: new Date(Date.UTC(2023, 1, 21)) }, { row: plan.anchors.indicators!.total.row, col: 3, value: { error: "#N/A" } }]);
    const form = sheetToForm(template, plan.anchors, sheet);
    expect(form.header.reportDate).toBe("2023-02-21");
    expect(form.values.total).toBe("#N/A");
  });

  it("does not turn an impossible date into another day", () => {
    const writes = formToCells(smallIndicatorTemplate(), planSheet(smallIndicatorTemplate()).anchors, { ...emptyFormState("small"), header: { reportDate: "2023-02-30" } });
    expect(writes.some((w) => w.value === "2023-02-30")).toBe(true);
  });
});
