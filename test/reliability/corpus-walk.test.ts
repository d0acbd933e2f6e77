import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { recognizeTemplate } from "../../src/core/recognize";
import { BUILTIN_TEMPLATES } from "../../src/core/template";
import { loadWorkbookFile } from "../../src/cli/_lib/load-workbook-file";
import { convertLegacyBatch } from "../../src/cli/_lib/convert-legacy";
import { expectCleanError, runCli, type CliRun } from "../_support/run-cli";
import { problemText } from "../../src/core/locale";

/**
 * Every file of the shared real-world corpus (Excel, LibreOffice, WPS, Quattro, BIFF2–8, encrypted,
 * damaged, a licence text) through `huibao validate` and `huibao consolidate`, in-process: each gets
 * a result or one Chinese message naming it, within a time budget; nothing crashes, hangs or is left
 * half-written; and one consolidation of the whole corpus accounts for every file.
 */

const CORPUS = path.resolve(__dirname, "../../../shared/corpus/real-world");
const describeWithCorpus = existsSync(CORPUS) ? describe : describe.skip;
const FILE_BUDGET_MS = 10_000;
const WORKBOOK_NAME = /\.(xlsx|xlsm|xls|et)$/i;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

const files = existsSync(CORPUS) ? walk(CORPUS) : [];
const relative = (file: string) => path.relative(CORPUS, file);

/** What a run said about one file: exit code, and the JSON or the message. */
interface Outcome {
  run: CliRun;
  ms: number;
}

async function timedRun(cwd: string, ...args: string[]): Promise<Outcome> {
  const started = performance.now();
  const run = await runCli(cwd, ...args);
  return { run, ms: performance.now() - started };
}

/** A refusal as the clerk sees it: exit 2, nothing on stdout, one Chinese line naming the file, no stack. */
function expectClearRefusal({ run }: Outcome, file: string): void {
  expect(run.code).toBe(2);
  expect(run.out).toBe("");
  expect(run.err).toMatch(/^错误：/);
  expect(run.err).toContain(path.basename(file));
  expect(run.err.trim().split("\n")).toHaveLength(1);
  expectCleanError(run);
}

/** A legacy workbook by its first bytes: an OLE2 compound file, or BIFF2–5 written bare. */
function isLegacy(file: string): boolean {
  const head = readFileSync(file).subarray(0, 4);
  if (head.length < 4) return false;
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return true;
  return head[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(head[1]);
}

let out: string;
beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), "huibao-corpus-"));
  // Where LibreOffice is installed, the CLI converts each legacy file on reading it, seconds apiece;
  // converted once ahead in one LibreOffice run (about 40 s for the corpus's 94 here), every later
  // read of a file is served from that conversion, so the walk stays within its budgets.
  const legacy = files.filter(isLegacy);
  const started = performance.now();
  const count = convertLegacyBatch(legacy);
  if (count > 0) console.info(`corpus walk: ${count} of ${legacy.length} legacy files converted ahead by LibreOffice in ${Math.round((performance.now() - started) / 1000)} s`);
}, 600_000);
afterAll(() => rm(out, { recursive: true, force: true }));

describeWithCorpus("huibao validate on every real-world file", () => {
  it.each(files.map((f) => [relative(f), f]))("gives %s a result or a clear message", async (_name, file) => {
    const outcome = await timedRun(out, "validate", file, "--json");
    expect(outcome.ms).toBeLessThan(FILE_BUDGET_MS);
    expect([0, 1, 2]).toContain(outcome.run.code);
    if (outcome.run.code === 2) expectClearRefusal(outcome, file);
    else {
      expect(JSON.parse(outcome.run.out)).toMatchObject({ file, findings: expect.any(Array) });
      expect(outcome.run.err).toBe("");
    }
  });
});

describeWithCorpus("huibao consolidate on every real-world file alone", () => {
  it.each(files.map((f, i) => [relative(f), f, i]))("writes a summary accounting for %s", async (_name, file, i) => {
    const output = path.join(out, `single-${i}.xlsx`);
    const outcome = await timedRun(out, "consolidate", file, "--template", "supplies", "-o", output, "--json");
    expect(outcome.ms).toBeLessThan(FILE_BUDGET_MS);
    // Even when its only input is unusable, consolidation writes the summary: 来源清单 says why, and the
    // run exits 2 saying no unit could be counted.
    const json = JSON.parse(outcome.run.out);
    expect(json.inputs).toHaveLength(1);
    const [input] = json.inputs;
    expect(input.file).toBe(path.basename(file));
    expect(input.valuesRead).toBe(input.valuesAccepted + input.valuesRejected);
    if (input.status === "rejected") {
      expect(input.reason).toContain(`“${path.basename(file)}”`);
      expect(outcome.run.code).toBe(2);
      expect(outcome.run.err).toMatch(/^错误：没有一个单位的报表可以计入汇总/);
      expectCleanError(outcome.run);
    } else expect(outcome.run.code).toBe(0);
    expect(existsSync(output)).toBe(true);
  });
});

describeWithCorpus("huibao consolidate over the whole corpus at once", () => {
  const folders = [CORPUS, ...files.map((f) => path.dirname(f))].filter((d, i, all) => all.indexOf(d) === i);
  const workbooks = files.filter((f) => WORKBOOK_NAME.test(f));
  let outcome: Outcome;
  const output = () => path.join(out, "全部汇总.xlsx");

  beforeAll(async () => {
    outcome = await timedRun(out, "consolidate", ...folders, "--template", "supplies", "-o", output(), "--json");
  }, 120_000);

  it("lists every workbook file, each used or rejected with a reason, and exits 2 when none is the form", () => {
    const json = JSON.parse(outcome.run.out);
    // No file of the corpus is a 防疫物资保障统计表: the summary is written, and the run says no unit could be counted.
    if (json.units.received.length === 0) {
      expect(outcome.run.code).toBe(2);
      expect(outcome.run.err).toMatch(/^错误：没有一个单位的报表可以计入汇总[^\n]*\n$/);
    } else {
      expect(outcome.run.code).toBe(0);
      expect(outcome.run.err).toBe("");
    }
    expect(json.inputs.map((i: { file: string }) => i.file).sort()).toEqual(workbooks.map((f) => path.basename(f)).sort());
    for (const input of json.inputs) {
      expect(input.valuesRead).toBe(input.valuesAccepted + input.valuesRejected);
      if (input.status === "rejected") expect(input.reason).toContain(`“${input.file}”`);
    }
  });

  it("writes a summary that reloads, with every file in 来源清单 and nothing else left behind", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output());
    const sources = book.getWorksheet("来源清单");
    expect(sources).toBeDefined();
    const listed: string[] = [];
    sources!.eachRow((row) => listed.push(row.values ? JSON.stringify(row.values) : ""));
    for (const file of workbooks) expect(listed.join("\n")).toContain(path.basename(file));
    const left = (await readdir(out)).filter((f) => !f.startsWith("single-") && f !== "全部汇总.xlsx");
    expect(left).toEqual([]);
  });
});

describeWithCorpus("dates, hidden sheets and merged cells in the corpus", () => {
  const read = async (name: string) => {
    const loaded = await loadWorkbookFile(path.join(CORPUS, name));
    if (!loaded.ok) throw new Error(problemText(loaded.problem));
    return loaded.content;
  };
  const day = (value: unknown) => (value as Date).toISOString().slice(0, 10);

  // Expected dates as openpyxl 3 reads column B of the files (/usr/bin/python3, load_workbook(...).active["B1":"B5"]):
  // the same serials 1, 11, 111, 1111, 11111 land four years and a day apart in the two date systems.
  it.each([
    ["1904/1900.xlsx", ["1900-01-01", "1900-01-11", "1900-04-20", "1903-01-15", "1930-06-02"]],
    ["1904/1904.xlsx", ["1904-01-02", "1904-01-12", "1904-04-21", "1907-01-16", "1934-06-03"]],
  ])("reads the dates of %s as the file shows them", async (name, dates) => {
    const content = await read(name);
    expect(content.sheets[0].rows.slice(0, 5).map((cells) => day(cells[1]))).toEqual(dates);
    expect(content.sheets[0].rows[0][0]).toBe(1);
  });

  it("reads a date and a date-time as Excel shows them (DataTypesFormats.xlsx, checked with openpyxl)", async () => {
    const [sheet] = (await read("DataTypesFormats.xlsx")).sheets;
    expect(sheet.rows[0][1]).toEqual(new Date("2020-07-23T00:00:00Z"));
    expect(sheet.rows[1][1]).toEqual(new Date("2020-07-23T09:00:00Z"));
    expect(sheet.rows[3][1]).toBe(0.9876);
  });

  it("reads a hidden sheet's content, but recognition takes only the visible sheets and skips very hidden ones", async () => {
    const content = await read("sheet_visibility.xlsx");
    expect(content.sheets.map((s) => [s.name, s.visibility])).toEqual([["Visible", "visible"], ["Hidden", "hidden"], ["VeryHidden", "veryHidden"]]);
    expect(content.sheets[1].rows[0].join("")).toBe("Hidden");
    const recognitions = recognizeTemplate(content.sheets, [], BUILTIN_TEMPLATES);
    expect(recognitions.map((r) => r.sheet)).toEqual(["Visible", "Hidden"]);
    expect(recognitions[1]).toMatchObject({ how: "none" });
    expect(problemText(recognitions[1].reason)).toContain("隐藏");
  });

  it("reads merged cells with the value in the top-left cell (merge_cells.xlsx)", async () => {
    const [sheet] = (await read("merge_cells.xlsx")).sheets;
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 1, right: 2 },
      { top: 2, left: 0, bottom: 2, right: 1 },
      { top: 0, left: 3, bottom: 1, right: 3 },
      { top: 3, left: 0, bottom: 3, right: 1 },
    ]);
    expect(sheet.rows[0][0]).toBe("A1:B2");
    expect(sheet.rows[1] ?? []).toEqual([]);
  });

  it("keeps the largest file the corpus rejects cheap to read", async () => {
    // Without LibreOffice every .xls is refused; with it, those it cannot convert (encrypted, damaged).
    const bySize = files.filter((f) => /\.xls$/i.test(f)).sort((a, b) => statSync(b).size - statSync(a).size);
    let rejected = bySize[0];
    for (const file of bySize) {
      if ((await loadWorkbookFile(file)).ok) continue;
      rejected = file;
      break;
    }
    global.gc?.();
    const before = process.memoryUsage();
    const loaded = await loadWorkbookFile(rejected);
    const after = process.memoryUsage();
    expect(loaded.ok).toBe(false);
    // A refused .xls is sniffed, not parsed: a few times its size at most (it is ~150 KB).
    expect(after.heapUsed - before.heapUsed).toBeLessThan(32 * 1024 * 1024);
  });
});

describe("edge cases", () => {
  it("finds more than a hundred corpus files when the corpus is there", () => {
    if (existsSync(CORPUS)) expect(files.length).toBeGreaterThan(100);
  });
});
