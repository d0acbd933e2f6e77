import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import ExcelJS from "exceljs";
import { chromium, type Browser, type Page } from "playwright-core";
import { planSheet } from "../../src/core/layout";
import { findBuiltinTemplate } from "../../src/core/template";

/**
 * The whole page in headless Chromium: dist/ served over plain http on 127.0.0.1, every request
 * elsewhere aborted and recorded (office.js from the CDN fails at once, so the page falls back to
 * browser mode), then new workbook → template → 创建报表 → fill → 保存 → 下载, and the downloaded
 * .xlsx read back with ExcelJS.
 */
const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const SHOT = path.join(ROOT, "test-output", "taskpane.png");
const TIMEOUT = 60_000;
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".xml": "application/xml",
  ".png": "image/png",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

jest.setTimeout(3 * TIMEOUT);

function serveDist(): Promise<Server> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(DIST, path.normalize(pathname));
    if (!file.startsWith(DIST + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe("the task pane in a browser", () => {
  let server: Server | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!existsSync(path.join(DIST, "taskpane.html"))) {
      throw new Error("dist/taskpane.html 不存在：请先运行 npm run build（端到端测试读取构建好的 dist/ 目录）。");
    }
    server = await serveDist();
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
      timeout: TIMEOUT,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it("fills a built-in report in browser mode and downloads a workbook with the values in their cells", async () => {
    const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    const context = await browser!.newContext({ acceptDownloads: true, locale: "zh-CN", viewport: { width: 480, height: 1000 } });
    context.setDefaultTimeout(TIMEOUT);
    const blocked: string[] = [];
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1" || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
      blocked.push(url.href);
      return route.abort("internetdisconnected");
    });
    const page: Page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("console", (msg) => {
      // office.js failing to load is expected; anything else the console reports as an error is not.
      if (msg.type() === "error" && !/appsforoffice|net::ERR_INTERNET_DISCONNECTED/.test(msg.text() + msg.location().url))
        problems.push(`console: ${msg.text()}`);
    });

    await page.goto(`${base}/taskpane.html`);
    await expectVisible(page.getByTestId("mode-badge").getByText("浏览器模式"));

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
    await page.getByRole("textbox", { name: "累计筹备物资金额", exact: true }).fill("930.95");
    await page.getByRole("textbox", { name: "应急资金", exact: true }).fill("500");
    // The half-filled form is kept as a draft (office-js-helpers' Storage in localStorage) until saved.
    const hasDraft = () => Object.keys(window.localStorage).some((key) => key.startsWith("@huibao-drafts/"));
    await page.waitForFunction(hasDraft, undefined, { timeout: TIMEOUT });
    await page.getByRole("button", { name: "保存" }).click();
    await expectVisible(page.getByText(/已保存到工作表“防疫物资保障统计表”/));
    await page.waitForFunction(() => !Object.keys(window.localStorage).some((key) => key.startsWith("@huibao-drafts/")), undefined, {
      timeout: TIMEOUT,
    });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载" }).click()]);
    expect(download.suggestedFilename()).toBe("汇报通工作簿.xlsx");
    const bytes = await readFile((await download.path())!);
    await expectVisible(page.getByText("已下载“汇报通工作簿.xlsx”。"));

    await page.evaluate(() => window.scrollTo(0, 0));
    await mkdir(path.dirname(SHOT), { recursive: true });
    await page.screenshot({ path: SHOT, fullPage: false });
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
    const funds = anchors.indicators!.fundsPrepared;
    const emergency = anchors.indicators!.emergencyFunds;
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
    expect(blocked.length).toBeGreaterThan(0);
    expect(blocked.filter((url) => url !== "https://appsforoffice.microsoft.com/lib/1/hosted/office.js")).toEqual([]);
  });
});

async function expectVisible(locator: ReturnType<Page["getByText"]>): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout: TIMEOUT });
}

async function expectEnabled(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (label) => [...document.querySelectorAll("button")].some((b) => b.textContent === label && !b.disabled),
    name,
    { timeout: TIMEOUT },
  );
}
