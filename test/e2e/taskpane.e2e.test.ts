import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { planSheet } from "../../src/core/layout";
import { findBuiltinTemplate } from "../../src/core/template";
import { E2E_TIMEOUT, expectVisible, openPane, screenshot, startSite, type E2eSite } from "../_support/e2e-browser";

/**
 * The whole page in headless Chromium, in browser mode (office.js from the CDN is refused): new
 * workbook → template → 创建报表 → fill → 保存 → 下载, and the downloaded .xlsx read back with ExcelJS.
 */
jest.setTimeout(3 * E2E_TIMEOUT);

describe("the task pane in a browser", () => {
  let site: E2eSite | undefined;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it("fills a built-in report in browser mode and downloads a workbook with the values in their cells", async () => {
    const { context, page, problems, strayRequests } = await openPane(site!);

    await page.getByRole("button", { name: "新建工作簿" }).click();
    await expectVisible(page.getByText("当前工作簿：汇报通工作簿.xlsx"));
    await page.getByRole("combobox", { name: "模板" }).click();
    await page.getByRole("option", { name: /防疫物资保障统计表/ }).click();
    await page.getByRole("button", { name: "创建报表" }).click();
    await expectVisible(page.getByRole("heading", { name: "防疫物资保障统计表", level: 2 }));
    await expectVisible(page.getByText("工作表“防疫物资保障统计表”"));
    await expectEnabled(page, "保存");

    await page.getByRole("textbox", { name: "填报单位" }).fill("城关镇");
    await page.getByRole("textbox", { name: "截至时间" }).fill("2020年2月20日24时");
    await page.getByRole("textbox", { name: "累计筹备物资金额·累计", exact: true }).fill("930.95");
    await page.getByRole("textbox", { name: "应急资金·累计", exact: true }).fill("500");
    // The half-filled form is kept as a draft (office-js-helpers' Storage in localStorage) until saved.
    const hasDraft = () => Object.keys(window.localStorage).some((key) => key.startsWith("@huibao-drafts/"));
    await page.waitForFunction(hasDraft, undefined, { timeout: E2E_TIMEOUT });
    await page.getByRole("button", { name: "保存" }).click();
    await expectVisible(page.getByText(/已保存到工作表“防疫物资保障统计表”/));
    await page.waitForFunction(() => !Object.keys(window.localStorage).some((key) => key.startsWith("@huibao-drafts/")), undefined, {
      timeout: E2E_TIMEOUT,
    });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载" }).click()]);
    expect(download.suggestedFilename()).toBe("汇报通工作簿.xlsx");
    const bytes = await readFile((await download.path())!);
    await expectVisible(page.getByText("已下载“汇报通工作簿.xlsx”。"));
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "taskpane.png", { fullPage: false });
    await context.close();

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const template = findBuiltinTemplate("supplies")!;
    const { anchors } = planSheet(template, { sheetName: "防疫物资保障统计表" });
    const sheet = book.getWorksheet("防疫物资保障统计表")!;
    expect(sheet).toBeDefined();
    const cell = (at: { row: number; col: number }) => sheet.getCell(at.row + 1, at.col + 1).value;
    expect(cell({ row: 0, col: 0 })).toBe("防疫物资保障统计表");
    expect(cell(anchors.header.unit!)).toBe("城关镇");
    expect(cell(anchors.header.period!)).toBe("2020年2月20日24时");
    const funds = anchors.indicators!["fundsPrepared.cumulative"];
    const emergency = anchors.indicators!["emergencyFunds.cumulative"];
    expect(cell({ row: funds.row, col: funds.valueCol })).toBe(930.95);
    expect(cell({ row: emergency.row, col: emergency.valueCol })).toBe(500);
    expect(cell({ row: funds.row, col: 1 })).toBe("累计筹备物资金额");
    expect(cell({ row: emergency.row, col: 1 })).toBe("应急资金");

    const meta = book.getWorksheet("_huibao_templates")!;
    expect(meta.state).toBe("veryHidden");
    const bindingRow = (meta.getRow(2).values as unknown[]).slice(1);
    expect(bindingRow.slice(0, 3)).toEqual(["防疫物资保障统计表", "supplies", template.version]);
    expect(JSON.parse(bindingRow.slice(3).join("")).id).toBe("supplies");

    expect(problems).toEqual([]);
    // The page asks the network for nothing but office.js.
    expect(strayRequests()).toEqual([]);
  });
});

async function expectEnabled(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (label) => [...document.querySelectorAll("button")].some((b) => b.textContent === label && !b.disabled),
    name,
    { timeout: E2E_TIMEOUT },
  );
}
