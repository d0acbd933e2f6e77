import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as Consolidate from "../../src/core/consolidate";
import type * as WorkerReaderModule from "../../src/cli/_lib/parallel-read/worker-reader";
import { planRosterSheet, type Roster } from "../../src/core/consolidate";
import { formToCells } from "../../src/core/form";
import { message } from "../../src/core/locale";
import { BUILTIN_TEMPLATES, type ReportTemplate } from "../../src/core/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { writeXlsxFile } from "../../src/workbook/xlsx/xlsx-file";
import { buildUnitWorkbook } from "../../src/cli/_lib/unit-workbook";
import { seededRandom } from "../../src/cli/_lib/seeded-random";
import { plausibleForm, zeroForm } from "../../src/cli/demo/plausible-form";
import { describeWithOpenpyxl, PYTHON } from "../_support/openpyxl";
import { parallelReader } from "../../src/cli/_lib/parallel-read/parallel-reader";
import { PARALLEL_FROM } from "../../src/cli/_lib/parallel-read/prestart";
import { availableParallelism } from "node:os";

/**
 * The command line reads the units' files on worker threads (issue 17): real threads started from the
 * compiled worker in lib/, real files. Whatever thread reads what, the result is the one-thread run's;
 * a worker that dies loses no file; Ctrl+C ends the workers and the command says it was cancelled.
 */

const root = join(__dirname, "..", "..");
const LIB = join(root, "lib");
/** The compiled modules: the worker runs lib/, and what is handed to it must be lib's own (its audit, by reference). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled CommonJS, by path
const lib = <T>(path: string): T => require(join(LIB, path)) as T;
const CONTENT_SCRIPT = join(__dirname, "..", "_support", "xlsx-content.py");

const indicators = BUILTIN_TEMPLATES.find((t) => t.kind === "indicators")!;
const ledger = BUILTIN_TEMPLATES.find((t) => t.id === "rectification")!;

/** A county with levels: two villages under 城关镇, 北山镇 that never reports, and enough units for the workers to share. */
const FILLERS = Array.from({ length: 30 }, (_, i) => `第${i + 1}社区`);
const roster: Roster = {
  units: [
    { name: "城关镇", aliases: ["城关镇人民政府"], parent: "县政府" },
    { name: "城关镇东村", aliases: [], parent: "城关镇" },
    { name: "城关镇西村", aliases: [], parent: "城关镇" },
    { name: "东关街道", aliases: [], parent: "县政府" },
    { name: "南湖乡", aliases: [], parent: "县政府" },
    { name: "北山镇", aliases: [], parent: "县政府" },
    ...FILLERS.map((name) => ({ name, aliases: [], parent: "县政府" })),
  ],
};

let base: string;

/**
 * A folder of one template's files as they arrive: a town and one of its villages (the village is in
 * the town's total), a resubmission, a zero report, a unit the roster does not list, a damaged file,
 * and thirty ordinary units; with the roster.
 */
async function unitFolder(name: string, template: ReportTemplate): Promise<string> {
  const folder = join(base, name);
  await mkdir(folder);
  const random = seededRandom(17);
  const header = (unit: string, reportDate = "2023-02-21") => ({ unit, period: "2023年上半年", preparer: "王明", phone: "0371-12345678", reportDate });
  const files: Array<[string, ReturnType<typeof plausibleForm>]> = [
    ["城关镇人民政府.xlsx", plausibleForm(template, header("城关镇人民政府"), random, 2)],
    ["城关镇东村.xlsx", plausibleForm(template, header("城关镇东村"), random)],
    ["东关街道.xlsx", plausibleForm(template, header("东关街道"), random)],
    ["东关街道（更正）.xlsx", plausibleForm(template, header("东关街道", "2023-02-22"), random)],
    ["南湖乡.xlsx", zeroForm(template, header("南湖乡"))],
    ["外县来的单位.xlsx", plausibleForm(template, header("外县来的单位"), random)],
    ...FILLERS.map((unit): [string, ReturnType<typeof plausibleForm>] => [`${unit}.xlsx`, plausibleForm(template, header(unit), random)]),
  ];
  for (const [file, form] of files) {
    const { workbook, plan } = await buildUnitWorkbook(template, form.header, file);
    await workbook.writeCells(plan.sheetName, formToCells(template, plan.anchors, form));
    await writeXlsxFile(join(folder, file), workbook);
  }
  await writeFile(join(folder, "坏文件.xlsx"), Buffer.from("PK\u0003\u0004 truncated"));
  const rosterBook = XlsxWorkbook.create("单位名录.xlsx");
  await rosterBook.createSheet(planRosterSheet(roster));
  await writeXlsxFile(join(base, `${name}-名录.xlsx`), rosterBook);
  return folder;
}

let indicatorFolder: string;
let ledgerFolder: string;

beforeAll(async () => {
  // `npm test` compiles the CLI first; on its own, compile it here (the workers run the compiled worker).
  if (!existsSync(join(LIB, "cli", "_lib", "parallel-read", "read-worker.js"))) {
    spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: root });
  }
  base = await mkdtemp(join(tmpdir(), "huibao-parallel-"));
  indicatorFolder = await unitFolder("indicators", indicators);
  ledgerFolder = await unitFolder("ledger", ledger);
}, 180_000);
afterAll(() => rm(base, { recursive: true, force: true }));

/** `huibao consolidate` from bin/huibao.js, its files read as `env` says; the JSON it prints and the summary workbook's content. */
function consolidateWith(env: Record<string, string>, folder: string, template: ReportTemplate, name: string) {
  const output = join(base, `${name}.xlsx`);
  const args = [join(root, "bin", "huibao.js"), "consolidate", folder, "--template", template.id, "--roster", `${folder}-名录.xlsx`, "-o", output, "--force", "--json"];
  const run = spawnSync(process.execPath, args, { cwd: base, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const json = JSON.parse(run.stdout) as Record<string, unknown>;
  const content = spawnSync(PYTHON, [CONTENT_SCRIPT, output], { encoding: "utf8", maxBuffer: 1 << 28 });
  expect(content.status).toBe(0);
  // The moment the summary was made (kept in its metadata) is the one thing allowed to differ.
  return { json: { ...json, output: undefined }, content: content.stdout.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?/g, "<time>") };
}

describeWithOpenpyxl("huibao consolidate with its files read on worker threads", () => {
  it.each([
    ["indicator tables", () => indicatorFolder, indicators],
    ["ledgers", () => ledgerFolder, ledger],
  ])("gives the one-thread run's JSON and summary workbook for %s, read by workers alone or by the main thread and a worker", (name, folder, template) => {
    const inTurn = consolidateWith({ HUIBAO_READ_WORKERS: "0" }, folder(), template, `${template.id}-in-turn`);
    const workersAlone = consolidateWith({ HUIBAO_READ_WORKERS: "2", HUIBAO_READ_MAIN: "0" }, folder(), template, `${template.id}-workers`);
    const shared = consolidateWith({ HUIBAO_READ_WORKERS: "1" }, folder(), template, `${template.id}-shared`);
    expect(workersAlone.json).toEqual(inTurn.json);
    expect(workersAlone.content).toBe(inTurn.content);
    expect(shared.json).toEqual(inTurn.json);
    expect(shared.content).toBe(inTurn.content);

    // The files hold what makes identity matter: the roster's levels, a resubmission, a unit outside it, a damaged file.
    const json = inTurn.json as unknown as { units: unknown; inputs: Array<{ file: string; status: string; reason?: string }> };
    expect(JSON.stringify(json)).toContain("东关街道（更正）.xlsx");
    const input = (file: string) => json.inputs.find((i) => i.file === file)!;
    expect(input("城关镇东村.xlsx").status).toBe("rejected");
    expect(input("城关镇东村.xlsx").reason).toContain("城关镇");
    expect(input("东关街道.xlsx").status).toBe("rejected");
    expect(input("坏文件.xlsx").status).toBe("rejected");
    expect(input("外县来的单位.xlsx").status).toBe("accepted");
    expect(JSON.stringify(json.units)).toContain("外县来的单位");
    expect(JSON.stringify(json.units)).toContain("北山镇");
  }, 120_000);
});

/** The run and the reader, from lib/. */
function compiled() {
  const core = lib<typeof Consolidate>("core/consolidate/index.js");
  const { auditForConsolidation } = lib<typeof import("../../src/core/validate")>("core/validate/index.js");
  const { loadUnitInput } = lib<typeof import("../../src/cli/_lib/load-unit-input")>("cli/_lib/load-unit-input.js");
  const { workerReader } = lib<typeof WorkerReaderModule>("cli/_lib/parallel-read/worker-reader.js");
  return { core, auditForConsolidation, loadUnitInput, workerReader };
}

/** The folder's files consolidated in turn on this thread, and again read by `reader`: both results. */
async function bothWays(folder: string, template: ReportTemplate, reader: (paths: string[]) => ReturnType<typeof WorkerReaderModule.workerReader>) {
  const { core, auditForConsolidation, loadUnitInput } = compiled();
  const paths = readdirSync(folder)
    .sort()
    .map((f) => join(folder, f));
  const options = { template, roster, knownTemplates: BUILTIN_TEMPLATES, validate: auditForConsolidation };
  const inTurn = new core.ConsolidationRun(options);
  for (const [i, path] of paths.entries()) inTurn.add(await loadUnitInput(path, i));
  const parallel = new core.ConsolidationRun(options);
  const workers = reader(paths);
  const steps: string[] = [];
  const read = await workers.readAll(options, (reading) => parallel.take(reading), { step: ({ name }) => void steps.push(name) });
  expect(read).toBe("read");
  return { paths, expected: inTurn.finish(), actual: parallel.finish(), counts: workers.read, steps };
}

describe("reading files on worker threads", () => {
  it("gives the units the main thread's own roster units, not copies", async () => {
    const { workerReader } = compiled();
    const { paths, expected, actual, counts, steps } = await bothWays(indicatorFolder, indicators, (paths) => workerReader(paths, { workers: 2, mainReads: false }));
    expect(counts).toEqual({ workers: paths.length, main: 0 });
    expect(actual).toEqual(expected);
    const town = actual.units.find((u) => u.name === "城关镇")!;
    expect(town.rosterUnit).toBe(roster.units[0]);
    for (const unit of actual.units) if (unit.rosterUnit) expect(roster.units).toContain(unit.rosterUnit);
    expect(actual.missing.every((u) => roster.units.includes(u))).toBe(true);
    // Progress heard of every file, in order, then of the end.
    expect(steps).toEqual([...paths.map((p) => p.split("/").pop()), ""]);
  }, 60_000);

  it("reads them all with the bundled worker, the one bin/huibao.js starts (lib/bundle/read-worker.js)", async () => {
    const { workerReader } = compiled();
    // A bundle without the worker would not fail the command, only read on one thread: so the bundle's own worker is run here.
    const bundled = join(LIB, "bundle", "read-worker.js");
    const { paths, expected, actual, counts } = await bothWays(ledgerFolder, ledger, (paths) => workerReader(paths, { workers: 1, mainReads: false, workerFile: bundled }));
    expect(counts).toEqual({ workers: paths.length, main: 0 });
    expect(actual).toEqual(expected);
  }, 60_000);

  it("reads again on the main thread the files a worker held when it died, and loses none", async () => {
    const { workerReader } = compiled();
    // A real worker that dies (exits) when given 第5社区's file, with the next one handed to it still waiting.
    const crashing = join(base, "crashing-worker.js");
    const real = join(LIB, "cli", "_lib", "parallel-read", "read-worker.js");
    await writeFile(
      crashing,
      `const { parentPort } = require("node:worker_threads");
parentPort.on("message", (m) => { if (m.kind === "read" && m.path.includes("第5社区")) process.exit(7); });
require(${JSON.stringify(real)});`,
    );
    const { paths, expected, actual, counts } = await bothWays(ledgerFolder, ledger, (paths) => workerReader(paths, { workers: 2, mainReads: false, workerFile: crashing }));
    expect(counts.main).toBeGreaterThanOrEqual(1);
    expect(counts.workers + counts.main).toBe(paths.length);
    expect(actual).toEqual(expected);
    expect(actual.units.map((u) => u.name)).toContain("第5社区");
  }, 60_000);

  it("reads on the main thread when no worker starts at all", async () => {
    const { workerReader } = compiled();
    const broken = join(base, "broken-worker.js");
    await writeFile(broken, `throw new Error("a worker that cannot load");`);
    const { paths, expected, actual, counts } = await bothWays(indicatorFolder, indicators, (paths) => workerReader(paths, { workers: 2, mainReads: false, workerFile: broken }));
    expect(counts).toEqual({ workers: 0, main: paths.length });
    expect(actual).toEqual(expected);
  }, 60_000);
});

describe("when workers are started", () => {
  (availableParallelism() >= 2 ? it : it.skip)("starts them from as many files of a kind as pays for a worker's start, and never when told not to", async () => {
    const files = (count: number) => Array.from({ length: count }, (_, i) => `单位${i}.xlsx`);
    const started = async (count: number, template: ReportTemplate, env: NodeJS.ProcessEnv = {}) => {
      const reader = parallelReader(files(count), template, env);
      await reader?.close();
      return reader !== undefined;
    };
    expect(await started(PARALLEL_FROM.ledger - 1, ledger)).toBe(false);
    expect(await started(PARALLEL_FROM.ledger, ledger)).toBe(true);
    expect(await started(PARALLEL_FROM.indicators - 1, indicators)).toBe(false);
    expect(await started(PARALLEL_FROM.indicators, indicators)).toBe(true);
    expect(await started(3, indicators, { HUIBAO_READ_WORKERS: "1" })).toBe(true);
    expect(await started(5000, ledger, { HUIBAO_READ_WORKERS: "0" })).toBe(false);
  });
});

/** A folder of `count` empty .xlsx files: what the thread start counts is a folder's entries, before any is read. */
async function emptyFiles(name: string, count: number): Promise<string> {
  const folder = join(base, name);
  await mkdir(folder, { recursive: true });
  await Promise.all(Array.from({ length: count }, (_, i) => writeFile(join(folder, `单位${i}.xlsx`), "")));
  return folder;
}

/** This process's threads: a worker is one while it runs. */
const threads = () => readdirSync("/proc/self/task").length;

/** Until this process has no more threads than `count` (a thread's end is noted by the kernel a moment after it ends). */
async function threadsBackTo(count: number): Promise<number> {
  for (let i = 0; i < 50 && threads() > count; i++) await new Promise((r) => setTimeout(r, 20));
  return threads();
}

describe("reading threads started with the process", () => {
  type Prestart = typeof import("../../src/cli/_lib/parallel-read/prestart");
  type ParallelReader = typeof import("../../src/cli/_lib/parallel-read/parallel-reader");
  /** lib's own modules: the threads started are kept in prestart's module, which parallelReader takes them from. */
  const prestart = () => lib<Prestart>("cli/_lib/parallel-read/prestart.js");
  const reader = () => lib<ParallelReader>("cli/_lib/parallel-read/parallel-reader.js");
  const realWorker = () => join(LIB, "cli", "_lib", "parallel-read", "read-worker.js");
  afterEach(() => prestart().stopPrestarted());

  it("are started for a consolidate with --template only, as many as HUIBAO_READ_WORKERS says", async () => {
    const { prestartReadWorkers, takePrestarted } = prestart();
    const started = async (args: string[], env: NodeJS.ProcessEnv) => {
      await prestartReadWorkers(args, base, env, realWorker());
      const lanes = takePrestarted(9);
      await Promise.all(lanes.map((lane) => lane.worker.terminate()));
      return lanes.length;
    };
    expect(await started(["consolidate", "单位", "--template", "supplies", "-o", "汇总.xlsx"], { HUIBAO_READ_WORKERS: "2" })).toBe(2);
    expect(await started(["consolidate", "单位", "--template=supplies", "-o", "汇总.xlsx"], { HUIBAO_READ_WORKERS: "1" })).toBe(1);
    // Without a template the files are all loaded first, to find it: no thread reads them.
    expect(await started(["consolidate", "单位", "-o", "汇总.xlsx"], { HUIBAO_READ_WORKERS: "2" })).toBe(0);
    expect(await started(["validate", "单位.xlsx", "--template", "supplies"], { HUIBAO_READ_WORKERS: "2" })).toBe(0);
    expect(await started(["consolidate", "单位", "--template", "supplies", "-o", "汇总.xlsx"], { HUIBAO_READ_WORKERS: "0" })).toBe(0);
    // Left to the number of cores: only for as many files as the template's kind reads on threads (a folder counts its entries).
    const folder = await emptyFiles("many", PARALLEL_FROM.ledger - 1);
    expect(await started(["consolidate", folder, "--template", ledger.id], {})).toBe(0);
    await writeFile(join(folder, "又一个单位.xlsx"), "");
    const cores = availableParallelism() - 1;
    expect(await started(["consolidate", folder, "--template", ledger.id], {})).toBe(cores);
    expect(await started(["consolidate", join(folder, "*.xlsx"), `--template=${ledger.id}`], {})).toBe(cores);
    // A template file of the kind; as many files are too few for indicator tables; a form workbook's template is not known before it is inferred.
    await writeFile(join(base, "台账.json"), JSON.stringify(ledger));
    expect(await started(["consolidate", folder, "--template", join(base, "台账.json")], {})).toBe(cores);
    expect(await started(["consolidate", folder, "--template", indicators.id], {})).toBe(0);
    expect(await started(["consolidate", folder, "--template", join(base, "表样.xlsx")], {})).toBe(0);
  });

  it("are the ones the reading uses, not others started anew", async () => {
    // A real worker that leaves when given 第5社区's file: if it is the one reading, the main thread reads what it left.
    const marked = join(base, "prestarted-worker.js");
    await writeFile(
      marked,
      `const { parentPort } = require("node:worker_threads");
parentPort.on("message", (m) => { if (m.kind === "read" && m.path.includes("第5社区")) process.exit(7); });
require(${JSON.stringify(realWorker())});`,
    );
    const env = { HUIBAO_READ_WORKERS: "1", HUIBAO_READ_MAIN: "0" };
    await prestart().prestartReadWorkers(["consolidate", indicatorFolder, "--template", indicators.id], base, env, marked);
    const { paths, expected, actual, counts } = await bothWays(indicatorFolder, indicators, (paths) => reader().parallelReader(paths, indicators, env)!);
    // Read by the marked worker up to 第5社区, the rest by the main thread once it was gone; a worker started anew would have read all.
    expect(counts.main).toBeGreaterThanOrEqual(1);
    expect(counts.workers).toBeGreaterThanOrEqual(1);
    expect(counts.workers + counts.main).toBe(paths.length);
    expect(actual).toEqual(expected);
  }, 60_000);

  it("are stopped when the files are too few for a worker, and when the command ends without reading", async () => {
    const before = threads();
    const { prestartReadWorkers, stopPrestarted } = prestart();
    const args = ["consolidate", await emptyFiles("enough", PARALLEL_FROM.ledger), "--template", ledger.id];
    await prestartReadWorkers(args, base, { HUIBAO_READ_WORKERS: "" }, realWorker());
    if (availableParallelism() >= 2) expect(threads()).toBeGreaterThan(before);
    expect(reader().parallelReader(["一.xlsx", "二.xlsx"], ledger, { HUIBAO_READ_WORKERS: "" })).toBeUndefined();
    expect(await threadsBackTo(before)).toBeLessThanOrEqual(before);

    await prestartReadWorkers(args, base, { HUIBAO_READ_WORKERS: "2" }, realWorker());
    expect(threads()).toBeGreaterThan(before);
    await stopPrestarted();
    expect(await threadsBackTo(before)).toBeLessThanOrEqual(before);
  }, 60_000);
});

describe("cancelling", () => {
  it("ends the workers and reports the command cancelled when Ctrl+C comes while they read", async () => {
    const { main } = lib<typeof import("../../src/cli/main")>("cli/main.js");
    const before = threads();
    let interrupt: (() => void) | undefined;
    let progress = 0;
    let err = "";
    const output = join(base, "cancelled.xlsx");
    process.env.HUIBAO_READ_WORKERS = "2";
    process.env.HUIBAO_READ_MAIN = "0";
    let code: number;
    try {
      code = await main(["node", "huibao", "consolidate", ledgerFolder, "--template", ledger.id, "-o", output], {
        out: () => {},
        err: (t) => void (err += t),
        cwd: base,
        progress: () => {
          if (++progress === 6) interrupt?.();
        },
        onInterrupt: (handler) => void (interrupt = handler),
        offInterrupt: () => void (interrupt = undefined),
      });
    } finally {
      delete process.env.HUIBAO_READ_WORKERS;
      delete process.env.HUIBAO_READ_MAIN;
    }
    expect(code).toBe(1);
    expect(err).toContain(message("cli.consolidate.cancelled"));
    expect(existsSync(output)).toBe(false);
    // Fewer files announced than there are: the reading stopped where it was.
    expect(progress).toBeLessThan(readdirSync(ledgerFolder).length);
    // The workers are gone once the command returns (a thread's end is noted by the kernel a moment later).
    for (let i = 0; i < 50 && threads() > before; i++) await new Promise((r) => setTimeout(r, 20));
    expect(threads()).toBeLessThanOrEqual(before);
  }, 60_000);
});
