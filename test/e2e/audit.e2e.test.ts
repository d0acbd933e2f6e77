import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { planSheet } from "../../src/core/layout";
import { cellAddress } from "../../src/core/sheet";
import { findBuiltinTemplate } from "../../src/core/template";
import { E2E_TIMEOUT, expectVisible, openPane, screenshot, startSite, type E2eSite } from "../_support/e2e-browser";

/**
 * 审核 in the browser page: a supplies report made and filled with a placeholder and a negative
 * count, the form's live check, then the 审核 view listing the findings by severity in Chinese, and
 * the downloaded workbook carrying the marks.
 */
jest.setTimeout(3 * E2E_TIMEOUT);

const SHEET = "防疫物资保障统计表";
const PLACEHOLDER = "「累计筹备物资金额·累计」填的是占位符“xx”，请填写实际数值";
const NEGATIVE = "「喷雾器·累计」为 -5，不能小于 0";

describe("the 审核 view in a browser", () => {
  let site: E2eSite | undefined;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it("lists a placeholder and a negative count under 错误, in Chinese, and marks their cells", async () => {
    const { context, page, problems, strayRequests } = await openPane(site!);
    await page.getByRole("button", { name: "新建工作簿" }).click();
    await page.getByRole("combobox", { name: "模板" }).click();
    await page.getByRole("option", { name: /防疫物资保障统计表/ }).click();
    await page.getByRole("button", { name: "创建报表" }).click();
    await expectVisible(page.getByRole("heading", { name: SHEET, level: 2 }));

    await page.getByRole("textbox", { name: "填报单位" }).fill("城关镇");
    await page.getByRole("textbox", { name: "累计筹备物资金额·累计", exact: true }).fill("xx");
    await page.getByRole("textbox", { name: "喷雾器·累计", exact: true }).fill("-5");
    // The form says so under each field as the clerk types.
    await expectVisible(page.getByText(PLACEHOLDER));
    await expectVisible(page.getByText(NEGATIVE));
    await page.getByText(PLACEHOLDER).scrollIntoViewIfNeeded();
    await screenshot(page, "audit-live.png", { fullPage: false });
    await page.getByRole("button", { name: "保存" }).click();
    await expectVisible(page.getByText(/已保存到工作表“防疫物资保障统计表”/));

    await page.getByRole("tab", { name: "审核" }).click();
    await expectVisible(page.getByRole("radio", { name: `当前工作表“${SHEET}”` }));
    await page.getByRole("button", { name: "审核", exact: true }).click();
    const errors = page.getByRole("region", { name: /^错误（\d+）$/ });
    await expectVisible(errors);
    await expectVisible(errors.getByText(PLACEHOLDER));
    await expectVisible(errors.getByText(NEGATIVE));
    await expectVisible(page.getByText(/^已审核“防疫物资保障统计表”：错误 \d+ 条/));
    const headings = await page.getByRole("heading", { level: 3 }).allTextContents();
    expect(headings.filter((h) => /^(错误|核实|提示)（\d+）$/.test(h))[0]).toMatch(/^错误/);

    await page.getByRole("tab", { name: "审核" }).scrollIntoViewIfNeeded();
    await screenshot(page, "audit.png");
    // In the browser page a finding clicked opens 填报 at its field, which takes the focus (issue 15).
    await errors.getByRole("button", { name: new RegExp(NEGATIVE) }).click();
    const sprayersField = page.getByRole("textbox", { name: "喷雾器·累计", exact: true });
    await expectVisible(sprayersField);
    // The focus moves once the form has read its sheet: wait for it, up to the e2e timeout.
    await sprayersField.evaluate(
      (el, timeout) =>
        new Promise<void>((resolve, reject) => {
          const started = Date.now();
          const look = () => (el === document.activeElement ? resolve() : Date.now() - started > timeout ? reject(new Error("the finding's field did not take the focus")) : setTimeout(look, 50));
          look();
        }),
      E2E_TIMEOUT,
    );

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载" }).click()]);
    const bytes = await readFile((await download.path())!);
    await context.close();

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(SHEET)!;
    const { anchors } = planSheet(findBuiltinTemplate("supplies")!, { sheetName: SHEET });
    const sprayers = anchors.indicators!["sprayers.cumulative"];
    // ExcelJS, not Office.js: the cell's parts are plain properties, read in one go.
    const { value, note, fill } = sheet.getCell(cellAddress(sprayers.row, sprayers.valueCol)) as {
      value: unknown;
      note?: string | { texts?: Array<{ text: string }> };
      fill?: { fgColor?: { argb?: string } };
    };
    expect(value).toBe(-5);
    const noteText = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    expect(noteText).toContain(`【错误】${NEGATIVE}`);
    expect(fill?.fgColor?.argb).toMatch(/^FF[0-9A-F]{6}$/);

    expect(problems).toEqual([]);
    expect(strayRequests()).toEqual([]);
  });
});
