import { formFieldAt, formFieldKey } from "../../../src/core/form";
import { planSheet } from "../../../src/core/layout";
import { cellAddress } from "../../../src/core/sheet";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";

describe("formFieldAt: the form's field at a cell of its sheet", () => {
  const indicators = planSheet(smallIndicatorTemplate(), { sheetName: "测试统计表" }).anchors;
  const ledger = planSheet(smallLedgerTemplate(), { sheetName: "台账" }).anchors;

  it("finds a table value by its key, and a header field by its key", () => {
    const total = indicators.indicators!.total;
    expect(formFieldAt(indicators, cellAddress(total.row, total.valueCol))).toEqual({ kind: "value", key: "total" });
    const unit = indicators.header.unit!;
    expect(formFieldAt(indicators, cellAddress(unit.row, unit.col))).toEqual({ kind: "header", key: "unit" });
  });

  it("finds a ledger cell as its row (counted from the first row of entries) and column", () => {
    const { firstRow, columns } = ledger.ledger!;
    const [column, col] = Object.entries(columns)[1]!;
    expect(formFieldAt(ledger, cellAddress(firstRow + 2, col))).toEqual({ kind: "ledger", row: 2, column });
  });

  it("gives each field a key of its own, the one the form puts on its input", () => {
    expect(formFieldKey({ kind: "value", key: "total" })).toBe("total");
    expect(formFieldKey({ kind: "header", key: "unit" })).toBe("header.unit");
    expect(formFieldKey({ kind: "ledger", row: 2, column: "problem" })).toBe("ledger.2.problem");
  });

  describe("edge cases", () => {
    it("finds nothing at a 备注, above a ledger's entries, or at an address that is not one", () => {
      const total = indicators.indicators!.total;
      expect(formFieldAt(indicators, cellAddress(total.row, total.noteCol))).toBeUndefined();
      expect(formFieldAt(ledger, cellAddress(ledger.ledger!.headRow, 1))).toBeUndefined();
      expect(formFieldAt(indicators, "第3行")).toBeUndefined();
    });
    it("reads an address written with $ or in lower case as the same cell", () => {
      const total = indicators.indicators!.total;
      const address = cellAddress(total.row, total.valueCol);
      expect(formFieldAt(indicators, `$${address.replace(/(\d)/, "$$$1")}`.toLowerCase())).toEqual({ kind: "value", key: "total" });
    });
  });
});
