import {
  figurePhrase,
  isNothingNew,
  itemChain,
  reportingStatus,
  topUnits,
  unitsBelow,
  type NarrativeInput,
} from "../../../../src/core/narrative/generate";
import { mergeText } from "../../../../src/core/narrative/generate";
import type { Phrase } from "../../../../src/core/narrative/spec";
import type { Indicator } from "../../../../src/core/template/types";
import { builtin, narrativeInput } from "./_input-factory";

function field(kind: Indicator["kind"], unit?: string, extra: Partial<Indicator> = {}): Indicator {
  return { key: "x", label: "某项", kind, aggregate: "sum", ...(unit !== undefined ? { unit } : {}), ...extra };
}

const text = (phrases: readonly Phrase[] | undefined) => phrases?.map((p) => p.text).join("");

describe("figurePhrase", () => {
  it.each([
    [field("money", "万元"), 930.95, "930.95万元"],
    [field("money", "元"), 56_000, "5.6万元"],
    [field("money", "千元"), 3000, "300万元"],
    [field("money"), 12, "12元"],
    [field("money", "万元"), 0.55, "5500元"],
    [field("percent", "%"), 87.64, "87.6%"],
    [field("decimal", "万只"), 12.5, "12.5万只"],
    [field("decimal", "万人次"), 0.35, "3500人次"],
    [field("integer", "人"), 195_800, "近19.6万人"],
    [field("integer", "人次"), 13_500, "13500人次"],
    [field("integer", "张"), 183_456, "18.3万余张"],
    [field("integer", "家", { narrative: { measure: "户" } }), 1690, "1690户"],
    [field("integer", "人", { narrative: { numberStyle: { exactBelow: 10_000, roundedDown: "多" } } }), 15_300, "1.5万多人"],
    [field("decimal", "吨"), 3.2, "3.2吨"],
    [field("integer"), 42, "42"],
  ])("writes %j %d as %s", (f, value, expected) => {
    expect(figurePhrase(f, { value }).text).toBe(expected);
  });

  it("keeps the raw figure in the field's unit, whatever unit the text is written in", () => {
    expect(figurePhrase(field("decimal", "万人次"), { value: 0.35 })).toMatchObject({ value: 0.35, unit: "万人次" });
    expect(figurePhrase(field("money", "千元"), { value: 3000 })).toMatchObject({ kind: "money", value: 3000, unit: "千元" });
  });

  it("writes the qualifier, 约 for an estimate, and a round figure with 余", () => {
    expect(figurePhrase(field("integer", "人"), { value: 300, qualifier: "余" }).text).toBe("300余人");
    expect(figurePhrase(field("money", "万元"), { value: 1500 }, { estimate: true }).text).toBe("约1500万元");
    expect(figurePhrase(field("integer", "张"), { value: 203_000 }, { approximate: true })).toMatchObject({ text: "20万余张", qualifier: "余" });
  });
});

describe("reportingStatus", () => {
  it.each([
    [{ expected: 6, received: [], missing: ["甲", "乙", "丙", "丁", "戊", "己"], zeroReports: [] }, "6个单位均未报送"],
    [{ expected: 1, received: ["城关镇"], missing: [], zeroReports: [] }, "城关镇已报送"],
    [{ expected: 1, received: ["城关镇"], missing: [], zeroReports: ["城关镇"] }, "城关镇已报送（零报告）"],
    [{ expected: 1, received: [], missing: ["城关镇"], zeroReports: [] }, "城关镇未报送"],
    [{ expected: 3, received: ["甲", "乙", "丙"], missing: [], zeroReports: ["甲", "乙", "丙"] }, "3个单位已全部报送，均为零报告"],
    [{ expected: 4, received: ["甲", "乙", "丙"], missing: ["丁"], zeroReports: ["甲", "乙", "丙"] }, "4个单位中已报送3个，均为零报告，丁未报送"],
    [{ expected: 4, received: ["甲", "乙", "丙"], missing: ["丁"], zeroReports: ["乙"] }, "4个单位中已报送3个（其中乙为零报告），丁未报送"],
  ])("says who reported %j as %s", (units, expected) => {
    expect(text(reportingStatus(units))).toBe(expected);
  });

  it("counts the missing when their names are not known", () => {
    expect(text(reportingStatus({ expected: 18, received: Array.from({ length: 15 }, (_, i) => `单位${i}`), missing: [], zeroReports: [] }))).toBe("18个单位中已报送15个，3个未报送");
  });

  it("says nothing when no unit was expected", () => {
    expect(reportingStatus({ expected: 0, received: [], missing: [], zeroReports: [] })).toBeUndefined();
  });

  it("keeps unit names as entities and counts as figures", () => {
    const phrases = reportingStatus({ expected: 4, received: ["甲", "丁"], missing: ["乙", "丙"], zeroReports: [] })!;
    expect(phrases.filter((p) => p.type === "entity").map((p) => [p.kind, p.text])).toEqual([
      ["number", "4个"],
      ["number", "2个"],
      ["unit-name", "乙"],
      ["unit-name", "丙"],
    ]);
    expect(text(reportingStatus({ expected: 3, received: ["甲"], missing: ["乙", "丙"], zeroReports: [] }))).toBe("3个单位中仅甲已报送，乙、丙未报送");
  });
});

describe("itemChain", () => {
  it("puts a rate in its own clause, after the items it is computed from", () => {
    const template = builtin("propaganda");
    const input: NarrativeInput = { template, totals: { infoSubmitted: { value: 120 }, infoAdopted: { value: 80 }, specialColumns: { value: 12 } } };
    const section = template.kind === "indicators" ? template.sections[1]!.indicators : [];
    expect(text(itemChain(section, input))).toBe("信息报送120篇、采用80篇，采用率为66.7%，专题专版12期");
  });
});

describe("topUnits and unitsBelow", () => {
  const resumption = builtin("resumption");
  const rate = resumption.kind === "indicators" ? resumption.sections[0]!.indicators[2]! : field("percent");
  const perUnit = [
    { unit: "甲", values: { industryTotal: 10, industryResumed: 5 } },
    { unit: "乙", values: { industryTotal: 0, industryResumed: 0 } },
    { unit: "丙", values: { industryResumptionRate: 90 } },
  ];
  const input: NarrativeInput = { template: resumption, totals: {}, perUnit };

  it("recomputes each unit's rate from its parts, and leaves out a rate of nothing", () => {
    expect(topUnits(rate, input, 2)).toEqual([
      { unit: "丙", value: 90 },
      { unit: "甲", value: 50 },
    ]);
    expect(unitsBelow(rate, input, 60)).toEqual([{ unit: "甲", value: 50 }]);
  });

  it("gives nothing without per-unit figures", () => {
    expect(topUnits(rate, { ...input, perUnit: undefined }, 3)).toBeUndefined();
    expect(unitsBelow(rate, { ...input, perUnit: [] }, 3)).toBeUndefined();
  });
});

describe("isNothingNew", () => {
  it("is true when units reported and every figure is 0, rates aside", () => {
    expect(isNothingNew(narrativeInput("screening", { totals: { fever: { value: 0 }, screened: { value: 0 } } }))).toBe(true);
    expect(isNothingNew(narrativeInput("screening", { totals: { fever: { value: 1 } } }))).toBe(false);
  });

  it("is false when nothing was reported at all, and for a ledger with problems", () => {
    expect(isNothingNew({ template: builtin("screening"), totals: {} })).toBe(false);
    expect(isNothingNew({ template: builtin("rectification"), totals: {}, ledger: { aspects: 0, items: 0, problems: 0, byStatus: {}, done: 0, inProgress: 0 } })).toBe(true);
    expect(isNothingNew({ template: builtin("rectification"), totals: {}, ledger: { aspects: 1, items: 1, problems: 2, byStatus: {}, done: 0, inProgress: 0 } })).toBe(false);
  });
});

describe("edge cases", () => {
  it("merges neighbouring text phrases and drops empty ones", () => {
    expect(mergeText([{ type: "text", text: "共" }, { type: "text", text: "" }, { type: "text", text: "发放" }])).toEqual([{ type: "text", text: "共发放" }]);
  });
});
