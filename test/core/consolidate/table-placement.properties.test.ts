import fc from "fast-check";
import { consolidate } from "../../../src/core/consolidate";
import type { CellValue } from "../../../src/core/sheet";
import { cellAddress } from "../../../src/core/sheet";
import { BUILTIN_TEMPLATES, LEGACY_TEMPLATES, tableCells } from "../../../src/core/template";
import type { IndicatorTemplate } from "../../../src/core/template/types";
import { inputOf } from "../../_support/consolidate-factory";
import { sheetOf } from "../../_support/sheet-factory";

/**
 * No silent guesses, as a property: a unit's table drawn with its rows shuffled, blank rows put in,
 * its sheet renamed, its columns in another order and its section headings kept, renamed to an alias,
 * rewritten into something unknown or dropped. Every figure is either counted under the very value it
 * was written for, or not counted and accounted for with a reason — never counted under another
 * value. The totals are the sums of what was counted, and a figure is refused only when its row or
 * column could not be told (a repeated label under an unknown heading).
 */

const TABLES = [
  ...BUILTIN_TEMPLATES.filter((t): t is IndicatorTemplate => t.kind === "indicators"),
  // The one-column 复工复产 form of version 1: the same labels under each class, told apart by the heading.
  LEGACY_TEMPLATES.find((t) => t.id === "resumption") as IndicatorTemplate,
];

const HEADINGS = ["keep", "alias", "unknown", "drop"] as const;

const drawingArb = fc.record({
  template: fc.constantFrom(...TABLES),
  seed: fc.nat(),
  shuffle: fc.boolean(),
  reverseColumns: fc.boolean(),
  blankRows: fc.array(fc.nat(60), { maxLength: 4 }),
  headings: fc.array(fc.constantFrom(...HEADINGS), { minLength: 6, maxLength: 6 }),
  sheetName: fc.constantFrom("Sheet1", "城关镇", "表一", "汇总"),
});

type Drawing = typeof drawingArb extends fc.Arbitrary<infer T> ? T : never;

/** A small deterministic shuffle, so a failing case can be read back from its seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The unit's sheet, and for each cell written with a figure the value key it was written for. */
function draw(d: Drawing): { rows: CellValue[][]; meant: Map<string, string> } {
  const shape = tableCells(d.template);
  const entered = shape.placed.filter((p) => !p.indicator.formula && !p.indicator.change && !p.indicator.isTotal && p.indicator.kind !== "percent");
  const columns = d.reverseColumns ? [...shape.columns].reverse() : [...shape.columns];
  const head = ["序号", d.template.stubHead ?? "指标名称", "计量单位", ...columns.map((c) => (shape.multiColumn ? c.label : "本期数")), "备注"];
  // Rows keep their section (and a 其中 stays under its total): whole sections are shuffled, and rows within each.
  const bySection = new Map<number, typeof shape.rows>();
  for (const r of shape.rows) if (!r.isTotal) bySection.set(r.sectionIndex, [...(bySection.get(r.sectionIndex) ?? []), r]);
  const sections = d.shuffle ? shuffled([...bySection.keys()], d.seed) : [...bySection.keys()];
  const body: CellValue[][] = [];
  const meantAt: Array<Map<number, string>> = [];
  let figure = 1;
  for (const s of sections) {
    const title = d.template.sections[s]?.title;
    const alias = d.template.sections[s]?.aliases?.[0];
    const heading = d.headings[s % d.headings.length];
    if (title && heading !== "drop") {
      const text = heading === "alias" ? (alias ?? title) : heading === "unknown" ? "其他情况" : title;
      body.push([`${"一二三四五六七八九十"[body.length % 10]}、${text}`]);
      meantAt.push(new Map());
    }
    const rows = bySection.get(s)!;
    const tops = rows.filter((r) => r.depth === 0);
    for (const top of d.shuffle ? shuffled(tops, d.seed + s) : tops) {
      const family = rows.filter((r) => r === top || isBelow(r.indicator.key, top.indicator));
      for (const r of family) {
        const cells: CellValue[] = [body.length + 1, r.indicator.label, r.indicator.unit ?? null];
        const meant = new Map<number, string>();
        columns.forEach((c, i) => {
          const key = shape.keyOf(r.indicator.key, c.key);
          if (key && entered.some((p) => p.indicator.key === key)) {
            cells.push(figure++);
            meant.set(3 + i, key);
          } else cells.push(null);
        });
        cells.push(null);
        body.push(cells);
        meantAt.push(meant);
      }
    }
  }
  for (const at of d.blankRows) {
    const i = Math.min(at, body.length);
    body.splice(i, 0, []);
    meantAt.splice(i, 0, new Map());
  }
  const top: CellValue[][] = [[d.template.title], ["填报单位：城关镇"], head];
  const meant = new Map<string, string>();
  meantAt.forEach((byCol, i) => byCol.forEach((key, col) => meant.set(cellAddress(top.length + i, col), key)));
  return { rows: [...top, ...body, ["填表人：", "张三"]], meant };
}

function isBelow(key: string, total: { children?: Array<{ key: string; children?: unknown[] }> }): boolean {
  return (total.children ?? []).some((c) => c.key === key || isBelow(key, c as never));
}

const seen = { counted: 0, refused: 0 };

describe("placing a table's figures", () => {
  it("counts a figure under the value it was written for, or refuses it with a reason — never under another", () => {
    fc.assert(
      fc.property(drawingArb, (d) => {
        const { rows, meant } = draw(d);
        const result = consolidate([inputOf("城关镇.xlsx", 0, sheetOf(rows, { name: d.sheetName }))], { template: d.template, knownTemplates: [] });
        const [input] = result.inputs;
        if (input.status === "rejected") {
          // A whole file refused says why, and counts nothing.
          expect(input.reason).toBeDefined();
          expect(result.totals.every((t) => t.value === undefined)).toBe(true);
          return;
        }
        const counted = new Map<string, number>();
        for (const v of input.values) {
          const intended = meant.get(v.cell);
          if (v.status === "accepted" && intended !== undefined) {
            expect([v.cell, v.key]).toEqual([v.cell, intended]);
            counted.set(intended, (counted.get(intended) ?? 0) + (v.value as number));
          }
          if (v.status === "rejected") expect(v.reason).toBeDefined();
        }
        // Every figure written is accounted for: counted, or refused with its reason.
        for (const cell of meant.keys()) expect([cell, input.values.some((v) => v.cell === cell && v.status !== "blank")]).toEqual([cell, true]);
        for (const total of result.totals) {
          // A 合计 row adds up its rows and is checked by its own tests.
          if (total.aggregate !== "sum" || total.value === undefined || tableCells(d.template).byKey.get(total.key)?.isTotal) continue;
          expect([total.key, total.value]).toEqual([total.key, counted.get(total.key) ?? 0]);
        }
        // A refusal only where a row could not be told: the labels that repeat, under a heading the form does not know.
        const refused = input.values.filter((v) => v.status === "rejected" && meant.has(v.cell));
        seen[refused.length > 0 ? "refused" : "counted"]++;
        if (refused.length > 0) {
          expect(d.template.id === "resumption" && !tableCells(d.template).multiColumn && d.headings.some((h) => h !== "keep")).toBe(true);
          // A repeated label under an unknown heading, or a class's labels met again under the last heading.
          expect(result.findings.some((f) => (f.code === "extract.ambiguous-label" || f.code === "extract.duplicate-row") && f.severity === "error")).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("met both outcomes: tables counted in full, and figures refused where a heading left a row unclear", () => {
    expect(seen.counted).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(5);
  });
});
