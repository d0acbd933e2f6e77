import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findBuiltinTemplate } from "../../src/core/template";
import { expectCleanError, runCli } from "../_support/run-cli";
import { unitWorkbookBytes } from "../_support/unit-file-factory";

/**
 * A half-year form that carries 上年同期 itself: the summary's 综述 states 同比 from it, with no previous
 * summary (--prev) given — in consolidate's paragraph and in narrate's from the summary workbook.
 */

const propaganda = findBuiltinTemplate("propaganda")!;
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "huibao-yoy-"));
  await mkdir(join(folder, "units"));
  const figures = [
    ["城关镇", "180", "150"],
    ["东关街道", "120", "90"],
  ];
  for (const [unit, now, before] of figures) {
    const values = { "newsArticles.current": now, "newsArticles.lastYear": before, "centerGroupStudy.current": "4" };
    await writeFile(join(folder, "units", `${unit}.xlsx`), await unitWorkbookBytes(propaganda, { unit, period: "2023年上半年", reportDate: "2023-07-05" }, values));
  }
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("a half-year form with a 上年同期 column", () => {
  it("states 同比 in the 综述 from its own 上年同期, without --prev", async () => {
    const run = await runCli(folder, "consolidate", "units", "--template", "propaganda", "--region", "全县", "-o", "汇总.xlsx");
    expectCleanError(run);
    expect(run.code).toBe(0);
    // 新闻稿件 300 against 240 a year before.
    expect(run.out).toContain("新闻稿件数量同比增长25%");

    const narrated = await runCli(folder, "narrate", "汇总.xlsx", "--region", "全县");
    expect(narrated.code).toBe(0);
    expect(narrated.out).toContain("新闻稿件数量同比增长25%");
  });
});
