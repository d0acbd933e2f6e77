import { mkdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { message } from "../core/locale";
import { BUILTIN_TEMPLATES, type ReportTemplate } from "../core/template";
import { writeXlsxFile } from "../workbook/xlsx/xlsx-file";
import { reportError } from "./_lib/cli-error";
import { printLines, processIo, type CliIo } from "./_lib/cli-io";
import { buildUnitWorkbook } from "./_lib/unit-workbook";
import { periodFor, writeSampleRoster, writeSampleUnits } from "./demo/sample-units";
import { main } from "./main";

/** The sample unit the blank workbooks are made for. */
const DEMO_UNIT = "城关镇";

/** Step 1: a blank unit workbook of every built-in template. Returns the files written. */
export async function writeBlankWorkbooks(folder: string, io: CliIo): Promise<string[]> {
  const written: string[] = [];
  for (const template of BUILTIN_TEMPLATES) {
    const file = join(folder, `${template.id}-${DEMO_UNIT}-空白.xlsx`);
    const { workbook, plan } = await buildUnitWorkbook(template, { unit: DEMO_UNIT, period: periodFor(template) });
    await writeXlsxFile(file, workbook);
    const shown = relative(io.cwd, file) || file;
    printLines(io.out, [message("cli.template-new.written", { file: shown, unit: DEMO_UNIT, title: template.title, sheet: plan.sheetName })]);
    written.push(file);
  }
  return written;
}

/** Run a `huibao` command in-process, as the clerk would type it; a failure stops the demo. */
async function huibao(io: CliIo, ...args: string[]): Promise<void> {
  printLines(io.out, ["", `$ huibao ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(" ")}`]);
  const code = await main(["node", "huibao", ...args], io);
  if (code > 1) throw new Error(message("cli.demo.step-failed", { command: args[0] }));
}

/** Steps 2–4 for one template: sample unit workbooks, their consolidation against the roster, and the audit of one unit. */
async function consolidateSamples(io: CliIo, outDir: string, template: ReportTemplate, roster: string): Promise<void> {
  const samples = join(outDir, "样例", template.title);
  await mkdir(resolve(io.cwd, samples), { recursive: true });
  await writeSampleUnits(resolve(io.cwd, samples), template);
  printLines(io.out, ["", message("cli.demo.template-heading", { title: template.title, folder: samples })]);
  const summary = join(outDir, "汇总", `${template.title}-汇总.xlsx`);
  await huibao(io, "consolidate", samples, "--template", template.id, "--roster", roster, "--office", "县疫情防控指挥部办公室", "--region", "全县", "-o", summary, "--force");
  if (template === BUILTIN_TEMPLATES[0]) {
    await huibao(io, "validate", join(samples, "县教育局.xlsx"));
    await huibao(io, "narrate", summary, "--region", "全县");
  }
}

/**
 * `npm run demo`: what the tool does, end to end, on the built-in templates: blank unit workbooks,
 * then for each template sample workbooks from six units (one missing, one resubmitted, one zero
 * report, one figure in another unit of measure, one placeholder left in) consolidated against the
 * sample roster with the narrative paragraph of each summary, the audit of one unit, and the
 * paragraph written again from a summary workbook.
 */
export async function runDemo(io: CliIo = processIo(), outDir = "out"): Promise<number> {
  const folder = resolve(io.cwd, outDir);
  try {
    printLines(io.out, [message("cli.demo.start", { folder: outDir })]);
    await mkdir(join(folder, "空白表式"), { recursive: true });
    await mkdir(join(folder, "汇总"), { recursive: true });
    const written = await writeBlankWorkbooks(join(folder, "空白表式"), io);
    const roster = join(outDir, "样例", "单位名录.xlsx");
    await mkdir(join(folder, "样例"), { recursive: true });
    await writeSampleRoster(resolve(io.cwd, roster));
    for (const template of BUILTIN_TEMPLATES) await consolidateSamples(io, outDir, template, roster);
    printLines(io.out, ["", message("cli.demo.done", { count: written.length, folder: outDir })]);
    return 0;
  } catch (error) {
    return reportError(error, io.err);
  }
}

if (require.main === module) {
  void runDemo().then((code) => {
    process.exitCode = code;
  });
}
