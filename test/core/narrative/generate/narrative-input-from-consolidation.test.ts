import type { ConsolidationResult, IndicatorTotal, UnitReport } from "../../../../src/core/consolidate/consolidation-result";
import { emptyLedgerRows, setLedgerCell, type LedgerRows } from "../../../../src/core/consolidate/ledger-rows";
import { generateNarrative, narrativeInputFromConsolidation, renderPlainText } from "../../../../src/core/narrative";
import { withValueKeys } from "../../../../src/core/narrative/generate/with-value-keys";
import type { Qualifier } from "../../../../src/core/parse/qualifiers";
import type { ReportTemplate } from "../../../../src/core/template/types";
import { builtin } from "./_input-factory";

function total(key: string, value: number | undefined, qualifier?: Qualifier): IndicatorTotal {
  return { key, name: key, label: key, kind: "integer", aggregate: "sum", value, unitCount: 1, approximate: qualifier !== undefined, ...(qualifier ? { qualifier } : {}) };
}

function unit(name: string, figures: Record<string, number | string>, zeroReport = false): UnitReport {
  return {
    name,
    file: `${name}.xlsx`,
    sheet: "Sheet1",
    figures: Object.fromEntries(Object.entries(figures).map(([k, value]) => [k, { value, cell: "D5" }])),
    zeroReport,
    ledgerRows: 0,
  };
}

function result(template: ReportTemplate, overrides: Partial<ConsolidationResult> = {}): ConsolidationResult {
  return { template, units: [], missing: [], duplicates: [], zeroReports: [], outsideRoster: [], inputs: [], totals: [], findings: [], hasRoster: true, ...overrides };
}

/** One unit's rows of 方面, 项 and status, every cell accepted. */
function ledgerRows(rows: Array<[aspect: string, item: string, status: string]>): LedgerRows {
  const packed = emptyLedgerRows({ unit: "纪委", file: "a.xlsx", sheet: "台账" }, ["aspect", "item", "status"], rows.length);
  rows.forEach((cells, r) => {
    packed.rows[r] = r + 3;
    cells.forEach((value, c) => setLedgerCell(packed, r * 3 + c, value, true));
  });
  return packed;
}

describe("narrativeInputFromConsolidation", () => {
  it("takes the totals with their hedges, who reported, and each unit's figures", () => {
    const consolidated = result(builtin("publicity"), {
      period: "2023年2月",
      units: [unit("城关镇", { leaflets: 120, note: "文字" }), unit("东城街道", { leaflets: 300 }, true)],
      missing: [{ name: "西城街道", aliases: [] }],
      zeroReports: ["东城街道"],
      totals: [total("leaflets", 420, "余"), total("banners", undefined)],
    });
    const input = narrativeInputFromConsolidation(consolidated, { region: "全县" });
    expect(input).toMatchObject({
      region: "全县",
      period: "2023年2月",
      units: { expected: 3, received: ["城关镇", "东城街道"], missing: ["西城街道"], zeroReports: ["东城街道"] },
      totals: { leaflets: { value: 420, qualifier: "余" } },
      perUnit: [
        { unit: "城关镇", values: { leaflets: 120 } },
        { unit: "东城街道", values: { leaflets: 300 } },
      ],
    });
    expect(input.totals).not.toHaveProperty("banners");
    expect(input.perUnit![0]!.values).not.toHaveProperty("note");
    expect(renderPlainText(generateNarrative(input, ["{units}，发放宣传单{leaflets}"]).spec)).toBe("3个单位中已报送2个（其中东城街道为零报告），西城街道未报送，发放宣传单420余张。");
  });

  it("counts a ledger's 方面, 项 and 问题, and what is under way", () => {
    const rows = ledgerRows([
      ["一", "1", "已完成"],
      ["一", "2", "立行立改"],
      ["二", "1", "持续推进"],
      ["二", "1", "未启动"],
      ["三", "", "已完成"],
    ]);
    const consolidated = result(builtin("rectification"), {
      ledger: { stacked: [rows], rowCount: 5, statusCounts: { 已完成: 2, 立行立改: 1, 持续推进: 1, 未启动: 1 }, unknownStatus: 0, done: 3, columnTotals: { rulesMade: 4 } },
    });
    const input = narrativeInputFromConsolidation(consolidated);
    expect(input.ledger).toEqual({ aspects: 3, items: 3, problems: 5, byStatus: { 已完成: 2, 立行立改: 1, 持续推进: 1, 未启动: 1 }, done: 3, inProgress: 1 });
    expect(input.totals.rulesMade).toEqual({ value: 4 });
  });

  describe("edge cases", () => {
    it("counts each 方面's distinct 项 (trimmed), the 项 of rows without a 方面 too, and a 方面 without any 项", () => {
      const pairs: Array<[string, string]> = [["一", "1"], ["一", "2"], ["一", "3"], ["一", "2"], [" 一 ", "1 "], ["", "9"], ["", "9"], ["二", ""], ["三", "1"]];
      const stacked = [ledgerRows(pairs.map(([aspect, item]) => [aspect, item, "已完成"]))];
      const consolidated = result(builtin("rectification"), { ledger: { stacked, rowCount: 9, statusCounts: { 已完成: 9 }, unknownStatus: 0, done: 9, columnTotals: {} } });
      expect(narrativeInputFromConsolidation(consolidated).ledger).toMatchObject({ aspects: 3, items: 5, problems: 9 });
    });

    it("expects only the units counted when there is no roster", () => {
      const input = narrativeInputFromConsolidation(result(builtin("supplies"), { hasRoster: false, units: [unit("甲", {})] }));
      expect(input.units).toEqual({ expected: 1, received: ["甲"], missing: [], zeroReports: [] });
      expect(input.ledger).toBeUndefined();
    });

    it("takes 500 units' figures, and renames them to the values' keys, without a pair made for each figure", () => {
      // Done once per consolidation, before the code is optimised: a [key, value] pair destructured per
      // figure (20,000 for 500 units) cost more than taking the figures.
      const template = builtin("screening");
      const units = Array.from({ length: 500 }, (_, i) => unit(`第${i + 1}社区`, { fever: i, "fever.cumulative": i + 1, note: "文字" }));
      const entries = jest.spyOn(Object, "entries");
      try {
        const input = withValueKeys(narrativeInputFromConsolidation(result(template, { units })));
        expect(entries.mock.calls.length).toBeLessThan(10);
        expect(input.perUnit?.[499]).toEqual({ unit: "第500社区", values: { "fever.cumulative": 500 } });
      } finally {
        entries.mockRestore();
      }
    });
  });
});
