import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { findBuiltinTemplate } from "../../src/core/template";
import { E2E_TIMEOUT, expectVisible, openPane, primaryButtons, screen, startSite, type E2eSite } from "../_support/e2e-browser";
import { unitWorkbookBytes } from "../_support/unit-file-factory";

/**
 * The pane as a clerk sees it, in Chromium at a task pane's width (400 px) and a wide one (1000 px),
 * 800 px high: every tab in turn shows exactly one panel, nothing is wider than the pane, and the
 * view's main action is on screen; 汇总 of 37 files brings its progress and its result into view;
 * the summary goes on to 综述; the browser page's work survives a reload; a hanging office.js is
 * told in Chinese. Screenshots go to .screens/ (not committed), to be looked at.
 */
jest.setTimeout(6 * E2E_TIMEOUT);

const HEIGHT = 800;
const supplies = findBuiltinTemplate("supplies")!;
const PERIOD = "2020年2月20日24时";

/** The data-tab of every panel a clerk can see. */
function visiblePanels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[role=tabpanel]")]
      .filter((panel) => getComputedStyle(panel).display !== "none" && panel.getBoundingClientRect().height > 0)
      .map((panel) => panel.dataset.tab ?? "?"),
  );
}

/** Elements that stick out of the pane on the right (the page then scrolls sideways). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        return rect.width > 0 && rect.right > width + 1 && !el.closest("[hidden]");
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className.toString().split(" ")[0]} (${Math.round(el.getBoundingClientRect().right)} px)`);
  });
}

/** Whether the element is on screen, whole. */
function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight + 1;
  });
}

/** The shown panel. */
const panel = (page: Page) => page.locator("[role=tabpanel]:not([hidden])");

async function newReport(page: Page): Promise<void> {
  await page.getByRole("button", { name: "新建工作簿" }).click();
  await reportFromTemplate(page);
}

/** 防疫物资保障统计表 made in the page's workbook, its form ready. */
async function reportFromTemplate(page: Page): Promise<void> {
  await page.getByRole("combobox", { name: "模板" }).click();
  await page.getByRole("option", { name: /防疫物资保障统计表/ }).click();
  await page.getByRole("button", { name: "创建报表" }).click();
  await expectVisible(page.getByRole("heading", { name: "防疫物资保障统计表", level: 2 }));
  await page.waitForFunction(() => [...document.querySelectorAll("button")].some((b) => b.textContent === "保存" && !b.disabled), undefined, { timeout: E2E_TIMEOUT });
}

describe("the pane as a clerk sees it", () => {
  let site: E2eSite | undefined;
  let folder = "";
  beforeAll(async () => {
    site = await startSite();
    folder = await mkdtemp(path.join(tmpdir(), "huibao-walk-"));
  });
  afterAll(async () => {
    await site?.close();
    await rm(folder, { recursive: true, force: true });
  });

  for (const width of [400, 1000]) {
    it(`walks every tab at ${width} px: one panel shown, nothing wider than the pane, the main action on screen`, async () => {
      const { context, page, problems } = await openPane(site!, { viewport: { width, height: HEIGHT } });
      const opened = Date.now();
      await newReport(page);
      await page.getByRole("textbox", { name: "填报单位" }).fill("城关镇");
      // Typed, not saved: 审核 must check this, not the sheet as last saved.
      await page.getByRole("textbox", { name: "累计筹备物资金额·累计", exact: true }).fill("xx");

      const failures: string[] = [];
      const walk: Array<[string, () => Locator]> = [
        ["填报", () => page.getByRole("button", { name: "保存", exact: true })],
        ["审核", () => panel(page).getByRole("button", { name: "审核", exact: true })],
        ["汇总", () => panel(page).getByRole("button", { name: "开始汇总" })],
        ["综述", () => panel(page).getByText(/工作簿中没有汇总表/)],
        ["填报", () => page.getByRole("button", { name: "保存", exact: true })],
      ];
      for (const [index, [tab, primary]] of walk.entries()) {
        const tabButton = page.getByRole("tab", { name: tab });
        await tabButton.click();
        await expectVisible(primary());
        await page.evaluate(() => window.scrollTo(0, 0));
        await screen(page, `${width}-${index + 1}-${tab}.png`);
        const shown = await visiblePanels(page);
        if (shown.length !== 1) failures.push(`${tab}: ${shown.length} panels shown (${shown.join(", ")})`);
        const wide = await overflowing(page);
        if (wide.length) failures.push(`${tab}: wider than the pane: ${wide.join("; ")}`);
        const primaries = await primaryButtons(page);
        if (primaries.length > 1) failures.push(`${tab}: ${primaries.length} primary buttons (${primaries.join("、")})`);
        if (!(await inView(primary().first()))) failures.push(`${tab}: the main action is off screen`);
        // No stretch of blank space above the view (a divider grown over the pane's height).
        const panelTop = await panel(page).evaluate((el) => el.getBoundingClientRect().top);
        if (panelTop > HEIGHT / 2) failures.push(`${tab}: the view starts ${Math.round(panelTop)} px down`);
        const controls = await tabButton.getAttribute("aria-controls");
        const labelledBy = await panel(page).getAttribute("aria-labelledby");
        if (!controls || controls !== (await panel(page).getAttribute("id")) || labelledBy !== (await tabButton.getAttribute("id")))
          failures.push(`${tab}: tab and panel not tied (aria-controls ${controls}, aria-labelledby ${labelledBy})`);
      }

      // 审核 checks what the form shows: the form is saved first, and the placeholder is found.
      await page.getByRole("tab", { name: "审核" }).click();
      await panel(page).getByRole("button", { name: "审核", exact: true }).click();
      const notice = panel(page).getByRole("status").filter({ hasText: "已审核" });
      await expectVisible(notice);
      await screen(page, `${width}-6-审核结果.png`);
      if (!(await notice.textContent())?.includes("已先把“填报”中未保存的修改保存到")) failures.push("审核: did not say it saved the form first");
      if (!(await panel(page).getByText(/占位符“xx”/).count())) failures.push("审核: the placeholder xx typed on the form was not found");
      if (!(await inView(notice))) failures.push("审核: the result is off screen");
      const focusedInNotice = await notice
        .evaluate((el) => new Promise<boolean>((resolve) => {
          // The focus moves in an effect after the paint: given a moment.
          const started = Date.now();
          const look = () => (el.contains(document.activeElement) ? resolve(true) : Date.now() - started > 3000 ? resolve(false) : setTimeout(look, 50));
          look();
        }));
      if (!focusedInNotice) failures.push(`审核: the result did not take the focus (${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))})`);
      // A finding is placed by its field as the form names it (the form shows no cell address), and a
      // click on it goes to that field on the form: the page has no grid to select a cell in.
      const finding = panel(page).getByRole("button", { name: /占位符“xx”/ });
      const place = (await finding.textContent()) ?? "";
      if (!place.includes("累计筹备物资金额·累计")) failures.push(`审核: the finding is not placed by its field (${place})`);
      if (/[A-Z]{1,3}\d+/.test(place)) failures.push(`审核: the finding names a cell address (${place})`);
      await finding.click();
      await page.waitForTimeout(300);
      await screen(page, `${width}-7-审核-点击问题.png`);
      if ((await page.getByRole("tab", { name: "填报" }).getAttribute("aria-selected")) !== "true") failures.push("审核: a click on a finding did not go to 填报");
      const field = page.getByRole("textbox", { name: "累计筹备物资金额·累计", exact: true });
      if (!(await field.count()) || !(await field.evaluate((el) => el === document.activeElement))) failures.push("审核: a click on a finding did not focus its field");
      else if (!(await inView(field))) failures.push("审核: the finding's field is off screen");
      // The message under that field does not stretch the box of its neighbour on the row.
      const boxHeight = (name: string) =>
        page.getByRole("textbox", { name, exact: true }).evaluate((el) => Math.round((el.closest(".fui-Input") ?? el).getBoundingClientRect().height));
      const [beside, flagged] = [await boxHeight("累计筹备物资金额·本期新增"), await boxHeight("累计筹备物资金额·累计")];
      if (beside !== flagged) failures.push(`填报: the box beside a field with a message is ${beside} px high, the field's ${flagged} px`);
      // A page that started never hears about office.js, however long it stays open.
      await page.waitForTimeout(Math.max(0, 9_000 - (Date.now() - opened)));
      if (await page.getByText("改用浏览器模式").count()) failures.push("the office.js notice came up in a page that had started");

      expect(failures).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("汇总 of 37 files at 400 px brings its progress and its result into view, and hands the summary to 综述", async () => {
    const files: string[] = [];
    for (let i = 1; i <= 37; i++) {
      const unit = `第${i}社区`;
      const file = path.join(folder, `${unit}.xlsx`);
      await writeFile(
        file,
        await unitWorkbookBytes(supplies, { unit, period: PERIOD, reportDate: "2020-02-21" }, { "fundsPrepared.cumulative": String(10 + i), "sprayers.cumulative": String(i) }),
      );
      files.push(file);
    }
    const { context, page, problems } = await openPane(site!, { viewport: { width: 400, height: HEIGHT } });
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByTestId("consolidate-files-input").setInputFiles(files);
    await expectVisible(page.getByText("已选 37 个文件"));
    await page.evaluate(() => window.scrollTo(0, 0));
    // Watch every frame from the click on: was the progress ever on screen, and did it have the focus?
    await page.evaluate(() => {
      const seen = { progress: false, focused: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      const look = () => {
        const group = document.querySelector<HTMLElement>("[role=group][aria-label='汇总进度']");
        if (group) {
          const rect = group.getBoundingClientRect();
          if (rect.top >= 0 && rect.bottom <= window.innerHeight) seen.progress = true;
          if (group.contains(document.activeElement)) seen.focused = true;
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await screen(page, "400-consolidate-37-before.png");
    await page.getByRole("button", { name: "开始汇总" }).click();
    await expectVisible(panel(page).getByText("收到文件：37 份", { exact: true }));
    await page.waitForTimeout(300);
    await screen(page, "400-consolidate-37-result.png");
    const narrate = panel(page).getByRole("button", { name: "生成综述" });
    await expectVisible(narrate);
    const seen = await page.evaluate(() => (window as unknown as { seen: { progress: boolean; focused: boolean } }).seen);
    const failures: string[] = [];
    if (!seen.progress) failures.push("the progress was never on screen");
    if (!seen.focused) failures.push("the progress did not take the focus");
    const done = panel(page).getByRole("status").filter({ hasText: "已汇总" });
    if (!(await inView(done))) failures.push("the result's message is off screen");
    if (!(await done.evaluate((el) => el.contains(document.activeElement)))) failures.push("the result's message did not take the focus");
    if (!(await inView(narrate))) failures.push("生成综述 is off screen");
    // One primary action: 生成综述 hands on to 综述; 下载 and 开始汇总 are secondary now.
    const primaries = await primaryButtons(page);
    if (primaries.join() !== "生成综述") failures.push(`汇总: primary buttons after the result: ${primaries.join("、")}`);
    const top = await page.getByRole("region", { name: "汇总结果" }).evaluate((el) => el.getBoundingClientRect().top);
    if (top > HEIGHT) failures.push(`the result starts ${Math.round(top)} px down, below the pane`);

    // The summary just made is what 综述 narrates.
    await narrate.click();
    await expectVisible(page.getByRole("heading", { name: "综述预览" }));
    await expect(page.getByRole("tab", { name: "综述" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expectVisible(page.getByText("当前工作簿：防疫物资保障统计表汇总.xlsx"));
    await expectVisible(panel(page).getByText(/37/).first());
    await page.evaluate(() => window.scrollTo(0, 0));
    await screen(page, "400-narrative.png");
    // 填报 knows the summary for what it is: no unit's form to edit, a way to 综述.
    await page.getByRole("tab", { name: "填报" }).click();
    await expectVisible(panel(page).getByText(/是汇总表/));
    if (await panel(page).getByRole("textbox", { name: "填报单位" }).count()) failures.push("填报 offers the summary as a unit's form");
    await screen(page, "400-fill-summary.png");
    const fillPrimaries = await primaryButtons(page);
    if (fillPrimaries.join() !== "生成综述") failures.push(`填报 of a summary: primary buttons ${fillPrimaries.join("、")}`);
    expect(failures).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps the browser page's work through a reload: asks before leaving, restores the workbook and the unsaved form, says so at the top", async () => {
    const { context, page, problems } = await openPane(site!, { viewport: { width: 400, height: HEIGHT } });
    await newReport(page);
    await page.getByRole("textbox", { name: "填报单位" }).fill("城关镇");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    const saved = page.getByRole("status").filter({ hasText: "已保存到工作表" });
    await expectVisible(saved);
    await page.waitForTimeout(200);
    await screen(page, "400-saved.png");
    // The message is on screen, clear of the sticky 保存 bar, and has the focus.
    expect(await inView(saved)).toBe(true);
    const bar = await page.getByRole("button", { name: "保存", exact: true }).locator("..").boundingBox();
    const box = await saved.boundingBox();
    expect(box!.y + box!.height <= bar!.y + 1 || box!.y >= bar!.y + bar!.height - 1).toBe(true);
    expect(await saved.evaluate((el) => el.contains(document.activeElement))).toBe(true);

    // A field taken by Tab never hides behind the sticky bar.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("textbox", { name: "填报单位" }).focus();
    const hidden: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      const overlap = await page.evaluate(() => {
        const field = document.activeElement as HTMLElement | null;
        const save = [...document.querySelectorAll("button")].find((b) => b.textContent === "保存");
        if (!field || !save || field.tagName !== "INPUT") return "";
        const a = field.getBoundingClientRect();
        const b = save.parentElement!.getBoundingClientRect();
        return a.bottom > b.top + 1 && a.top < b.bottom ? field.getAttribute("aria-label") ?? field.id : "";
      });
      if (overlap) hidden.push(overlap);
    }
    expect(hidden).toEqual([]);

    await page.getByRole("textbox", { name: "应急资金·累计", exact: true }).fill("500");
    await page.waitForFunction(() => Object.keys(window.localStorage).some((key) => key.startsWith("@huibao-drafts/")), undefined, { timeout: E2E_TIMEOUT });
    await page.waitForTimeout(800);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(dialogs).toEqual(["beforeunload"]);
    await expectVisible(page.getByText(/已恢复上次未下载的工作簿“汇报通工作簿.xlsx”/));
    await expectVisible(page.getByRole("heading", { name: "防疫物资保障统计表", level: 2 }));
    await expect(page.getByRole("textbox", { name: "填报单位" }).inputValue()).resolves.toBe("城关镇");
    await expect(page.getByRole("textbox", { name: "应急资金·累计", exact: true }).inputValue()).resolves.toBe("500");
    await expectVisible(page.getByText(/已恢复 .* 自动保存的草稿/));
    // Announced at the top: the restored notices come before the form's first field.
    const above = await page.evaluate(() => {
      const draft = [...document.querySelectorAll("[role=status]")].find((el) => el.textContent?.includes("自动保存的草稿"));
      const field = document.querySelector("input[type=text]");
      return !!draft && !!field && !!(draft.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(above).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screen(page, "400-restored.png");

    // A new workbook under the same default name does not receive that draft.
    page.removeAllListeners("dialog");
    await page.getByRole("button", { name: "新建工作簿" }).click();
    await page.getByRole("button", { name: "不下载，直接打开" }).click();
    await reportFromTemplate(page);
    await expect(page.getByRole("textbox", { name: "应急资金·累计", exact: true }).inputValue()).resolves.toBe("");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("says in Chinese when office.js does not come, and goes on as the browser page when asked", async () => {
    const { context, page } = await openPane(site!, { viewport: { width: 400, height: HEIGHT }, offsite: "hang", waitForBrowserMode: false });
    const started = Date.now();
    await expectVisible(page.getByText(/仍未连上 Excel（office.js 未加载完成）/));
    expect(Date.now() - started).toBeLessThan(15_000);
    // No screenshot nor pointer click here: the page is still loading (office.js holds the parser) and
    // Chromium draws no frames meanwhile, so the button is pressed as a script would.
    const useBrowser = page.getByRole("button", { name: "改用浏览器模式" });
    expect(await useBrowser.evaluate((button) => button === document.activeElement)).toBe(true);
    await useBrowser.dispatchEvent("click");
    await expectVisible(page.getByTestId("mode-badge").getByText("浏览器模式"));
    await screen(page, "400-office-slow-browser.png");
    await context.unrouteAll({ behavior: "ignoreErrors" });
    await context.close();
  });
});
