import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { planRosterSheet } from "../../src/core/consolidate";
import { planSheet } from "../../src/core/layout";
import { cellAddress } from "../../src/core/sheet";
import { findBuiltinTemplate } from "../../src/core/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { rosterOf } from "../_support/consolidate-factory";
import { E2E_TIMEOUT, expectVisible, openPane, screenshot, startSite, type E2eSite } from "../_support/e2e-browser";
import { unitWorkbookBytes } from "../_support/unit-file-factory";

/**
 * 汇总 in the browser page: three units' workbooks made as the add-in makes them and a roster,
 * picked at once, consolidated with the lean reader in the page; the result at a glance with its
 * chart; then the summary workbook downloaded and its 汇总表 totals read back with ExcelJS.
 */
jest.setTimeout(3 * E2E_TIMEOUT);

const supplies = findBuiltinTemplate("supplies")!;
const PERIOD = "2020年2月20日24时";
/** 累计筹备物资金额 (万元) and 喷雾器 (个) of each unit. */
const UNITS: Array<[string, string, string]> = [
  ["城关镇", "120.5", "30"],
  ["东关街道", "80", "12"],
  ["南湖乡", "0", "0"],
];

describe("the 汇总 view in a browser", () => {
  let site: E2eSite | undefined;
  let folder = "";
  beforeAll(async () => {
    site = await startSite();
    folder = await mkdtemp(path.join(tmpdir(), "huibao-e2e-"));
  });
  afterAll(async () => {
    await site?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it("consolidates three units' workbooks picked at once and downloads a summary with their totals", async () => {
    const files: string[] = [];
    for (const [unit, funds, sprayers] of UNITS) {
      const file = path.join(folder, `${unit}.xlsx`);
      await writeFile(
        file,
        await unitWorkbookBytes(supplies, { unit, period: PERIOD, reportDate: "2020-02-21" }, { "fundsPrepared.cumulative": funds, "sprayers.cumulative": sprayers }),
      );
      files.push(file);
    }
    const roster = XlsxWorkbook.create("单位名录.xlsx");
    await roster.createSheet(planRosterSheet(rosterOf(...UNITS.map(([unit]) => unit), "北山镇")));
    const rosterFile = path.join(folder, "单位名录.xlsx");
    await writeFile(rosterFile, await roster.toBytes());

    const { context, page, problems, strayRequests } = await openPane(site!);
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByTestId("consolidate-files-input").setInputFiles(files);
    await expectVisible(page.getByText("已选 3 个文件"));
    await page.getByTestId("consolidate-roster-input").setInputFiles(rosterFile);
    await expectVisible(page.getByText("单位名录.xlsx"));
    await page.getByRole("button", { name: "开始汇总" }).click();

    const result = page.getByRole("region", { name: "汇总结果" });
    await expectVisible(result);
    await expectVisible(result.getByText(`防疫物资保障统计表（${PERIOD}）`));
    await expectVisible(result.getByText("收到文件：3 份", { exact: true }));
    await expectVisible(result.getByText("计入单位：3 个"));
    await expectVisible(result.getByText("未报单位：1 个（北山镇）"));
    await expectVisible(result.getByText("零报告：1 个（南湖乡）"));
    const total = UNITS.reduce((sum, [, funds]) => sum + Number(funds), 0);
    await expectVisible(result.getByTestId("consolidate-total").getByText(`累计筹备物资金额·累计合计：${total}万元（3 个单位）`));
    // The chart drew a bar per unit, its figures in Chinese.
    await expectVisible(result.getByTestId("bar-chart"));
    expect(await result.getByTestId("bar").count()).toBe(UNITS.length);
    expect(await result.getByTestId("bar-chart").textContent()).not.toMatch(/[A-Za-z]/);
    for (const [unit] of UNITS) await expectVisible(result.getByRole("button", { name: new RegExp(`^${unit}`) }));
    await result.getByRole("button", { name: /^东关街道/ }).click();
    await expect(result.getByRole("button", { name: /^东关街道/ }).getAttribute("aria-current")).resolves.toBe("true");
    await screenshot(page, "consolidate.png");

    const [download] = await Promise.all([page.waitForEvent("download"), result.getByRole("button", { name: "下载汇总工作簿" }).click()]);
    expect(download.suggestedFilename()).toBe("防疫物资保障统计表汇总.xlsx");
    const bytes = await readFile((await download.path())!);
    await context.close();

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.filter((s) => s.state === "visible").map((s) => s.name)).toEqual([
      "汇总表",
      "分单位明细",
      "未报单位",
      "审核情况",
      "来源清单",
      "综述",
    ]);
    // The 综述 sheet carries the paragraph written from the same totals.
    expect(String(book.getWorksheet("综述")!.getCell("A3").value)).toMatch(/个单位/);
    const sheet = book.getWorksheet("汇总表")!;
    const { anchors } = planSheet(supplies, { sheetName: "汇总表" });
    const valueOf = (key: string) => sheet.getCell(cellAddress(anchors.indicators![key].row, anchors.indicators![key].valueCol)).value;
    expect(valueOf("fundsPrepared.cumulative")).toBe(total);
    expect(valueOf("sprayers.cumulative")).toBe(UNITS.reduce((sum, [, , sprayers]) => sum + Number(sprayers), 0));
    const missing = book.getWorksheet("未报单位")!;
    const missingTexts: string[] = [];
    missing.eachRow((row) => row.eachCell((c) => missingTexts.push(String(c.value))));
    expect(missingTexts).toContain("北山镇");

    expect(problems).toEqual([]);
    expect(strayRequests()).toEqual([]);
  });
});
