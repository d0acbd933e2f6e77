import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarySheets } from "../../src/app/consolidate/summary-sheets";
import { generateUnitWorkbooks, randomUnitForm } from "../../src/bench/generate-units";
import { seededRandom } from "../../src/cli/_lib/seeded-random";
import { consolidate, matchUnit, planUnitDetailSheet, type ReadInput, type Roster, type UnitInput } from "../../src/core/consolidate";
import { extractReport, type ExtractedReport } from "../../src/core/extract";
import { findBuiltinTemplate } from "../../src/core/template";
import { auditForConsolidation } from "../../src/core/validate";
import { addInForm, inputOf } from "../_support/consolidate-factory";
import { runCli } from "../_support/run-cli";

/**
 * No step of `huibao consolidate` may grow faster than its input (issue 17: building the ledger summary
 * looked every cell up by a search of the plan, so 100 ledgers took minutes). The whole command runs
 * on n and 4n ledgers in this process; a linear path takes about 4× the CPU, a quadratic one 16×.
 * The bound is a ratio measured within one run, not a wall-clock limit, and the best of three runs of
 * each size is compared, so a busy CI machine slows both sides alike.
 */
const FACTOR = 4;
const REPORTED = new Date(2023, 1, 21);

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "huibao-linear-"));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

async function cpuOfConsolidate(folder: string): Promise<number> {
  const start = process.cpuUsage();
  const run = await runCli(work, "consolidate", folder, "--template", "rectification", "-o", join(work, "汇总.xlsx"), "--force");
  const used = process.cpuUsage(start);
  expect(run.code).toBe(0);
  return used.user + used.system;
}

async function bestOfThree(folder: string): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await cpuOfConsolidate(folder));
  return Math.min(...runs);
}

function cpuOf(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

/**
 * The CPU the work takes on the large input over the small one, the best of three runs each, after a run
 * on the small one warms the JIT.
 */
function workRatio<T>(work: (input: T) => unknown, small: T, large: T): number {
  work(small);
  const best = (input: T) => Math.min(...[0, 1, 2].map(() => cpuOf(() => void work(input))));
  return best(large) / best(small);
}

/** Ledgers of `rows` rows each, as the form lays them out, held in memory (no file, no ExcelJS). */
function ledgerInputs(count: number, rows: number): UnitInput[] {
  const template = findBuiltinTemplate("rectification")!;
  const random = seededRandom(count);
  return Array.from({ length: count }, (_, i) => {
    const form = randomUnitForm(template, i, rows, random);
    const { sheet, binding } = addInForm(template, form.header, {}, form.rows);
    return inputOf(`单位${i + 1}.xlsx`, i, sheet, [binding]);
  });
}

test("the summary of 4× as many ledger rows is consolidated and laid out with about 4× the work", () => {
  const template = findBuiltinTemplate("rectification")!;
  const summarise = (inputs: UnitInput[]) => summarySheets(consolidate(inputs, { template }), { reportDate: REPORTED });
  const ratio = workRatio(summarise, ledgerInputs(5, 300), ledgerInputs(5 * FACTOR, 300));
  expect(ratio).toBeGreaterThan(1.5); // the measure sees the larger input at all
  expect(ratio).toBeLessThan(FACTOR * 2);
}, 240_000);

test("a ledger of 8× as many rows is audited with about 8× the work", () => {
  // The audit as consolidation runs it, on every cell of a unit's sheet: a row's duplicate looked up, not
  // searched for among the rows before it. The sheet is read beforehand, so the audit alone is measured and
  // a step of it quadratic in the rows (64× against 8×) is not drowned by the linear work around it.
  const template = findBuiltinTemplate("rectification")!;
  const reportOf = (rows: number) => extractReport(template, (ledgerInputs(1, rows)[0] as ReadInput).sheets[0]);
  const audit = (report: ExtractedReport) => auditForConsolidation(template, report, "单位1.xlsx");
  const rows = 8;
  const ratio = workRatio(audit, reportOf(400), reportOf(400 * rows));
  expect(ratio).toBeGreaterThan(2);
  expect(ratio).toBeLessThan(rows * 2);
}, 240_000);

test("4× as many units' names are found in a roster 4× as long with about 4× the work", () => {
  // Every file is matched to the roster, often more than once: a search of the roster per name made
  // 2,000 units' files cost 2,000² comparisons.
  const roster = (count: number): Roster => ({
    units: Array.from({ length: count }, (_, i) => ({ name: `第${i + 1}社区居委会`, aliases: [`${i + 1}社区`] })),
  });
  const matchEach = (r: Roster) => {
    for (const unit of r.units) expect(matchUnit(unit.aliases[0], r)?.unit).toBe(unit);
  };
  const ratio = workRatio(matchEach, roster(500), roster(500 * FACTOR));
  expect(ratio).toBeGreaterThan(1.5);
  expect(ratio).toBeLessThan(FACTOR * 2);
});

test("分单位明细 of 8× as many ledgers reads the stacked rows about 8× as often (each unit's rows found in one pass, not a search of all rows per unit)", () => {
  const template = findBuiltinTemplate("rectification")!;
  // Many small ledgers: a search of every stacked row for each unit grows as units × rows, 64× here. Reads of
  // the stacked rows are counted, not timed: this step is a few milliseconds, where a busy CI machine's noise
  // alone pushed a ratio of CPU times past any bound that still caught the search (8.6× and 16.6× against 8× and 16×).
  const units = 8;
  const rowReads = (count: number) => {
    const result = consolidate(ledgerInputs(count, 10), { template });
    let reads = 0;
    const stacked = new Proxy(result.ledger!.stacked, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    planUnitDetailSheet({ ...result, ledger: { ...result.ledger!, stacked } });
    return reads;
  };
  const small = rowReads(50);
  const ratio = rowReads(50 * units) / small;
  expect(small).toBeGreaterThan(0); // the count sees the rows at all
  expect(ratio).toBeGreaterThan(units / 2);
  expect(ratio).toBeLessThan(units * 2);
}, 240_000);

test("the whole command on 4× as many ledger files takes well under 16× the work", async () => {
  const template = findBuiltinTemplate("rectification")!;
  const small = join(work, "small");
  const large = join(work, "large");
  // 300 rows a ledger: with 100, reading had grown so cheap that the command's fixed work hid the growth (1.2× for 4×).
  await generateUnitWorkbooks(small, template, 4, 300);
  await generateUnitWorkbooks(large, template, 4 * FACTOR, 300);
  await cpuOfConsolidate(small); // warm the modules and the JIT before anything is measured
  const ratio = (await bestOfThree(large)) / (await bestOfThree(small));
  expect(ratio).toBeGreaterThan(1.5); // the large run did do more work: the measure can see a difference
  expect(ratio).toBeLessThan(FACTOR * 2);
}, 240_000);
