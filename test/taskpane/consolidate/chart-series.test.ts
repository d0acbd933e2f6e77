import { consolidate } from "../../../src/core/consolidate";
import { barFigureText, chartOptions, chartSeries, figureText } from "../../../src/taskpane/consolidate/chart-series";
import { addInForm, inputOf } from "../../_support/consolidate-factory";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";

const template = smallIndicatorTemplate();

function resultOf(units: Array<[string, Record<string, string>]>) {
  const inputs = units.map(([unit, values], i) => {
    const { sheet, binding } = addInForm(template, { unit }, values);
    return inputOf(`${unit}.xlsx`, i, sheet, [binding]);
  });
  return consolidate(inputs, { template });
}

describe("chartSeries", () => {
  it("shows the first summed indicator by unit with its total, unless another is chosen", () => {
    const result = resultOf([
      ["城关镇", { total: "12", funds: "1.5" }],
      ["东关街道", { total: "30", funds: "300余" }],
    ]);
    const first = chartSeries(result)!;
    expect(first).toMatchObject({ key: "total", label: "企业总数", unit: "家", total: 42, approximate: false });
    const byUnit: Record<string, number> = { 城关镇: 12, 东关街道: 30 };
    // In the summary's unit order.
    expect(first.bars).toEqual(result.units.map((u) => ({ unit: u.name, value: byUnit[u.name] })));
    const funds = chartSeries(result, "funds")!;
    expect(funds).toMatchObject({ key: "funds", total: 301.5, approximate: true });
  });

  it("offers the numbers some unit reported, and no indicator nobody filled", () => {
    expect(chartOptions(resultOf([["城关镇", { total: "12" }]])).map((o) => o.key)).toEqual(["total"]);
    // The rate is recomputed from its parts once both are there.
    expect(chartOptions(resultOf([["城关镇", { total: "12", resumed: "6" }]])).map((o) => o.key)).toEqual(["total", "resumed", "rate"]);
  });

  describe("edge cases", () => {
    it("leaves out a unit that did not report the indicator", () => {
      const result = resultOf([
        ["城关镇", { total: "12", funds: "2" }],
        ["东关街道", { total: "30" }],
      ]);
      expect(chartSeries(result, "funds")!.bars).toEqual([{ unit: "城关镇", value: 2 }]);
    });

    it("shows a ledger's rows per unit", () => {
      const ledger = smallLedgerTemplate();
      const inputs = [
        ["城关镇", 2],
        ["东关街道", 1],
      ].map(([unit, n], i) => {
        const rows = Array.from({ length: n as number }, (_, r) => ({ problem: `问题${r}`, status: "已完成" }));
        const { sheet, binding } = addInForm(ledger, { unit: unit as string }, {}, rows);
        return inputOf(`${unit}.xlsx`, i, sheet, [binding]);
      });
      const result = consolidate(inputs, { template: ledger });
      const series = chartSeries(result)!;
      const rows: Record<string, number> = { 城关镇: 2, 东关街道: 1 };
      expect(series.bars).toEqual(result.units.map((u) => ({ unit: u.name, value: rows[u.name] })));
      expect(series.total).toBe(3);
    });

    it("writes figures with grouped digits and no float noise", () => {
      expect(figureText(0.1 + 0.2)).toBe("0.3");
      expect(figureText(1234567.5)).toBe("1,234,567.5");
    });
  });
});

describe("barFigureText", () => {
  it("writes large figures in 万 as a clerk does, never 1.6k", () => {
    expect(barFigureText(16_000)).toBe("1.6万");
    expect(barFigureText(172_500)).toBe("17.25万");
    expect(barFigureText(1_234_567)).toBe("123.46万");
    expect(barFigureText(9_999)).toBe("9,999");
    expect(barFigureText(12.5)).toBe("12.5");
    expect(barFigureText(16_000, "家")).toBe("1.6万家");
    // Already in 万: 亿, never 万万.
    expect(barFigureText(16_000, "万元")).toBe("1.6亿元");
    expect(barFigureText(930.95, "万元")).toBe("930.95万元");
  });
});
