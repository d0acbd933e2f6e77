import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { planRosterSheet } from "../../src/core/consolidate";
import { findBuiltinTemplate } from "../../src/core/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { rosterOf } from "../_support/consolidate-factory";
import { E2E_TIMEOUT, expectVisible, openPane, screen, startSite, type E2eSite } from "../_support/e2e-browser";
import { drawWithOpenpyxl } from "../_support/office-form-drawing";
import { hasOpenpyxl } from "../_support/openpyxl";
import { OFFICE_FORMS, drawForm } from "../_support/office-forms";
import { unitWorkbookBytes } from "../_support/unit-file-factory";

/**
 * Issue 13 in the pane at a task pane's width (400 px, Chromium, browser mode): the designer on an
 * office's own form opened unbound (识别当前表), and 汇总 asking whose report a sheet is when its
 * 填报单位 and file name disagree, then showing the 催报 notice. Nothing may be wider than the pane.
 * Screenshots go to .screens/ (not committed), to be looked at.
 */
jest.setTimeout(4 * E2E_TIMEOUT);

const PANE = { width: 400, height: 800 };
const supplies = findBuiltinTemplate("supplies")!;
const PERIOD = "2020年2月20日24时";

/** How wide the page is against the pane, and the widest element that sticks out on the right, if any. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll("body *")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        // Clipped by a container that scrolls sideways on purpose (a wide table) is not sticking out.
        let clip = e.parentElement;
        while (clip && !["auto", "scroll", "hidden"].includes(getComputedStyle(clip).overflowX)) clip = clip.parentElement;
        const clipped = clip !== null && clip !== document.body && clip !== document.documentElement && clip.getBoundingClientRect().right <= width + 1;
        return r.width > 0 && r.height > 0 && r.right > width + 1 && !clipped && e.closest("[hidden]") === null;
      })
      .map((e) => `${e.tagName}.${String(e.className).slice(0, 40)}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 5) };
  });
}

async function expectFits(page: Page): Promise<void> {
  const measured = await overflow(page);
  expect(measured.out).toEqual([]);
  expect(measured.scrollWidth).toBeLessThanOrEqual(measured.width);
}

describe("issue 13 in the pane at 400 px", () => {
  let site: E2eSite | undefined;
  let folder = "";
  beforeAll(async () => {
    site = await startSite();
    folder = await mkdtemp(path.join(tmpdir(), "huibao-e2e-13-"));
  });
  afterAll(async () => {
    await site?.close();
    await rm(folder, { recursive: true, force: true });
  });

  (hasOpenpyxl ? it : it.skip)("识别当前表 on an office's own form opened unbound shows the designer, within the pane", async () => {
    const form = OFFICE_FORMS[0];
    const file = path.join(folder, "上级下发表.xlsx");
    drawWithOpenpyxl([drawForm(form, "", undefined).toDrawing(file, "表1")]);
    const { context, page, problems } = await openPane(site!, { viewport: PANE });
    await page.getByTestId("open-workbook-input").setInputFiles(file);
    const recognise = page.getByRole("button", { name: "识别当前表" });
    await expectVisible(recognise);
    await recognise.click();
    await expectVisible(page.getByText(form.title).first());
    await page.waitForTimeout(300);
    await screen(page, "designer-400.png");
    await page.getByRole("region", { name: "宾栏（栏）" }).scrollIntoViewIfNeeded().catch(() => page.mouse.wheel(0, 900));
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(200);
    await screen(page, "designer-400-lower.png");
    await expectFits(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("汇总 asks whose report a sheet is when its 填报单位 contradicts the file name, then shows the 催报 notice", async () => {
    const files: string[] = [];
    const units: Array<[file: string, unit: string, funds: string]> = [
      ["城关镇.xlsx", "城关镇", "120.5"],
      ["东关街道.xlsx", "东关街道", "80"],
      // The 卫健局's file still names 城关镇: copied from its file and sent on.
      ["县卫健局.xlsx", "城关镇", "7"],
    ];
    for (const [name, unit, funds] of units) {
      const file = path.join(folder, name);
      await writeFile(file, await unitWorkbookBytes(supplies, { unit, period: PERIOD, reportDate: "2020-02-21" }, { "fundsPrepared.cumulative": funds }));
      files.push(file);
    }
    const roster = XlsxWorkbook.create("单位名录.xlsx");
    await roster.createSheet(planRosterSheet(rosterOf("城关镇", "东关街道", "县卫健局", "北山镇")));
    const rosterFile = path.join(folder, "单位名录.xlsx");
    await writeFile(rosterFile, await roster.toBytes());

    const { context, page, problems } = await openPane(site!, { viewport: PANE });
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByTestId("consolidate-files-input").setInputFiles(files);
    await page.getByTestId("consolidate-roster-input").setInputFiles(rosterFile);
    await page.getByRole("textbox", { name: "填表人" }).fill("李华");
    await page.getByRole("textbox", { name: "联系电话" }).fill("0371-66668888");
    await page.getByRole("button", { name: "开始汇总" }).click();

    const dialog = page.getByRole("alertdialog");
    await expectVisible(dialog);
    await expectVisible(dialog.getByText(/文件“县卫健局\.xlsx”工作表“.+” [A-Z]+\d+ 填写的填报单位是“城关镇”/));
    // The safe answer has the focus.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("不计入");
    await page.waitForTimeout(300);
    await screen(page, "consolidate-unit-question-400.png");
    await expectFits(page);
    await dialog.getByRole("button", { name: "不计入" }).click();

    const result = page.getByRole("region", { name: "汇总结果" });
    await expectVisible(result.getByText("计入单位：2 个"));
    const box = page.getByRole("textbox", { name: "催报通知" });
    await expectVisible(box);
    const text = await box.inputValue();
    expect(text).toContain("以下 2 个单位尚未报送：县卫健局、北山镇。");
    expect(text).toContain("1. 县卫健局.xlsx：");
    await box.scrollIntoViewIfNeeded();
    await page.getByRole("button", { name: "复制催报通知" }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await screen(page, "consolidate-reminder-400.png");
    await expectFits(page);
    // Headless Chromium grants no clipboard: the notice is selected for Ctrl+C, and the pane says so.
    await page.getByRole("button", { name: "复制催报通知" }).click();
    await expectVisible(page.getByText(/已复制催报通知|通知已选中，请按 Ctrl\+C 复制/));
    await page.waitForTimeout(200);
    await screen(page, "consolidate-reminder-copied-400.png");
    // 下发 below: the panel opened, within the pane too.
    await page.getByRole("button", { name: "为名录中每个单位生成空白表" }).click();
    const panel = page.getByRole("region", { name: "下发空白表" });
    await panel.getByRole("button", { name: "生成并下载" }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    await screen(page, "distribute-400.png");
    await expectFits(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
