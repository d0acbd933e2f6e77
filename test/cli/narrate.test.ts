import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeSampleRoster, writeSampleUnits } from "../../src/cli/demo/sample-units";
import type { EntityPhrase, NarrativeSpec } from "../../src/core/narrative";
import { BUILTIN_TEMPLATES, flattenIndicators } from "../../src/core/template";
import { expectCleanError, runCli } from "../_support/run-cli";

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
});
