import fc from "fast-check";
import { consolidate, ConsolidationRun, summaryPlans, toJson, type ReadInput } from "../../../src/core/consolidate";
import type { CellValue } from "../../../src/core/sheet";
import type { IndicatorTemplate } from "../../../src/core/template/types";
import { inputOf, rosterOf, unitForm } from "../../_support/consolidate-factory";
import { smallIndicatorTemplate } from "../../_support/template-factory";
import { problemText } from "../../../src/core/locale";

/**
 * Invariants of consolidation over random units (names written in their variants), values (whole,
 * decimal, 300余, 3.2万, text, placeholders, blanks), label variants, units of measure (只 / 万只)
 * and file orders, checked against an oracle that knows what each generated cell means.
 */

const small = smallIndicatorTemplate();
const template: IndicatorTemplate = {
  ...small,
  sections: [...small.sections, { title: "物资", indicators: [{ key: "masks", label: "医用口罩", unit: "只", kind: "decimal", aggregate: "sum" }] }],
};
const SUMMED = ["total", "big", "small", "resumed", "funds", "masks"] as const;
type Key = (typeof SUMMED)[number];

const UNITS = [
  { name: "城关镇", written: ["城关镇", "城关镇人民政府", "城关镇政府"] },
  { name: "东城街道", written: ["东城街道", "东城街道办事处", "东城"] },
  { name: "西门社区", written: ["西门社区", "西门社区居委会"] },
  { name: "北关村", written: ["北关村", "北关村村民委员会", "北关村委会"] },
  { name: "县教育局", written: ["县教育局", " 县教育局 "] },
  { name: "新华镇", written: ["新华镇", "新华镇人民政府"] },
];
const roster = rosterOf("城关镇", ["东城街道", ["东城"]], "西门社区", "北关村", "县教育局", "新华镇");

const LABELS: Array<(label: string) => string> = [(l) => l, (l) => `其中：${l}`, (l) => `（一）${l}`, (l) => `1. ${l}`, (l) => ` ${[...l].join(" ")} `, (l) => `${l}：`];

/** A generated cell and what it means: hundredths of the figure (× 10000 when written with 万), or no figure. */
type Generated = { cell: CellValue; hundredths?: number; wan?: boolean; rejected?: boolean };

const value: fc.Arbitrary<Generated> = fc.oneof(
  fc.integer({ min: 0, max: 5000 }).map((n) => ({ cell: n, hundredths: n * 100 })),
  fc.integer({ min: 0, max: 99999 }).map((n) => ({ cell: n / 100, hundredths: n })),
  fc.integer({ min: 1, max: 999 }).map((n) => ({ cell: `${n}余`, hundredths: n * 100 })),
  fc.integer({ min: 1, max: 99 }).map((n) => ({ cell: `${n / 10}万`, hundredths: n * 10, wan: true })),
  fc.constantFrom<Generated>({ cell: "不详", rejected: true }, { cell: "xx", rejected: true }, { cell: null }, { cell: "  " }),
);

const fileArb = fc.record({
  values: fc.record(Object.fromEntries(SUMMED.map((k) => [k, value])) as Record<Key, fc.Arbitrary<Generated>>),
  rate: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  label: fc.nat(LABELS.length - 1),
  written: fc.nat(10),
  inHeader: fc.boolean(),
  masksInWan: fc.boolean(),
  day: fc.integer({ min: 1, max: 28 }),
});

const scenarioArb = fc
  .record({
    units: fc.subarray([...UNITS.keys()], { minLength: 1 }),
    twice: fc.subarray([...UNITS.keys()]),
    dated: fc.boolean(),
  })
  .chain((s) => {
    const count = s.units.length + s.twice.filter((u) => s.units.includes(u)).length;
    return fc.record({ scenario: fc.constant(s), orders: fc.shuffledSubarray([...Array(count * 3).keys()], { minLength: count, maxLength: count }), extraFiles: fc.array(fileArb, { minLength: count, maxLength: count }) });
  });

interface File {
  input: ReadInput;
  unit: string;
  order: number;
  day?: number;
  values: Record<Key, Generated>;
  rate?: number;
  masksInWan: boolean;
}

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build({ scenario, orders, extraFiles }: Scenario): File[] {
  const files: File[] = [];
  const plan = [...scenario.units, ...scenario.twice.filter((u) => scenario.units.includes(u))];
  plan.forEach((unitIndex, i) => {
    const unit = UNITS[unitIndex];
    const f = extraFiles[i];
    const written = unit.written[f.written % unit.written.length];
    const day = scenario.dated ? f.day + i * 28 : undefined;
    const cells: Record<string, CellValue> = Object.fromEntries(SUMMED.map((k) => [k, f.values[k].cell]));
    if (f.rate !== undefined) cells.rate = f.rate;
    const sheet = unitForm(template, cells, {
      unit: f.inHeader ? written : undefined,
      label: LABELS[f.label],
      units: f.masksInWan ? { masks: "万只" } : {},
      reportDate: day !== undefined ? new Date(Date.UTC(2023, 0, day)) : null,
    });
    const fileName = `${f.inHeader ? "报表" : written.trim()}-测试统计表-${i}.xlsx`;
    files.push({ input: inputOf(fileName, orders[i], sheet), unit: unit.name, order: orders[i], day, values: f.values, rate: f.rate, masksInWan: f.masksInWan });
  });
  return files;
}

/** The figure a generated cell stands for in the template's unit, in hundredths. */
function expectedHundredths(key: Key, g: Generated, masksInWan: boolean): number | undefined {
  if (g.hundredths === undefined) return undefined;
  if (key === "funds") return g.hundredths; // 3.2万 in a 万元 field is 3.2万元
  if (key === "masks" && masksInWan && !g.wan) return g.hundredths * 10000;
  return g.wan ? g.hundredths * 10000 : g.hundredths;
}

function keptFiles(files: File[]): File[] {
  const byUnit = new Map<string, File[]>();
  for (const f of files) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f]);
  return [...byUnit.values()].map((group) => [...group].sort((a, b) => (b.day ?? 0) - (a.day ?? 0) || b.order - a.order)[0]);
}

function run(files: File[]) {
  return consolidate(
    files.map((f) => f.input),
    { template, roster, knownTemplates: [] },
  );
}

const RUNS = { numRuns: 100 };

describe("consolidation invariants", () => {
  it("totals each summed indicator as the sum of the accepted values, and of what the cells mean", () => {
    fc.assert(
      fc.property(scenarioArb, (generated) => {
        const files = build(generated);
        const result = run(files);
        const kept = keptFiles(files);
        for (const key of SUMMED) {
          const fromAccounts = result.inputs
            .filter((i) => i.status === "accepted")
            .flatMap((i) => i.values.filter((v) => v.key === key && v.status === "accepted").map((v) => v.value as number));
          const oracle = kept.map((f) => expectedHundredths(key, f.values[key], f.masksInWan)).filter((h): h is number => h !== undefined);
          const total = result.totals.find((t) => t.key === key)!;
          if (oracle.length === 0) {
            expect(total.value).toBeUndefined();
            continue;
          }
          expect(total.value).toBeCloseTo(fromAccounts.reduce((a, b) => a + b, 0), 6);
          expect(total.value).toBeCloseTo(oracle.reduce((a, b) => a + b, 0) / 100, 6);
          expect(total.unitCount).toBe(oracle.length);
        }
        const num = result.totals.find((t) => t.key === "resumed")!.value;
        const den = result.totals.find((t) => t.key === "total")!.value;
        const rate = result.totals.find((t) => t.key === "rate")!.value;
        if (num !== undefined && den) expect(rate).toBeCloseTo((num / den) * 100, 9);
        else expect(rate).toBeUndefined();
        expect(result.units.map((u) => u.name).sort()).toEqual(kept.map((f) => f.unit).sort());
      }),
      RUNS,
    );
  });

  it("accounts for every value of every file: accepted, converted or rejected with a reason", () => {
    fc.assert(
      fc.property(scenarioArb, (generated) => {
        const files = build(generated);
        const result = run(files);
        for (const file of files) {
          const account = result.inputs.find((i) => i.file === file.input.fileName)!;
          const generatedValues = [...SUMMED.map((k) => file.values[k].cell), file.rate ?? null];
          const filled = generatedValues.filter((c) => c !== null && String(c).trim() !== "").length;
          expect(account.valuesRead).toBe(filled);
          expect(account.valuesRead).toBe(account.valuesAccepted + account.valuesRejected);
          expect(account.valuesConverted).toBeLessThanOrEqual(account.valuesAccepted);
          for (const v of account.values) {
            expect(["accepted", "rejected", "blank"]).toContain(v.status);
            if (v.status === "rejected") expect(v.reason && problemText(v.reason)).toBeTruthy();
            if (v.converted) expect(v.notes.length).toBeGreaterThan(0);
          }
          if (account.status === "accepted") {
            const rejectedByOracle = SUMMED.filter((k) => file.values[k].rejected).length;
            expect(account.valuesRejected).toBe(rejectedByOracle);
          } else expect(account.valuesAccepted).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it("does not depend on the order files are listed in, and two runs give the same contents", () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (generated, seed) => {
        const files = build(generated);
        const shuffled = [...files].sort((a, b) => ((a.order * 7919 + seed) % 101) - ((b.order * 7919 + seed) % 101));
        const first = run(files);
        const second = run(shuffled);
        expect(second).toEqual(first);
        expect(toJson(second)).toEqual(toJson(first));
        expect(summaryPlans(run(files))).toEqual(summaryPlans(first));
      }),
      { numRuns: 50 },
    );
  });

  it("gives the same result fed one file at a time, in any order, as all at once", () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (generated, seed) => {
        const files = build(generated);
        const shuffled = [...files].sort((a, b) => ((a.order * 104729 + seed) % 97) - ((b.order * 104729 + seed) % 97));
        const streamed = new ConsolidationRun({ template, roster, knownTemplates: [] });
        for (const file of shuffled) streamed.add(file.input);
        expect(streamed.finish()).toEqual(run(files));
      }),
      { numRuns: 50 },
    );
  });
});
