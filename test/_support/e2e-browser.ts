import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";

/**
 * The built page (dist/) in headless Chromium for the e2e tests: served over plain http on
 * 127.0.0.1, every request elsewhere aborted and recorded (office.js from the CDN fails at once, so
 * the page runs in browser mode), and anything the page reports as an error collected.
 */
export const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
export const E2E_TIMEOUT = 60_000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".xml": "application/xml",
  ".png": "image/png",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

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

export interface E2eSite {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serve dist/ and start Chromium; refuses with a clear message when the page was not built. */
export async function startSite(): Promise<E2eSite> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html 不存在：请先运行 npm run build（端到端测试读取构建好的 dist/ 目录）。");
  }
  const server = await serveDist();
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    timeout: E2E_TIMEOUT,
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface E2ePane {
  context: BrowserContext;
  page: Page;
  /** Errors the page reported (office.js failing to load is expected and not one). */
  problems: string[];
  /** Requests to anywhere but the page's own site, other than office.js. */
  strayRequests(): string[];
}

export interface PaneOptions {
  /** The pane's size; 480 × 1000 unless told. */
  viewport?: { width: number; height: number };
  /** Requests elsewhere are refused at once unless told to hang, as an intranet that drops the CDN silently does. */
  offsite?: "refuse" | "hang";
  /** Wait for the page to settle in browser mode (the default), or return as soon as it starts loading. */
  waitForBrowserMode?: boolean;
}

/** The task pane opened in a narrow window, as a pane is, in Chinese, with downloads allowed. */
export async function openPane(site: E2eSite, options: PaneOptions = {}): Promise<E2ePane> {
  const context = await site.browser.newContext({ acceptDownloads: true, locale: "zh-CN", viewport: options.viewport ?? { width: 480, height: 1000 } });
  context.setDefaultTimeout(E2E_TIMEOUT);
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
    blocked.push(url.href);
    // A hanging request is left unanswered; the context's close drops it.
    if (options.offsite === "hang") return;
    return route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error" && !/appsforoffice|net::ERR_INTERNET_DISCONNECTED/.test(msg.text() + msg.location().url))
      problems.push(`console: ${msg.text()}`);
  });
  if (options.waitForBrowserMode === false) await page.goto(`${site.base}/taskpane.html`, { waitUntil: "commit" });
  else {
    await page.goto(`${site.base}/taskpane.html`);
    await expectVisible(page.getByTestId("mode-badge").getByText("浏览器模式"));
  }
  return { context, page, problems, strayRequests: () => blocked.filter((url) => url !== OFFICE_JS) };
}

export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout: E2E_TIMEOUT });
}

/** A screenshot of what is on screen into .screens/ (not committed), to be looked at. */
export async function screen(page: Page, name: string): Promise<string> {
  // HUIBAO_SCREENS names another folder, to keep pictures of an earlier build beside the current ones.
  const file = path.join(ROOT, process.env.HUIBAO_SCREENS ?? ".screens", name);
  await mkdir(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  return file;
}

/** The words on the primary (brand-coloured) buttons a clerk can see: a view offers one at a time. */
export function primaryButtons(page: Page): Promise<Array<string | null>> {
  return page.evaluate(() => {
    const provider = document.querySelector(".fui-FluentProvider")!;
    const probe = document.createElement("span");
    probe.style.color = getComputedStyle(provider).getPropertyValue("--colorBrandBackground").trim();
    provider.append(probe);
    const brand = getComputedStyle(probe).color;
    probe.remove();
    return [...document.querySelectorAll("button")]
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(b).visibility !== "hidden" && b.closest("[hidden]") === null;
      })
      .filter((b) => getComputedStyle(b).backgroundColor === brand)
      .map((b) => b.textContent);
  });
}

/** A screenshot into test-output/ (the whole page unless told), to be looked at. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const file = path.join(ROOT, "test-output", name);
  await mkdir(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}
