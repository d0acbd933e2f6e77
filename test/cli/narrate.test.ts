import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeSampleRoster, writeSampleUnits } from "../../src/cli/demo/sample-units";
import type { EntityPhrase, NarrativeSpec } from "../../src/core/narrative";
import { BUILTIN_TEMPLATES, flattenIndicators, type ReportTemplate } from "../../src/core/template";
import { expectCleanError, runCli } from "../_support/run-cli";
import { unitWorkbookBytes } from "../_support/unit-file-factory";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "huibao-narrate-"));
  await writeSampleRoster(join(folder, "单位名录.xlsx"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

function entities(spec: NarrativeSpec): EntityPhrase[] {
  return spec.sections.flatMap((s) => s.sentences.flatMap((t) => t.phrases.filter((p): p is EntityPhrase => p.type === "entity")));
}

describe.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))("huibao narrate on the %s summary", (id, template) => {
  it("writes a paragraph whose every figure is the summary's", async () => {
    const units = join(folder, id);
    await import("node:fs/promises").then((fs) => fs.mkdir(units));
    await writeSampleUnits(units, template);
    const consolidated = await runCli(folder, "consolidate", id, "--template", id, "--roster", "单位名录.xlsx", "-o", `${id}.xlsx`, "--json");
    expect(consolidated.code).toBe(0);
    const totals: Record<string, number> = JSON.parse(consolidated.out).totals;

    const run = await runCli(folder, "narrate", `${id}.xlsx`, "--region", "全县", "--json");
    expect(run.code).toBe(0);
    const { text, spec } = JSON.parse(run.out);
    expect(text).toMatch(/^(截至|2023年上半年|全县)/);
    expect(text).toContain("北山镇");
    // The JSON names a total "section·label" where the label repeats across sections (复工复产).
    const placed = template.kind === "indicators" ? flattenIndicators(template) : [];
    const labels = new Map(placed.map((p) => [p.indicator.key, p.indicator.label]));
    const qualified = new Map(placed.map((p) => [p.indicator.key, `${p.sectionTitle}·${p.indicator.label}`]));
    // A ranking's figures are the units' own (their source names the unit), not the summary's.
    const checked = entities(spec).filter((e) => e.indicatorKey && labels.has(e.indicatorKey) && e.value !== undefined && e.kind !== "change" && !e.source?.reportingUnit);
    if (template.kind === "indicators") expect(checked.length).toBeGreaterThan(3);
    for (const entity of checked) {
      const label = labels.get(entity.indicatorKey!)!;
      const total = totals[qualified.get(entity.indicatorKey!)!] ?? totals[label];
      if (total === undefined) continue;
      // A figure read back from the .xlsx may differ from the JSON's in the last of 15 significant digits.
      expect(Math.abs(entity.value! - total)).toBeLessThanOrEqual(Math.abs(total) * 1e-12);
    }

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, `${id}.xlsx`));
    const paragraph = String(workbook.getWorksheet("综述")!.getCell("A3").value);
    expect(paragraph.length).toBeGreaterThan(20);
    expect(workbook.getWorksheet("_huibao_narrative")!.state).toBe("veryHidden");
  });
});

describe("edge cases", () => {
  it("says so when the file is not a summary", async () => {
    const units = join(folder, "supplies");
    const run = await runCli(units, "narrate", "南湖乡.xlsx");
    expect(run.code).toBe(0);
    const other = await runCli(folder, "narrate", "单位名录.xlsx");
    expect(other.code).toBe(2);
    expect(other.err).toContain("汇总表");
    expectCleanError(other);
  });

  describe("hedges and periods kept in the summary workbook", () => {
    const publicity = BUILTIN_TEMPLATES.find((t) => t.id === "publicity")!;
    const propaganda = BUILTIN_TEMPLATES.find((t) => t.id === "propaganda")!;

    /** Units' workbooks of a template for a period, each with its own figures, consolidated into `summary`. */
    async function summaryOf(name: string, template: ReportTemplate, period: string, figures: Array<Record<string, string>>): Promise<string> {
      const units = join(folder, name);
      await mkdir(units);
      for (const [i, values] of figures.entries()) {
        const unit = ["城关镇", "东关街道", "西关街道"][i]!;
        await writeFile(join(units, `${unit}.xlsx`), await unitWorkbookBytes(template, { unit, period, reportDate: "2023-07-05" }, values));
      }
      const run = await runCli(folder, "consolidate", name, "--template", template.id, "-o", `${name}.xlsx`);
      expect(run.code).toBe(0);
      return `${name}.xlsx`;
    }

    /** The summary's narrative data as an earlier version wrote it, or no data sheet at all. */
    async function rewriteData(file: string, edit: (json: string) => string | undefined): Promise<void> {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(folder, file));
      const sheet = workbook.getWorksheet("_huibao_narrative")!;
      const json = edit(String(sheet.getCell("A1").value));
      if (json === undefined) workbook.removeWorksheet(sheet.id);
      else sheet.getCell("A1").value = json;
      await workbook.xlsx.writeFile(join(folder, file));
    }

    it("says 500余 for 300余 and 200, read back from the summary's data", async () => {
      const file = await summaryOf("hedged", publicity, "2023年2月20日24时", [{ leaflets: "300余" }, { leaflets: "200" }]);
      const run = await runCli(folder, "narrate", file);
      expect(run.out).toContain("发放宣传单500余张");
      expect(run.out).not.toContain("约");
    });

    it("still reads a summary written before hedges were kept (约) or before the data sheet existed", async () => {
      const file = await summaryOf("older", publicity, "2023年2月20日24时", [{ leaflets: "300余" }, { leaflets: "200" }]);
      await rewriteData(file, (json) => json.replace('"qualifier":"余"', '"qualifier":"约"'));
      expect((await runCli(folder, "narrate", file)).out).toContain("发放宣传单约500张");
      await rewriteData(file, () => undefined);
      const bare = await runCli(folder, "narrate", file);
      expect(bare.code).toBe(0);
      expect(bare.out).toContain("发放宣传单500张");
    });

    it.each([
      ["2022年上半年", "新闻稿件数量同比增长25%"],
      ["2022年下半年", "新闻稿件数量环比增长25%"],
      ["2022年", "新闻稿件数量比上期增长25%"],
    ])("compares with a previous summary of %s: %s", async (previousPeriod, words) => {
      const current = await summaryOf(`now-${previousPeriod}`, propaganda, "2023年上半年", [{ newsArticles: "300" }, { newsArticles: "200" }]);
      const previous = await summaryOf(`before-${previousPeriod}`, propaganda, previousPeriod, [{ newsArticles: "400" }]);
      const run = await runCli(folder, "narrate", current, "--prev", previous);
      expect(run.code).toBe(0);
      expect(run.out).toContain(words);
    });
  });
});
