import { readFileSync } from "node:fs";
import path from "node:path";

/** office.js from 21Vianet's CDN for tenants in China is a build setting, not a hand edit of two HTML files. */
type Config = ((env: Record<string, string>, argv: Record<string, string>) => Promise<{ plugins: { userOptions?: { filename?: string; templateParameters?: { officeJs?: string } } }[] }>) & {
  OFFICE_JS: Record<string, string>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own settings, CommonJS
const config = require("../../webpack.config.js") as Config;

async function officeJsOf(env: Record<string, string>): Promise<Record<string, string | undefined>> {
  const built = await config(env, { mode: "production" });
  const pages = built.plugins.filter((p) => p.userOptions?.filename?.endsWith(".html"));
  return Object.fromEntries(pages.map((p) => [p.userOptions!.filename!, p.userOptions!.templateParameters?.officeJs]));
}

describe("the office.js CDN of a build", () => {
  const saved = process.env.HUIBAO_OFFICEJS;
  afterEach(() => {
    if (saved === undefined) delete process.env.HUIBAO_OFFICEJS;
    else process.env.HUIBAO_OFFICEJS = saved;
  });

  it("is Microsoft's global CDN unless told otherwise", async () => {
    delete process.env.HUIBAO_OFFICEJS;
    expect(await officeJsOf({})).toEqual({ "taskpane.html": config.OFFICE_JS.global, "commands.html": config.OFFICE_JS.global });
  });

  it("is 21Vianet's for `--env officejs=china` or HUIBAO_OFFICEJS=china", async () => {
    expect(Object.values(await officeJsOf({ officejs: "china" }))).toEqual([config.OFFICE_JS.china, config.OFFICE_JS.china]);
    process.env.HUIBAO_OFFICEJS = "china";
    expect(Object.values(await officeJsOf({}))).toEqual([config.OFFICE_JS.china, config.OFFICE_JS.china]);
    expect(config.OFFICE_JS.china).toBe("https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js");
  });

  it("refuses a CDN it does not know rather than build a page that loads nothing", async () => {
    await expect(officeJsOf({ officejs: "cn" })).rejects.toThrow(/global, china/);
  });

  it("is what both pages load, and both pages' CSP admit either CDN", () => {
    for (const page of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
      const html = readFileSync(path.resolve(__dirname, "../..", page), "utf8");
      // The pane loads it through office-boot.js (which says so when it hangs), the commands page directly.
      expect(html).toMatch(/<script[^>]*(src|data-office-js)="<%= officeJs %>"/);
      expect(html).not.toContain("lib/1/hosted/office.js\"");
      for (const url of Object.values(config.OFFICE_JS)) expect(html).toContain(new URL(url).origin);
    }
  });
});
