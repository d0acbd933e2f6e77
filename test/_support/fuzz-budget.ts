/**
 * How many generated cases each fuzz suite runs (test/reliability/fuzz-*.test.ts). Each suite counts
 * the cases it actually ran and checks it reached its share; fuzz-budget.test.ts checks the shares
 * add up to the 10,000 cases the reliability issue asks for. FUZZ_SCALE (e.g. 10) runs more locally.
 */
const scale = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1);

export const FUZZ_BUDGET = {
  /** Units' workbooks (sets of 1–3) through recognition, audit and consolidation, accounting checked. */
  consolidate: 2500 * scale,
  /** Workbooks through validateWorkbook, with and without a given template and a previous submission. */
  validate: 3300 * scale,
  /** Workbooks through recognizeTemplate and dominantTemplate against every built-in template. */
  recognize: 1500 * scale,
  /** Hand-made .xlsx packages (odd XML, junk bytes) through intakeFile and readWorkbookValues. */
  xlsx: 2700 * scale,
} as const;

/** The cases of one suite: `run` counts each, `count` says how many ran. */
export function caseCounter(): { run<T>(check: (value: T) => void): (value: T) => void; readonly count: number } {
  let count = 0;
  return {
    run: (check) => (value) => {
      count++;
      check(value);
    },
    get count() {
      return count;
    },
  };
}
