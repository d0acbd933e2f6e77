import { readFileSync, readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expectCleanError, runCli } from "../_support/run-cli";

/**
 * Workbooks made and filled with HuiBao 0.1 (one label column, one value column, templates version
 * 1.0.0 stored in the workbook), kept as files: test/fixtures/v0.1/<template>/ holds the blank form,
 * six units' filled forms (one resubmitted, one zero report, one figure in another unit, one
 * placeholder), the summary 0.1 wrote, and what `huibao consolidate --json` said of them then.
 * Later versions must read them to the same figures: a clerk's old files do not stop working when the
 * form grows.
 */

const FIXTURES = path.resolve(__dirname, "../fixtures/v0.1");
const TEMPLATES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

interface ConsolidationJson {
  units: Record<string, unknown>;
  inputs: Array<Record<string, unknown>>;
  totals: Record<string, number>;
  findings: Record<string, number>;
}

function expected(template: string): ConsolidationJson {
  return JSON.parse(readFileSync(path.join(FIXTURES, template, "consolidate.json"), "utf8"));
}

/** What a file contributed, without the wording of reasons (which may improve). */
function accountsOf(json: ConsolidationJson) {
  return json.inputs.map(({ file, unit, status, valuesRead, valuesAccepted, valuesConverted, valuesRejected, valuesBlank, sha256 }) => ({
    file,
    unit,
    status,
    valuesRead,
    valuesAccepted,
    valuesConverted,
    valuesRejected,
    valuesBlank,
    sha256,
  }));
}

let out: string;
beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), "huibao-legacy-"));
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe.each(TEMPLATES)("workbooks filled on the 0.1 %s form", (template) => {
  it("consolidate to the totals 0.1 gave, unit by unit and file by file", async () => {
    const run = await runCli(FIXTURES, "consolidate", path.join(template, "units"), "--template", template, "--roster", "单位名录.xlsx", "--region", "全县", "-o", path.join(out, `${template}.xlsx`), "--json");
    expectCleanError(run);
    expect(run.code).toBe(0);
    const now: ConsolidationJson = JSON.parse(run.out);
    const then = expected(template);
    expect(now.units).toEqual(then.units);
    expect(accountsOf(now)).toEqual(accountsOf(then));
    expect(Object.keys(now.totals).sort()).toEqual(Object.keys(then.totals).sort());
    for (const [name, value] of Object.entries(then.totals)) expect([name, now.totals[name]]).toEqual([name, expect.closeTo(value, 9)]);
    expect(now.findings.error).toBe(then.findings.error);
  });

  it("are recognised without --template, by the template stored in the workbook", async () => {
    const run = await runCli(FIXTURES, "consolidate", path.join(template, "units"), "--roster", "单位名录.xlsx", "-o", path.join(out, `${template}-bound.xlsx`), "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).units).toEqual(expected(template).units);
  });

  it("have a summary that narrate still reads and that one level up consolidates to the same totals", async () => {
    const narrated = await runCli(FIXTURES, "narrate", path.join(template, "summary.xlsx"), "--region", "全县");
    expectCleanError(narrated);
    expect(narrated.code).toBe(0);
    expect(narrated.out).toContain("北山镇");

    const upward = await runCli(FIXTURES, "consolidate", path.join(template, "summary.xlsx"), "--template", template, "-o", path.join(out, `${template}-up.xlsx`), "--json");
    expect(upward.code).toBe(0);
    const totals: Record<string, number> = JSON.parse(upward.out).totals;
    for (const [name, value] of Object.entries(expected(template).totals)) {
      // A ledger summary one level up is a ledger with every unit's rows; its rate and counts carry over.
      expect([name, totals[name]]).toEqual([name, expect.closeTo(value, 6)]);
    }
  });

  it("has a blank form that still validates as that template", async () => {
    const run = await runCli(FIXTURES, "validate", path.join(template, "blank.xlsx"), "--json");
    expect(run.code).toBeLessThan(2);
    expect(JSON.parse(run.out).file).toBe(path.join(template, "blank.xlsx"));
  });
});
