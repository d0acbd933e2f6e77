import { runExcel, type ExcelBatch, type ExcelRun } from "../../../src/workbook/office";
import { WorkbookError } from "../../../src/workbook/workbook-error";
import { workbookErrorOf } from "./_support/workbook-error-of";
import { ExcelFake, officeError } from "./_support/excel-fake";

const noWait = async () => undefined;

/** A run that fails with these codes in turn, then runs the batch on the mock. */
function failingThen(fake: ExcelFake, ...codes: string[]): { run: ExcelRun; calls: () => number } {
  let calls = 0;
  const run = ((options: Excel.RunOptions, batch: ExcelBatch<unknown>) => {
    const code = codes[calls++];
    return code ? Promise.reject(officeError(code)) : fake.run(options, batch);
  }) as ExcelRun;
  return { run, calls: () => calls };
}

describe("runExcel", () => {
  it("asks Excel to hold the batch back while the clerk is editing a cell rather than refuse it", async () => {
    const fake = new ExcelFake();
    await runExcel(async () => "done", { run: fake.run });
    expect(fake.runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  it("runs the batch on the host's context and returns its result", async () => {
    const fake = new ExcelFake([{ name: "数据", cells: [["甲", 3]] }]);
    const sync = jest.spyOn(fake.mock.context, "sync");
    const value = await runExcel(
      async (context) => {
        const range = context.workbook.worksheets.getItem("数据").getRangeByIndexes(0, 0, 1, 2);
        range.load("values");
        await context.sync();
        return range.values;
      },
      { run: fake.run },
    );
    expect(value).toEqual([["甲", 3]]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("retries while the clerk is editing a cell, waiting longer each time, then succeeds", async () => {
    const fake = new ExcelFake();
    const { run, calls } = failingThen(fake, "InvalidOperationInCellEditMode", "InvalidOperationInCellEditMode");
    const waits: number[] = [];
    const result = await runExcel(async () => "done", { run, sleep: async (ms) => void waits.push(ms) });
    expect(result).toBe("done");
    expect(calls()).toBe(3);
    expect(waits).toEqual([300, 600]);
  });

  it("tells the clerk to finish editing when the edit goes on", async () => {
    const fake = new ExcelFake();
    const { run, calls } = failingThen(fake, ...Array(10).fill("InvalidOperationInCellEditMode"));
    const error = await workbookErrorOf(runExcel(async () => "never", { run, sleep: noWait, attempts: 4 }));
    expect(calls()).toBe(4);
    expect(error.code).toBe("busy");
    expect(error.message).toContain("Enter");
    expect(error.cause).toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it.each([
    ["RequestPayloadSizeLimitExceeded", "payload-too-large"],
    ["ResponsePayloadSizeLimitExceeded", "payload-too-large"],
    ["ApiNotFound", "unsupported-host"],
    ["ItemAlreadyExists", "sheet-exists"],
    ["GeneralException", "host-error"],
    ["AccessDenied", "access-denied"],
    ["BadPassword", "bad-password"],
  ])("maps Excel's %s to %s, once, naming the sheet", async (hostCode, code) => {
    const fake = new ExcelFake();
    const { run, calls } = failingThen(fake, hostCode);
    const error = await workbookErrorOf(runExcel(async () => 1, { run, sleep: noWait, sheet: "汇总表" }));
    expect(calls()).toBe(1);
    expect(error.code).toBe(code);
    expect(error.cause).toMatchObject({ code: hostCode });
    expect(error.detail).toMatchObject({ hostCode, sheet: "汇总表" });
    if (code !== "host-error" && code !== "unsupported-host") expect(error.message).toContain("汇总表");
    else expect(error.message).toContain(hostCode);
  });

  it.each([
    ["InactiveWorkbook", "inactive-workbook", "切换回该工作簿"],
    ["InvalidSelection", "invalid-selection", "单击一个单元格"],
  ])("tells the clerk what to do about Excel's %s (%s)", async (hostCode, code, advice) => {
    const { run } = failingThen(new ExcelFake(), hostCode);
    const error = await workbookErrorOf(runExcel(async () => 1, { run, sleep: noWait }));
    expect(error.code).toBe(code);
    expect(error.message).toContain(advice);
  });

  it("says the sheet is gone when Excel's ItemNotFound comes from a sheet that is no longer there", async () => {
    const { run, calls } = failingThen(new ExcelFake([{ name: "封面" }]), "ItemNotFound");
    const error = await workbookErrorOf(runExcel(async () => 1, { run, sleep: noWait, sheet: "汇总表" }));
    // The failed batch, then one probe: is 汇总表 there?
    expect(calls()).toBe(2);
    expect(error.code).toBe("sheet-not-found");
    expect(error.message).toContain("汇总表");
  });

  it("does not call a missing comment or note a missing sheet when the sheet is there", async () => {
    const { run } = failingThen(new ExcelFake([{ name: "汇总表" }]), "ItemNotFound");
    const error = await workbookErrorOf(runExcel(async () => 1, { run, sleep: noWait, sheet: "汇总表" }));
    expect(error.code).toBe("item-not-found");
    expect(error.message).not.toContain("已被删除或改名");
    expect(error.message).toContain("再试一次");
  });

  describe("edge cases", () => {
    it("passes the adapter's own WorkbookError through unchanged", async () => {
      const own = new WorkbookError("sheet-exists", "已存在");
      const fake = new ExcelFake();
      const error = await workbookErrorOf(runExcel(async () => Promise.reject(own), { run: fake.run }));
      expect(error).toBe(own);
    });

    it("wraps an error without an Office code as a host error, keeping it as the cause", async () => {
      const fake = new ExcelFake();
      const bug = new TypeError("x is undefined");
      const error = await workbookErrorOf(runExcel(async () => Promise.reject(bug), { run: fake.run }));
      expect(error.code).toBe("host-error");
      expect(error.cause).toBe(bug);
    });

    it("says the page is not in Excel when there is no Excel global", async () => {
      const error = await workbookErrorOf(runExcel(async () => 1));
      expect(error.code).toBe("unsupported-host");
      expect(error.message).toContain("Excel");
    });
  });
});
