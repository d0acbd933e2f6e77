import { errorText } from "../../../src/taskpane/status";
import { WorkbookError } from "../../../src/workbook/workbook-error";

describe("errorText", () => {
  it("names the sheet the error's detail names", () => {
    expect(errorText(new WorkbookError("sheet-not-found", "x", { detail: { sheet: "复工复产统计表" } }))).toBe(
      "找不到工作表“复工复产统计表”，它可能已被删除或改名。",
    );
  });

  it("names the file from the operation when the detail does not", () => {
    expect(errorText(new WorkbookError("legacy-xls", "x"), { file: "城关镇.xls" })).toBe(
      "“城关镇.xls”是旧版 .xls 格式，请先在 Excel 中另存为 .xlsx 再打开。",
    );
  });

  it("tells the clerk to leave cell-edit mode when Excel is busy", () => {
    expect(errorText(new WorkbookError("busy", "x"))).toContain("请先按 Enter 或 Esc 结束编辑");
  });

  describe("edge cases", () => {
    it("gives any other failure with its own message", () => {
      expect(errorText(new Error("network down"))).toBe("操作未能完成：network down");
      expect(errorText("plain")).toBe("操作未能完成：plain");
    });

    it("keeps Excel's own words for a host error", () => {
      expect(errorText(new WorkbookError("host-error", "InvalidArgument"))).toBe("Excel 报告了错误：InvalidArgument");
    });
  });
});
