import fc from "fast-check";
import { consolidate, summaryPlans, toJson, type ConsolidationResult, type UnitInput } from "../../src/core/consolidate";
import { findBuiltinTemplate, flattenIndicators } from "../../src/core/template";
import type { ReportTemplate } from "../../src/core/template/types";
import { auditForConsolidation } from "../../src/core/validate";
import { caseCounter, FUZZ_BUDGET } from "../_support/fuzz-budget";
import { assert, assertReadableText, near } from "../_support/fuzz-checks";
import { asInput, fuzzWorkbookArb } from "../_support/fuzz-unit-workbook";
import { problemText } from "../../src/core/locale";

/**
 * Random sets of units' workbooks (and unreadable files) consolidated against the template most of
 * them were made from: nothing throws, every value of every file is accounted for, each total is the
 * sum (or max, min, recomputed rate) of the accepted figures, and the order of the files does not matter.
 */

const unreadableArb = fc.record({ fileName: fc.constantFrom("坏文件.xlsx", "旧表.xls", "加密.xlsx"), order: fc.nat(1000) }).map(
  (f): UnitInput => ({ ...f, error: { code: "file-unreadable", message: `文件“${f.fileName}”已损坏` } }),
);

const scenarioArb = fc.record({
  workbooks: fc.array(fuzzWorkbookArb(), { minLength: 1, maxLength: 3 }),
  unreadable: fc.array(unreadableArb, { maxLength: 1 }),
  againstFirst: fc.boolean(),
  exclusive: fc.nat(7).map((n) => n > 0),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function templateOf(s: Scenario): ReportTemplate {
  // Mostly the form the files hold; sometimes another, so whole files are rejected as another form.
  return s.againstFirst ? s.workbooks[0].template : findBuiltinTemplate(s.workbooks[0].template.kind === "ledger" ? "supplies" : "rectification")!;
}

/** Every input's values accounted for: accepted (maybe converted), rejected with a reason, or blank. */
function checkAccounts(result: ConsolidationResult, inputs: readonly UnitInput[]): void {
  // Every file is accounted for; a workbook holding the form on several sheets is accounted for once per
  // such sheet (each counted, or listed with why not), each entry naming its sheet.
  const given = new Map<string, number>();
  for (const i of inputs) given.set(i.fileName, (given.get(i.fileName) ?? 0) + 1);
  const listed = new Map<string, number>();
  for (const i of result.inputs) listed.set(i.file, (listed.get(i.file) ?? 0) + 1);
  assert.deepEqual([...listed.keys()].sort(), [...given.keys()].sort());
  for (const [file, count] of listed) {
    const withSheet = result.inputs.filter((i) => i.file === file && i.sheet).length;
    assert.ok(count >= given.get(file)! && count - given.get(file)! <= withSheet, `${file}: listed ${count} times for ${given.get(file)} files, ${withSheet} naming a sheet`);
  }
  for (const input of result.inputs) {
    const listedAccepted = input.values.filter((v) => v.status === "accepted").length;
    const listedRejected = input.values.filter((v) => v.status === "rejected").length;
    // A ledger's values read as typed are counted, not listed: accepted in a file used, rejected in one not used.
    const unlisted = input.valuesUnlisted ?? 0;
    if (unlisted > 0) assert.equal(result.template.kind, "ledger", input.file);
    const accepted = listedAccepted + (input.status === "accepted" ? unlisted : 0);
    const rejected = listedRejected + (input.status === "rejected" ? unlisted : 0);
    assert.equal(input.valuesRead, input.valuesAccepted + input.valuesRejected, input.file);
    assert.equal(input.valuesAccepted, accepted, input.file);
    assert.equal(input.valuesRejected, rejected, input.file);
    assert.equal(input.valuesBlank, input.values.length - listedAccepted - listedRejected, input.file);
    assert.ok(input.valuesConverted <= input.valuesAccepted, input.file);
    for (const v of input.values) if (v.status === "rejected") assertReadableText(v.reason && problemText(v.reason), `${input.file} ${v.cell}`);
    if (input.status === "rejected") {
      assertReadableText(input.reason && problemText(input.reason), input.file);
      assert.equal(input.valuesAccepted, 0, input.file);
    }
  }
  assert.equal(result.units.length, result.inputs.filter((i) => i.status === "accepted").length);
}

/** Each total from the accepted values of the accepted files, computed here independently. */
function checkTotals(result: ConsolidationResult): void {
  const acceptedValues = (key: string) =>
    result.inputs.filter((i) => i.status === "accepted").flatMap((i) => i.values.filter((v) => v.key === key && v.status === "accepted" && typeof v.value === "number").map((v) => v.value as number));
  const figures = (key: string) => result.units.flatMap((u) => (typeof u.figures[key]?.value === "number" ? [u.figures[key].value as number] : []));
  for (const total of result.totals) {
    const value = valueOf(result.template, total.key);
    // A 合计 row is its rows' totals added up, whatever the units typed in theirs; with no row reported,
    // what they typed there is summed like any figure.
    const parts = value?.isTotal ? (value.children ?? []).map((c) => result.totals.find((t) => t.key === c.key)?.value).filter((v): v is number => v !== undefined) : [];
    if (parts.length > 0) {
      // Figures near Excel's largest number cancel out only when added exactly, as the product does: not checked here.
      if (parts.every((p) => Math.abs(p) < 1e300)) assert.ok(total.value === undefined || near(total.value, parts.reduce((a, b) => a + b, 0)), `${total.name}: ${total.value} ≠ Σ rows`);
      continue;
    }
    switch (total.aggregate) {
      case "sum": {
        // From the value accounts and, separately, from the units' figures: both must give the total.
        const values = acceptedValues(total.key);
        assert.deepEqual([...figures(total.key)].sort(), [...values].sort(), total.name);
        assert.equal(total.unitCount, values.length, total.name);
        const sum = values.reduce((a, b) => a + b, 0);
        if (values.length === 0) assert.equal(total.value, undefined, total.name);
        // Past the largest number there is no total (figures near Excel's 9.99e307 can get there).
        else if (total.value === undefined) assert.ok(values.some((v) => Math.abs(v) > 1e307), `${total.name}: no total of ${values.join(" + ")}`);
        else if (Number.isFinite(sum)) assert.ok(near(total.value, sum), `${total.name}: ${total.value} ≠ Σ ${values.join(" + ")}`);
        break;
      }
      case "max":
      case "min": {
        const values = figures(total.key);
        if (values.length === 0) assert.equal(total.value, undefined, total.name);
        else assert.equal(total.value, total.aggregate === "max" ? Math.max(...values) : Math.min(...values), total.name);
        break;
      }
      case "recompute": {
        // Worked out here from the parts' totals: a rate, or a change against a base (in per cent, or points).
        const totalOf = (key: string | undefined) => result.totals.find((t) => t.key === key)?.value;
        const formula = value?.formula;
        const change = value?.change;
        let expected: number | undefined;
        if (formula) {
          const [num, den] = [totalOf(formula.numerator), totalOf(formula.denominator)];
          if (num !== undefined && den !== undefined && den !== 0) expected = (num / den) * formula.scale;
        } else if (change) {
          const [current, base] = [totalOf(change.current), totalOf(change.base)];
          if (current !== undefined && base !== undefined) expected = change.points ? current - base : base !== 0 ? ((current - base) / base) * change.scale : undefined;
        }
        if (expected !== undefined && Number.isFinite(expected)) assert.ok(near(total.value!, expected), total.name);
        else assert.equal(total.value, undefined, total.name);
        break;
      }
      case "keep-per-unit":
        assert.equal(total.perUnit?.length, total.unitCount, total.name);
        break;
    }
    assert.ok(total.value === undefined || Number.isFinite(total.value), `${total.name}: ${total.value}`);
  }
  for (const unit of result.units)
    for (const [key, figure] of Object.entries(unit.figures)) assert.ok(typeof figure.value !== "number" || Number.isFinite(figure.value), `${unit.name} ${key}: ${figure.value}`);
  if (result.ledger) {
    assert.equal(result.ledger.rowCount, result.units.reduce((n, u) => n + u.ledgerRows, 0));
    const counted = Object.values(result.ledger.statusCounts).reduce((a, b) => a + b, 0) + result.ledger.unknownStatus;
    assert.equal(counted, result.ledger.rowCount);
    assert.ok(result.ledger.done <= result.ledger.rowCount);
  }
}

function valueOf(template: ReportTemplate, key: string) {
  return template.kind === "indicators" ? flattenIndicators(template).find((p) => p.indicator.key === key)?.indicator : undefined;
}

const cases = caseCounter();
const ORDER_CHECK_EVERY = 4;

describe("consolidation of random units' workbooks", () => {
  it("never throws, accounts for every value of every file and totals the accepted figures, in any file order", () => {
    fc.assert(
      fc.property(
        fc.tuple(scenarioArb, fc.nat()),
        cases.run(([scenario, seed]: [Scenario, number]) => {
          const template = templateOf(scenario);
          const inputs: UnitInput[] = [...scenario.workbooks.map(asInput), ...scenario.unreadable];
          // Known templates cost a recognition each; most cases try only the one consolidated.
          const options = { template, validate: auditForConsolidation, knownTemplates: scenario.exclusive ? [] : undefined };
          const result = consolidate(inputs, options);
          checkAccounts(result, inputs);
          checkTotals(result);
          for (const finding of result.findings) assertReadableText(problemText(finding), finding.code);
          JSON.stringify(toJson(result, "汇总.xlsx"));
          if (seed % ORDER_CHECK_EVERY === 0) {
            assert.ok(summaryPlans(result, { reportDate: new Date(Date.UTC(2023, 1, 21)) }).length > 0);
            assert.deepEqual(consolidate([...inputs].reverse(), options), result);
          }
        }),
      ),
      { numRuns: FUZZ_BUDGET.consolidate },
    );
  });

  it(`ran its ${FUZZ_BUDGET.consolidate} cases`, () => {
    expect(cases.count).toBeGreaterThanOrEqual(FUZZ_BUDGET.consolidate);
  });
});
