import { PartialWriteError, writeSheets } from "../../../src/app";
import { consolidate, summaryPlans } from "../../../src/core/consolidate";
import { WorkbookError } from "../../../src/workbook/workbook-error";
import { addInForm, inputOf } from "../../_support/consolidate-factory";
import { fakeWorkbookPort } from "../../_support/fake-workbook-port";
import { smallIndicatorTemplate } from "../../_support/template-factory";

const template = smallIndicatorTemplate();

function plans() {
  const { sheet, binding } = addInForm(template, { unit: "城关镇" }, { total: "12" });
  return summaryPlans(consolidate([inputOf("城关镇.xlsx", 0, sheet, [binding])], { template }));
}

describe("writeSheets", () => {
  it("writes every sheet of the summary and binds the 汇总表 to its template", async () => {
    const port = fakeWorkbookPort({ sheetNames: ["Sheet1"] });
    await writeSheets(port, plans(), { template });
    expect(port.sheets.map((s) => s.name)).toEqual(["Sheet1", "汇总表", "分单位明细", "未报单位", "审核情况", "来源清单"]);
    expect(port.bindings.map((b) => [b.sheetName, b.templateId])).toEqual([["汇总表", template.id]]);
  });

  describe("edge cases", () => {
    it("names the sheets it had made when writing fails half-way, with the cause", async () => {
      const port = fakeWorkbookPort({ sheetNames: ["Sheet1"] });
      const create = port.createSheet.bind(port);
      let calls = 0;
      const cause = new WorkbookError("payload-too-large", "too big");
      port.createSheet = async (plan, options) => {
        if (++calls === 3) throw cause;
        return create(plan, options);
      };
      const failure = await writeSheets(port, plans(), { template }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(PartialWriteError);
      expect((failure as PartialWriteError).written).toEqual(["汇总表", "分单位明细"]);
      expect((failure as PartialWriteError).cause).toBe(cause);
    });

    it("does not count a sheet replaced as one it made", async () => {
      const port = fakeWorkbookPort({ sheetNames: ["汇总表"] });
      port.failNext("writeBinding", new Error("metadata sheet locked"));
      const failure = (await writeSheets(port, plans(), { template, onTaken: () => "replace" }).catch((error: unknown) => error)) as PartialWriteError;
      expect(failure.written).toEqual(["分单位明细", "未报单位", "审核情况", "来源清单"]);
    });
  });
});
