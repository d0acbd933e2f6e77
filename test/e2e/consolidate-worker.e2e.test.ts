import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { CDPSession, Page } from "playwright-core";
import { generateUnitWorkbooks, randomUnitForm } from "../../src/bench/generate-units";
import { seededRandom } from "../../src/cli/_lib/seeded-random";
import { planRosterSheet } from "../../src/core/consolidate";
import { planSheet } from "../../src/core/layout";
import { cellAddress } from "../../src/core/sheet";
import { findBuiltinTemplate } from "../../src/core/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { rosterOf } from "../_support/consolidate-factory";
import { E2E_TIMEOUT, ROOT, expectVisible, openPane, startSite, type E2eSite } from "../_support/e2e-browser";
import { unitWorkbookBytes } from "../_support/unit-file-factory";

/**
 * 汇总 of 200 units' files in the built page in Chromium, at a pane's 400 px: the reading, auditing
 * and consolidating run in a Web Worker, so the page keeps painting (the longest gap between two
 * animation frames while it runs), 取消 brings it back to idle at once, and the totals are right.
 * The same is measured with the page's Worker taken away (the in-thread run that main makes) and
 * both sets of figures printed. Needs `npm run build` first.
 */
jest.setTimeout(10 * E2E_TIMEOUT);

const UNITS = 200;
const supplies = findBuiltinTemplate("supplies")!;

/** Every figure the generated files hold, summed per indicator: the 汇总表's totals, reckoned without the consolidation. */
function expectedTotals(): Map<string, number> {
  // generateUnitWorkbooks draws each unit's form in turn from this seed (a fresh folder, nothing reused).
  const random = seededRandom(UNITS * 7919);
  const totals = new Map<string, number>();
  for (let i = 0; i < UNITS; i++)
    for (const [key, value] of Object.entries(randomUnitForm(supplies, i, 0, random).values)) totals.set(key, (totals.get(key) ?? 0) + Number(value));
  return totals;
}

interface RunFigures {
  /** 开始汇总 clicked → the first 正在读取（n/200） shown. */
  firstProgressMs: number;
  /** 开始汇总 clicked → the 汇总结果 shown (the summary workbook written). */
  resultMs: number;
  /** The longest gap between two animation frames from the click until 正在写入 shows: reading, auditing, consolidating. */
  maxFrameGapMs: number;
  /** The same from 正在写入 to the result: the summary written into its workbook, on the main thread in both modes. */
  writingMaxFrameGapMs: number;
  /** The page's main thread in long tasks (over 50 ms) from the click until 正在写入 shows. */
  readingLongTasksMs: number;
  /** How long the page's main thread was busy with tasks from the click to the result (Chromium's TaskDuration). */
  mainThreadMs: number;
}

interface CancelFigures {
  /** 取消 clicked (the click sent to the page) → 已取消 shown. */
  cancelToIdleMs: number;
  /** The longest gap between two animation frames from the start of the cancelled run to idle. */
  cancelRunMaxFrameGapMs: number;
}

/**
 * In the page, from now on: every animation frame's time, and the moments 开始汇总 and 取消 are
 * clicked, the first file's progress shows, 正在写入 shows, the result shows and 已取消 shows.
 */
async function watch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { frames: [] as number[], marks: {} as Record<string, number>, long: [] as Array<[number, number]> };
    (window as unknown as { probe: typeof probe }).probe = probe;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => probe.long.push([e.startTime, e.duration]))).observe({ type: "longtask" });
    const frame = (time: number) => {
      probe.frames.push(time);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const mark = (name: string) => {
      if (!(name in probe.marks)) probe.marks[name] = performance.now();
    };
    document.addEventListener(
      "click",
      (event) => {
        const label = (event.target as Element).closest("button")?.textContent;
        if (label === "开始汇总") mark("start");
        if (label === "取消") mark("cancel");
      },
      true,
    );
    const view = document.querySelector('section[aria-label="汇总"]')!;
    new MutationObserver(() => {
      const progress = view.querySelector('[role="group"][aria-label="汇总进度"]')?.textContent ?? "";
      if (/正在读取（\d+\/\d+）/.test(progress)) mark("progress");
      if (progress.includes("正在写入")) mark("writing");
      if (view.querySelector('[aria-label="汇总结果"]') && "writing" in probe.marks) mark("result");
      if (view.textContent?.includes("已取消汇总")) mark("idle");
    }).observe(view, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * The marks the page made since the last take (then forgotten), and for each window asked for the
 * longest gap between two animation frames and the time in the page's long tasks (over 50 ms).
 */
async function takeProbe(page: Page, windows: Array<[string, string]>): Promise<{ marks: Record<string, number>; gaps: number[]; longTasks: number[]; epoch: number }> {
  return page.evaluate((windows) => {
    const probe = (window as unknown as { probe: { frames: number[]; marks: Record<string, number>; long: Array<[number, number]> } }).probe;
    const { marks } = probe;
    const longTasks = windows.map(([from, to]) => probe.long.filter(([t]) => t >= marks[from] && t < marks[to]).reduce((sum, [, d]) => sum + d, 0));
    probe.long = [];
    const gaps = windows.map(([from, to]) => {
      const frames = [...probe.frames.filter((t) => t < marks[from]).slice(-1), ...probe.frames.filter((t) => t >= marks[from] && t <= marks[to]), marks[to]];
      let longest = 0;
      for (let i = 1; i < frames.length; i++) longest = Math.max(longest, frames[i] - frames[i - 1]);
      return longest;
    });
    probe.marks = {};
    probe.frames = probe.frames.slice(-1);
    return { marks, gaps, longTasks, epoch: performance.timeOrigin };
  }, windows);
}

/** Seconds the page's main thread has spent on tasks so far. */
async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: Array<{ name: string; value: number }> };
  return metrics.find((m) => m.name === "TaskDuration")!.value;
}

async function consolidateAll(page: Page, cdp: CDPSession): Promise<RunFigures> {
  const before = await mainThreadSeconds(cdp);
  await page.getByRole("button", { name: "开始汇总" }).click();
  await expectVisible(page.getByRole("region", { name: "汇总结果" }));
  const mainThreadMs = ((await mainThreadSeconds(cdp)) - before) * 1000;
  const { marks, gaps, longTasks } = await takeProbe(page, [
    ["start", "writing"],
    ["writing", "result"],
  ]);
  return { firstProgressMs: marks.progress - marks.start, resultMs: marks.result - marks.start, maxFrameGapMs: gaps[0], writingMaxFrameGapMs: gaps[1], readingLongTasksMs: longTasks[0], mainThreadMs };
}

/** Start again, and 取消 as soon as the first files are read (a fast run would otherwise be done before the click lands). */
async function cancelEarly(page: Page): Promise<CancelFigures> {
  await page.getByRole("button", { name: "开始汇总" }).click();
  const progress = page.getByRole("group", { name: "汇总进度" });
  await page.waitForFunction(() => /正在读取（\d+\//.test(document.querySelector('[role="group"][aria-label="汇总进度"]')?.textContent ?? ""), undefined, { polling: 10 });
  const box = (await progress.getByRole("button", { name: "取消" }).boundingBox())!;
  // The mouse straight at the button: a locator's click first waits on the page, which would be timed as the page's slowness.
  const clickedAt = Date.now();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expectVisible(page.getByText("已取消汇总，未写入任何内容。"));
  await expect(page.getByRole("button", { name: "开始汇总" }).isEnabled()).resolves.toBe(true);
  const { marks, gaps, epoch } = await takeProbe(page, [["start", "idle"]]);
  expect(marks.cancel).toBeDefined();
  return { cancelToIdleMs: epoch + marks.idle - clickedAt, cancelRunMaxFrameGapMs: gaps[0] };
}

const ms = (value: number) => `${Math.round(value)} ms`;

describe("汇总 of 200 files in a browser, off the main thread", () => {
  let site: E2eSite | undefined;
  let folder = "";
  let files: string[] = [];
  beforeAll(async () => {
    site = await startSite();
    folder = await mkdtemp(path.join(tmpdir(), "huibao-worker-"));
    files = await generateUnitWorkbooks(folder, supplies, UNITS);
  });
  afterAll(async () => {
    await site?.close();
    await rm(folder, { recursive: true, force: true });
  });

  /** The pane at 400 px with the 200 files picked; `inThread` takes the page's Worker away before it loads, as an old WebView lacks it. */
  async function paneWithFiles(inThread: boolean) {
    const pane = await openPane(site!, { viewport: { width: 400, height: 900 } });
    if (inThread) {
      await pane.page.addInitScript(() => Reflect.deleteProperty(window, "Worker"));
      await pane.page.reload();
      await expectVisible(pane.page.getByTestId("mode-badge").getByText("浏览器模式"));
    }
    const workers: string[] = [];
    pane.page.on("worker", (worker) => workers.push(worker.url()));
    await pane.page.getByRole("tab", { name: "汇总" }).click();
    await pane.page.getByTestId("consolidate-files-input").setInputFiles(files);
    await expectVisible(pane.page.getByText(`已选 ${UNITS} 个文件`));
    await watch(pane.page);
    const cdp = await pane.context.newCDPSession(pane.page);
    await cdp.send("Performance.enable");
    return { ...pane, workers, cdp };
  }

  it("keeps the pane painting while it reads 200 files, answers 取消 at once, and totals them right", async () => {
    const figures: Record<string, RunFigures & CancelFigures> = {};
    for (const mode of ["worker", "in-thread"] as const) {
      const { context, page, problems, strayRequests, workers, cdp } = await paneWithFiles(mode === "in-thread");
      const run = await consolidateAll(page, cdp);

      const result = page.getByRole("region", { name: "汇总结果" });
      await expectVisible(result.getByText(`收到文件：${UNITS} 份`, { exact: true }));
      await expectVisible(result.getByText(`计入单位：${UNITS} 个`));
      const [download] = await Promise.all([page.waitForEvent("download"), result.getByRole("button", { name: "下载汇总工作簿" }).click()]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
      const sheet = book.getWorksheet("汇总表")!;
      const { anchors } = planSheet(supplies, { sheetName: "汇总表" });
      const totals = expectedTotals();
      expect(totals.size).toBeGreaterThan(10);
      for (const [key, total] of totals) {
        const anchor = anchors.indicators![key];
        expect([key, Number(sheet.getCell(cellAddress(anchor.row, anchor.valueCol)).value)]).toEqual([key, expect.closeTo(total, 2)]);
      }

      const cancel = await cancelEarly(page);
      figures[mode] = { ...run, ...cancel };
      expect(workers.length).toBe(mode === "worker" ? 2 : 0);
      if (mode === "worker") expect(workers.every((url) => /consolidate-worker\.[0-9a-f]+\.js$/.test(url))).toBe(true);
      expect(problems).toEqual([]);
      expect(strayRequests()).toEqual([]);
      await context.close();
    }

    const lines = Object.entries(figures).map(
      ([mode, f]) =>
        `${mode.padEnd(9)}  first progress ${ms(f.firstProgressMs)} · result ${ms(f.resultMs)} · main thread busy ${ms(f.mainThreadMs)} (long tasks while reading ${ms(f.readingLongTasksMs)}) · longest frame gap reading ${ms(f.maxFrameGapMs)}, writing ${ms(f.writingMaxFrameGapMs)}, cancelled run ${ms(f.cancelRunMaxFrameGapMs)} · 取消 → idle ${ms(f.cancelToIdleMs)}`,
    );
    console.log(`汇总 of ${UNITS} files at 400 px in Chromium:\n${lines.join("\n")}`);

    const worker = figures.worker;
    expect(worker.firstProgressMs).toBeLessThan(2_000);
    expect(worker.resultMs).toBeLessThan(20_000);
    expect(worker.maxFrameGapMs).toBeLessThan(500);
    expect(worker.cancelRunMaxFrameGapMs).toBeLessThan(500);
    expect(worker.cancelToIdleMs).toBeLessThan(1_000);
  });

  it("asks about a 填报单位 that contradicts the file name, and counts the answer on the worker's second run", async () => {
    const pick: string[] = [];
    for (const [name, unit, funds] of [
      ["城关镇.xlsx", "城关镇", "120.5"],
      ["东关街道.xlsx", "东关街道", "80"],
      ["县卫健局.xlsx", "城关镇", "7"],
    ]) {
      const file = path.join(folder, "conflict", name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, await unitWorkbookBytes(supplies, { unit, period: "2020年2月20日24时", reportDate: "2020-02-21" }, { "fundsPrepared.cumulative": funds }));
      pick.push(file);
    }
    const roster = XlsxWorkbook.create("单位名录.xlsx");
    await roster.createSheet(planRosterSheet(rosterOf("城关镇", "东关街道", "县卫健局")));
    const rosterFile = path.join(folder, "conflict", "单位名录.xlsx");
    await writeFile(rosterFile, await roster.toBytes());

    const { context, page, problems } = await openPane(site!, { viewport: { width: 400, height: 900 } });
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByTestId("consolidate-files-input").setInputFiles(pick);
    await page.getByTestId("consolidate-roster-input").setInputFiles(rosterFile);
    await page.getByRole("textbox", { name: "填表人" }).fill("李四");
    await page.getByRole("button", { name: "开始汇总" }).click();
    await expectVisible(page.getByRole("alertdialog").getByText("填报单位与文件名不一致"));
    await page.getByRole("button", { name: "按文件名计入“县卫健局”" }).click();

    const result = page.getByRole("region", { name: "汇总结果" });
    await expectVisible(result.getByText("计入单位：3 个"));
    await expectVisible(result.getByTestId("consolidate-total").getByText("累计筹备物资金额·累计合计：207.5万元（3 个单位）"));
    const [download] = await Promise.all([page.waitForEvent("download"), result.getByRole("button", { name: "下载汇总工作簿" }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const texts: string[] = [];
    book.getWorksheet("汇总表")!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    // The signature typed in the pane crossed to the worker with the files.
    expect(texts.join(" ")).toContain("李四");
    // The first run found the conflict, the second counted the answer: a worker each.
    expect(workers).toHaveLength(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("builds the worker as a bundle of its own, without React or Fluent UI", () => {
    const dist = path.join(ROOT, "dist");
    const [worker, ...more] = readdirSync(dist).filter((f) => /^consolidate-worker\.[0-9a-f]+\.js$/.test(f));
    expect(more).toEqual([]);
    const source = readFileSync(path.join(dist, worker), "utf8");
    // React's element and context symbols, and the class names Fluent UI gives its components (fui-Button …).
    expect(source.match(/react\.(?:element|transitional|context|consumer)|fui-[A-Z]\w+/g)).toBeNull();
    expect(readFileSync(path.join(dist, readdirSync(dist).find((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f))!), "utf8")).toMatch(/fui-Button/);
  });
});
