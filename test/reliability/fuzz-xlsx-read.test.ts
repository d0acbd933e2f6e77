import fc from "fast-check";
import { WorkbookError } from "../../src/workbook/workbook-error";
import { intakeFile } from "../../src/workbook/xlsx/intake";
import { readWorkbookValues, type ReadLimits } from "../../src/workbook/xlsx/read";
import { caseCounter, FUZZ_BUDGET } from "../_support/fuzz-budget";
import { assert, assertReadableText } from "../_support/fuzz-checks";
import { cleanPackageArb, damagedPackageArb, type FuzzPackage } from "../_support/fuzz-xlsx-package";
import { problemText } from "../../src/core/locale";

/**
 * Hand-made .xlsx packages through the front door (intakeFile) and the reader (readWorkbookValues):
 * a valid package gives exactly the values, sheets, merges and formulas it holds; a damaged one, or
 * one over a limit, gives a WorkbookError whose Chinese message names the file; nothing else is ever
 * thrown, and no file takes long.
 */

const CASE_MS = 2000;
const cases = caseCounter();

/** A refusal the clerk can act on: in Chinese, naming the file. */
function assertClearRefusal(text: string, file: string): void {
  assertReadableText(text, file);
  assert.ok(text.includes(`“${file}”`), `message does not name the file: ${text}`);
  assert.match(text, /[\u4e00-\u9fff]/);
}

/**
 * A guard against a file that makes the reader run away (a zip bomb, a quadratic path), not a speed
 * test: the process's CPU time, which a machine busy with other work does not inflate as it does the clock.
 */
function timed<T>(work: () => T): T {
  const started = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  assert.ok(ms < CASE_MS, `took ${Math.round(ms)} ms of CPU`);
  return result;
}

/** Reading that may only fail with a WorkbookError: the values, or the error. */
function readOrRefuse(pkg: FuzzPackage, limits?: Partial<ReadLimits>) {
  try {
    return { values: timed(() => readWorkbookValues(pkg.bytes, { fileName: pkg.fileName, limits })) };
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw new Error(`${pkg.fileName}: ${String(error)}`, { cause: error });
    assertClearRefusal(error.message, pkg.fileName);
    return { error };
  }
}

const tightLimitsArb = fc.record({ maxRows: fc.integer({ min: 1, max: 12 }), maxColumns: fc.integer({ min: 1, max: 10 }), maxCells: fc.integer({ min: 1, max: 60 }), maxStringLength: fc.integer({ min: 1, max: 8 }) }, { requiredKeys: [] });

describe("reading random .xlsx packages", () => {
  it("gives exactly what a valid package holds, through intake and the reader", () => {
    fc.assert(
      fc.property(
        cleanPackageArb,
        cases.run((pkg: FuzzPackage) => {
          const intake = timed(() => intakeFile(pkg.bytes, pkg.fileName));
          assert.ok(intake.ok, intake.ok ? "" : problemText(intake.problem));
          const values = intake.values;
          assert.equal(values.date1904, pkg.date1904);
          assert.deepEqual(values.sheetNames, pkg.expected!.map((s) => s.name));
          values.sheets.forEach((sheet, i) => {
            const expected = pkg.expected![i];
            assert.equal(sheet.visibility, expected.visibility, sheet.name);
            assert.deepEqual(sheet.rows, expected.rows, sheet.name);
            assert.deepEqual(sheet.merges, expected.merges, sheet.name);
            assert.deepEqual(sheet.formulas ?? {}, expected.formulas, sheet.name);
          });
        }),
      ),
      { numRuns: Math.floor(FUZZ_BUDGET.xlsx * 0.5) },
    );
  });

  it("refuses a package over a limit with a Chinese message naming the file, or reads it whole", () => {
    fc.assert(
      fc.property(
        fc.tuple(cleanPackageArb, tightLimitsArb),
        cases.run(([pkg, limits]: [FuzzPackage, Partial<ReadLimits>]) => {
          const read = readOrRefuse(pkg, limits);
          if (read.error) assert.equal(read.error.code, "file-too-large");
          else assert.deepEqual(read.values!.sheets.map((s) => s.rows), pkg.expected!.map((s) => s.rows));
        }),
      ),
      { numRuns: Math.floor(FUZZ_BUDGET.xlsx * 0.15) },
    );
  });

  it("turns damaged packages into a clear message, never another exception", () => {
    fc.assert(
      fc.property(
        damagedPackageArb,
        cases.run((pkg: FuzzPackage) => {
          const intake = timed(() => intakeFile(pkg.bytes, pkg.fileName));
          if (!intake.ok) assertClearRefusal(problemText(intake.problem), pkg.fileName);
          readOrRefuse(pkg);
        }),
      ),
      { numRuns: Math.ceil(FUZZ_BUDGET.xlsx * 0.35) },
    );
  });

  it(`ran its ${FUZZ_BUDGET.xlsx} cases`, () => {
    expect(cases.count).toBeGreaterThanOrEqual(FUZZ_BUDGET.xlsx);
  });
});
