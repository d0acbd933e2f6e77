import { HOSTS } from "../../_support/strict-excel/strict-excel";
import { ExcelFake } from "./_support/excel-fake";

/** The strict fake itself: each rule refuses what Excel refuses, so the adapter's tests can fail. */
describe("the strict Excel fake", () => {
  const oldHost = { name: "1.8", api: "1.8", floor: "1.7" };

  it("fails a member above the host's requirement set with ApiNotFound, at the sync", async () => {
    const fake = new ExcelFake([{ name: "表" }], { host: oldHost });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("表").getRange("A1").format.indentLevel = 1;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("fails a member above the manifest's floor used without asking isSetSupported, even where the host has it", async () => {
    const fake = new ExcelFake([{ name: "表" }], { host: { name: "1.20", api: "1.20", floor: "1.7" } });
    const indent = (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("表").getRange("A1").format.indentLevel = 1;
      return context.sync();
    };
    await expect(fake.run(indent)).rejects.toMatchObject({ code: "UncheckedApi" });
    expect(fake.isSetSupported("ExcelApi", "1.9")).toBe(true);
    await expect(fake.run(indent)).resolves.toBeUndefined();
  });

  it("refuses a request over 5 MB and a read over 5 MB", async () => {
    const fake = new ExcelFake([{ name: "表", cells: Array.from({ length: 3_000 }, () => ["汇".repeat(700)]) }], { host: HOSTS.newest });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("表").getRangeByIndexes(0, 1, 3_000, 1).values = Array.from({ length: 3_000 }, () => ["报".repeat(700)]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("表").getRangeByIndexes(0, 0, 3_000, 1).load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("refuses to delete a very hidden sheet, and a single selected range when several are selected", async () => {
    const fake = new ExcelFake([{ name: "表" }, { name: "数据", visibility: "VeryHidden" }], { host: HOSTS.newest });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("数据").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    fake.selection = ["A1", "C3:D4"];
    await expect(
      fake.run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidSelection" });
  });

  it("refuses a member it has no requirement set for, so nothing new goes untagged", async () => {
    const fake = new ExcelFake([{ name: "表" }], { host: HOSTS.newest });
    await expect(
      fake.run(async (context) => {
        (context.workbook.worksheets.getItem("表") as unknown as { tabColor: string }).tabColor = "#FF0000";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "UnknownApiMember" });
  });
});
