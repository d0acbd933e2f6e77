import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom } from "../../src/cli/_lib/seeded-random";
import { plausibleForm, zeroForm } from "../../src/cli/demo/plausible-form";
import { periodFor, SAMPLE_ROSTER, writeSampleRoster, writeSampleUnits } from "../../src/cli/demo/sample-units";
import { planRosterSheet, type Roster } from "../../src/core/consolidate";
import type { NarrativeSpec } from "../../src/core/narrative";
import { BUILTIN_TEMPLATES, flattenIndicators, type ReportTemplate } from "../../src/core/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { writeXlsxFile } from "../../src/workbook/xlsx/xlsx-file";
import { registerFaults } from "../_support/register-faults";
import { runCli } from "../_support/run-cli";
import { unitWorkbookBytes } from "../_support/unit-file-factory";

/**
 * Each built-in template's default paragraph (综述) on the demo's sample units and at the edges — one
 * unit, every unit a 零报告, no usable file, figures typed with 余 — as `huibao consolidate` writes it
 * and `huibao narrate` writes it again from the summary workbook: never with a fault issue 14 found.
 */

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "huibao-register-"));
  await writeSampleRoster(join(root, "单位名录.xlsx"));
  await writeRoster(join(root, "一个单位.xlsx"), { units: [SAMPLE_ROSTER.units[0]!] });
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function writeRoster(path: string, roster: Roster): Promise<void> {
  const workbook = XlsxWorkbook.create("单位名录.xlsx");
  await workbook.createSheet(planRosterSheet(roster));
  await writeXlsxFile(path, workbook);
}

const header = (template: ReportTemplate, unit: string) => ({ unit, period: periodFor(template), preparer: "王明", phone: "0371-12345678", reportDate: "2023-02-21" });

/** Every unit of the roster sends a form whose figures are all 0. */
async function writeZeroReports(folder: string, template: ReportTemplate): Promise<void> {
  for (const { name } of SAMPLE_ROSTER.units) {
    const form = zeroForm(template, header(template, name));
    await writeFile(join(folder, `${name}.xlsx`), await unitWorkbookBytes(template, form.header, form.values, form.rows));
  }
}

/** Three units; two type every figure with 余 (300余), the third types exact figures. */
async function writeHedged(folder: string, template: ReportTemplate): Promise<void> {
  const random = seededRandom(7);
  const counts = new Set(template.kind === "indicators" ? flattenIndicators(template).filter((p) => p.indicator.kind !== "percent").map((p) => p.indicator.key) : []);
  for (const [i, { name }] of SAMPLE_ROSTER.units.slice(0, 3).entries()) {
    const form = plausibleForm(template, header(template, name), random);
    const values = Object.fromEntries(Object.entries(form.values).map(([key, value]) => [key, i < 2 && counts.has(key) ? `${value}余` : value]));
    await writeFile(join(folder, `${name}.xlsx`), await unitWorkbookBytes(template, form.header, values, form.rows));
  }
}

interface Paragraph {
  code: number;
  /** As `huibao consolidate` prints it. */
  text: string;
  /** As `huibao narrate --json` writes it again from the summary. */
  narrated: { text: string; spec: NarrativeSpec };
}

async function paragraphOf(name: string, template: ReportTemplate, roster: string, fill: (folder: string) => Promise<unknown>): Promise<Paragraph> {
  const folder = join(root, template.id, name);
  await mkdir(folder, { recursive: true });
  await fill(folder);
  const summary = join(root, template.id, `${name}-汇总.xlsx`);
  const run = await runCli(root, "consolidate", folder, "--template", template.id, "--roster", roster, "--region", "全县", "-o", summary);
  const lines = run.out.split("\n");
  const text = lines[lines.indexOf("综述：") + 1] ?? "";
  const narrate = await runCli(root, "narrate", summary, "--region", "全县", "--json");
  expect(narrate.code).toBe(0);
  return { code: run.code, text, narrated: JSON.parse(narrate.out) };
}

describe.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))("the %s paragraph", (_id, template) => {
  const roster = "单位名录.xlsx";

  it("on the demo's sample units reads without a fault, the same from the summary workbook", async () => {
    const paragraph = await paragraphOf("demo", template, roster, (folder) => writeSampleUnits(folder, template));
    expect(paragraph.code).toBe(0);
    expect(paragraph.text).toMatch(/6个单位中已报送5个（其中南湖乡为零报告），北山镇未报送。/);
    expect(registerFaults(paragraph.text)).toEqual([]);
    expect(registerFaults(paragraph.narrated.text, paragraph.narrated.spec)).toEqual([]);
    expect(paragraph.narrated.text).toBe(paragraph.text);
  });

  it("for a single unit names it", async () => {
    const paragraph = await paragraphOf("one", template, "一个单位.xlsx", async (folder) => {
      await writeSampleUnits(folder, template);
      for (const file of ["东关街道.xlsx", "东关街道（更正）.xlsx", "西关街道.xlsx", "南湖乡.xlsx", "县教育局.xlsx"]) await rm(join(folder, file));
    });
    expect(paragraph.code).toBe(0);
    expect(paragraph.text).toContain("全县城关镇已报送。");
    expect(registerFaults(paragraph.narrated.text, paragraph.narrated.spec)).toEqual([]);
  });

  it("when every unit sent a 零报告 says so, and states no figure of 0", async () => {
    const paragraph = await paragraphOf("zero", template, roster, (folder) => writeZeroReports(folder, template));
    expect(paragraph.code).toBe(0);
    expect(paragraph.text).toContain("全县6个单位已全部报送，均为零报告。");
    expect(registerFaults(paragraph.narrated.text, paragraph.narrated.spec)).toEqual([]);
  });

  it("when no file can be used still writes the summary, says 均未报送, and exits 2", async () => {
    const paragraph = await paragraphOf("none", template, roster, (folder) => writeFile(join(folder, "坏文件.xlsx"), Buffer.from("PK\u0003\u0004 truncated")));
    expect(paragraph.code).toBe(2);
    expect(paragraph.text).toBe("全县6个单位均未报送。");
    expect(paragraph.narrated.text).toBe("全县6个单位均未报送。");
  });

  it("keeps the 余 typed by the units, through the summary workbook, and never turns it into 约", async () => {
    const paragraph = await paragraphOf("hedged", template, roster, (folder) => writeHedged(folder, template));
    expect(registerFaults(paragraph.narrated.text, paragraph.narrated.spec, { hedged: true })).toEqual([]);
    expect(paragraph.narrated.text).toBe(paragraph.text);
    if (template.kind === "indicators") expect(paragraph.text).toMatch(/\d+(万)?余/);
  });
});
