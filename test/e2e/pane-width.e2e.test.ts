import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { findBuiltinTemplate } from "../../src/core/template";
import { unitWorkbookBytes } from "../_support/unit-file-factory";
import { E2E_TIMEOUT, expectVisible, openPane, primaryButtons, screen, startSite, type E2eSite } from "../_support/e2e-browser";

/**
 * The 填报 view as a clerk sees it in a task pane 400 px wide (Chromium, browser mode): the 13-column
 * ledger edited one row at a time as a card, the resumption form as a grid, one primary action, no
 * stray divider, nothing wider than the pane, dialogs that default to the safe answer. Screenshots go
 * to .screens/ (not committed), to be looked at.
 */
jest.setTimeout(4 * E2E_TIMEOUT);

const PANE = { width: 400, height: 800 };


async function createReport(page: Page, title: RegExp, heading: string): Promise<void> {
  await page.getByRole("combobox", { name: "模板" }).click();
  await page.getByRole("option", { name: title }).click();
  await page.getByRole("button", { name: "创建报表" }).click();
  await expectVisible(page.getByRole("heading", { name: heading, level: 2 }));
  await page.getByRole("button", { name: "保存" }).waitFor({ state: "visible" });
  await page.waitForFunction(() => [...document.querySelectorAll("button")].some((b) => b.textContent === "保存" && !b.disabled));
}

/** What overflows the pane sideways, what primary buttons show, how tall the dividers are. */
async function measure(page: Page) {
  const primaries = await primaryButtons(page);
  const shape = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== "hidden" && e.closest("[hidden]") === null;
    };
    const dividers = [...document.querySelectorAll(".fui-Divider")].filter(visible).map((d) => Math.round(d.getBoundingClientRect().height));
    return { scrollWidth: document.documentElement.scrollWidth, width, dividers };
  });
  return { ...shape, primaries };
}

describe("the 填报 view at a task pane's width", () => {
  let site: E2eSite | undefined;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it("edits the 13-column ledger one row at a time, as a card of fields that fits the pane", async () => {
    const { context, page, problems } = await openPane(site!, { viewport: PANE });
    await page.getByRole("button", { name: "新建工作簿" }).click();
    await createReport(page, /巡察整改台账/, "巡察整改台账");
    await page.getByRole("button", { name: "添加一行" }).click();
    const card = page.getByRole("group", { name: "第 1 行" });
    await expectVisible(card);
    const problem = card.getByRole("textbox", { name: "问题表述" });
    await problem.fill("党组理论学习中心组学习制度落实不到位，专题研讨流于形式，会议记录不完整，学习内容与本单位业务工作结合不紧");
    await card.getByRole("textbox", { name: "整改措施" }).fill("一是修订学习制度；二是每季度开展专题研讨；三是建立学习台账");
    await card.getByRole("textbox", { name: "方面" }).fill("党的建设");
    expect(await problem.evaluate((e) => e.tagName)).toBe("TEXTAREA");
    // 删除 is on the card, inside the pane — not 2,500 px off to the right.
    const remove = await card.getByRole("button", { name: "删除第 1 行" }).boundingBox();
    expect(remove!.x + remove!.width).toBeLessThanOrEqual(PANE.width);
    await page.getByRole("button", { name: "添加一行" }).click();
    await expectVisible(page.getByRole("group", { name: "第 2 行" }));
    await page.getByRole("button", { name: /^第 1 行：党组理论学习/ }).click();
    await expectVisible(card);
    await card.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.querySelector("ol")!.getBoundingClientRect().top + window.scrollY - 120));
    await screen(page, "ledger-card-400.png");

    const m = await measure(page);
    expect(m.scrollWidth).toBeLessThanOrEqual(m.width);
    expect(m.primaries).toEqual(["保存"]);
    expect(m.dividers.every((h) => h <= 4)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("fills the resumption form as a grid: Enter down, arrows across, the category column kept in view", async () => {
    const { context, page, problems } = await openPane(site!, { viewport: PANE });
    await page.getByRole("button", { name: "新建工作簿" }).click();
    await createReport(page, /复工复产统计表/, "复工复产统计表");
    const grid = page.getByRole("table", { name: "复工复产统计表" });
    await expectVisible(grid);
    await grid.getByRole("textbox", { name: "规上工业·企业总数" }).click();
    await page.keyboard.type("40");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("限上商贸·企业总数");
    await page.keyboard.type("12");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("规上工业·已复工");
    await page.keyboard.type("30");
    await expectVisible(grid.getByRole("textbox", { name: "规上工业·复工率" }));
    expect(await grid.getByRole("textbox", { name: "规上工业·复工率" }).inputValue()).toBe("75.0");
    expect(await grid.getByRole("textbox", { name: "合计·企业总数" }).inputValue()).toBe("52");
    await grid.scrollIntoViewIfNeeded();
    await screen(page, "grid-400.png");

    // Only the grid scrolls sideways, if at all; its category column stays at the grid's left edge.
    const m = await measure(page);
    expect(m.scrollWidth).toBeLessThanOrEqual(m.width);
    // Each column head reads on one line: not squeezed to a character a line to fit the pane.
    const wrapped = await grid.evaluate((table) =>
      [...table.querySelectorAll("thead th")]
        .filter((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
        })
        .map((th) => th.textContent),
    );
    expect(wrapped).toEqual([]);
    // The grid is its own scrolling box, as wide as the pane's content at most.
    const box = await grid.evaluate((table) => {
      const scroller = table.parentElement!;
      return { overflowX: getComputedStyle(scroller).overflowX, right: scroller.getBoundingClientRect().right, scrolls: scroller.scrollWidth > scroller.clientWidth };
    });
    expect(box.overflowX).toBe("auto");
    expect(box.right).toBeLessThanOrEqual(PANE.width);
    expect(box.scrolls).toBe(true);
    const stuck = await grid.evaluate((table) => {
      const scroller = table.parentElement!;
      scroller.scrollLeft = scroller.scrollWidth;
      const head = table.querySelector("tbody th")!.getBoundingClientRect();
      return { scrolled: scroller.scrollLeft, headLeft: Math.round(head.left - scroller.getBoundingClientRect().left) };
    });
    expect(stuck.scrolled).toBeGreaterThanOrEqual(0);
    expect(Math.abs(stuck.headLeft)).toBeLessThanOrEqual(1); // within the grid's border
    await page.keyboard.press("ArrowLeft"); // nothing to assert: the grid must not throw while scrolled
    await screen(page, "grid-400-scrolled.png");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps a long file name from wrapping its size, and a long unit name inside its button (汇总)", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "huibao-e2e-"));
    const unit = "某某县某某镇人民政府社会治安综合治理和网格化服务管理中心";
    const file = path.join(folder, `${unit}关于报送防疫物资保障统计表的函（第二次修订稿）.xlsx`);
    const supplies = findBuiltinTemplate("supplies")!;
    await writeFile(file, await unitWorkbookBytes(supplies, { unit, period: "2020年2月20日24时", reportDate: "2020-02-21" }, { "fundsPrepared.cumulative": "16000" }));
    const { context, page, problems } = await openPane(site!, { viewport: PANE });
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByTestId("consolidate-files-input").setInputFiles([file]);
    const size = page.getByRole("list", { name: "已选文件" }).getByText(/\d+ KB$/);
    await expectVisible(size);
    const sizeBox = await size.boundingBox();
    expect(sizeBox!.height).toBeLessThan(24); // one line: "12 KB", not "12" over "KB"
    await page.getByRole("button", { name: "开始汇总" }).click();
    const result = page.getByRole("region", { name: "汇总结果" });
    await expectVisible(result);
    const button = result.getByRole("button", { name: new RegExp(`^${unit}`) });
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PANE.width);
    expect(await result.getByTestId("bar-chart").textContent()).toContain("1.6亿元");
    await screen(page, "consolidate-long-names-400.png");
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`).slice(0, 8),
    );
    expect(wide).toEqual([]);
    const m = await measure(page);
    expect(m.scrollWidth).toBeLessThanOrEqual(m.width);
    expect(m.primaries).not.toContain("开始汇总"); // it gives way once there is a result
    await screen(page, "consolidate-long-names-400.png");
    expect(problems).toEqual([]);
    await context.close();
    await rm(folder, { recursive: true, force: true });
  });

  it("never leaves the focused field under the sticky save bar", async () => {
    const { context, page } = await openPane(site!, { viewport: PANE });
    await page.getByRole("button", { name: "新建工作簿" }).click();
    await createReport(page, /复工复产统计表/, "复工复产统计表");
    const outcome = await page.evaluate(() => {
      const bar = [...document.querySelectorAll("button")].find((b) => b.textContent === "保存")!.parentElement!;
      // Scroll so that a field sits just under the bar, as Tab or Enter may leave one, then focus it.
      const field = document.querySelector<HTMLInputElement>('input[aria-label="个体工商户·员工总数"]')!;
      window.scrollBy(0, field.getBoundingClientRect().top - bar.getBoundingClientRect().top - 4);
      const covered = field.getBoundingClientRect().bottom > bar.getBoundingClientRect().top;
      field.focus();
      return { found: covered, bottom: field.getBoundingClientRect().bottom, barTop: bar.getBoundingClientRect().top };
    });
    expect(outcome.found).toBe(true);
    expect(outcome.bottom).toBeLessThanOrEqual(outcome.barTop);
    await context.close();
  });

  it("puts the focus of 覆盖未保存的修改？ on 取消, so Enter keeps the edit", async () => {
    const { context, page } = await openPane(site!, { viewport: PANE });
    await page.getByRole("button", { name: "新建工作簿" }).click();
    await createReport(page, /复工复产统计表/, "复工复产统计表");
    const total = page.getByRole("textbox", { name: "规上工业·企业总数" });
    await total.fill("40");
    await page.getByRole("button", { name: "读取" }).click();
    const dialog = page.getByRole("alertdialog");
    await expectVisible(dialog);
    await page.waitForFunction(() => document.activeElement?.textContent === "取消", undefined, { timeout: E2E_TIMEOUT });
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "hidden" });
    expect(await total.inputValue()).toBe("40");
    await context.close();
  });
});
