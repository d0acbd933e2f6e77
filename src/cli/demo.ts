import { mkdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { message } from "../core/locale";
import { BUILTIN_TEMPLATES, type ReportTemplate } from "../core/template";
import { writeXlsxFile } from "../workbook/xlsx/xlsx-file";
import { reportError } from "./_lib/cli-error";
import { printLines, processIo, type CliIo } from "./_lib/cli-io";
import { buildUnitWorkbook } from "./_lib/unit-workbook";

/** The sample unit and periods the demo fills in. */
const DEMO_UNIT = "城关镇";
const periodFor = (template: ReportTemplate) => (template.periodKind === "as-of" ? "2023年2月20日24时" : "2023年上半年");

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

/**
 * `npm run demo`: what the tool does, end to end, on the built-in templates. Each step is its own
 * function so later steps (fill, validate, consolidate, narrate) are added one line at a time.
 */
export async function runDemo(io: CliIo = processIo(), outDir = "out"): Promise<number> {
  const folder = resolve(io.cwd, outDir);
  try {
    printLines(io.out, [message("cli.demo.start", { folder: outDir })]);
    await mkdir(folder, { recursive: true });
    const written = await writeBlankWorkbooks(folder, io);
    printLines(io.out, [message("cli.demo.done", { count: written.length, folder: outDir })]);
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
