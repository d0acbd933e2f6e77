import type { IndicatorTemplate } from "../../../src/core/template/types";
import { defaultRules, findingFix, findingMessage, RuleRegistry, validateReadings, validateReport } from "../../../src/core/validate";
import { auditLedgerTemplate, auditTemplate } from "../../_support/audit-sample";
import { readingOf } from "../../_support/reading-factory";

const template = auditTemplate();

function findings(values: Record<string, string>, notes: Record<string, string> = {}) {
  return validateReport(readingOf(template, { values, notes }))
    .filter((f) => f.code !== "validate.required")
    .map((f) => ({ code: f.code, severity: f.severity, text: findingMessage(f) }));
}

describe("value rules", () => {
  it.each([
    ["1,234", []],
    ["１２３４", []],
    ["xx", ["validate.placeholder"]],
    ["__", ["validate.placeholder"]],
    ["某", ["validate.placeholder"]],
    ["—", ["validate.nil"]],
    ["很多", ["validate.invalid"]],
    ["3.5", ["validate.not-integer"]],
    ["-1", ["validate.below-min"]],
    ["3.2万", ["validate.parsed-as"]],
    ["约300", ["validate.approximate"]],
    ["一百二十", ["validate.parsed-as"]],
  ])("reads 宣传单 = %s with %j", (typed, codes) => {
    expect(findings({ leaflets: typed }).map((f) => f.code)).toEqual(codes);
  });

  it("asks for the whole number of a count with decimals, without inventing one", () => {
    const [finding] = validateReport(readingOf(template, { values: { leaflets: "12.5" } })).filter((f) => f.code === "validate.not-integer");
    const fix = finding!.fix && findingFix(finding!);
    expect(fix).toContain("整数");
    expect(fix).not.toMatch(/\d/); // no 改为 13
  });

  it("keeps percentages within 0–100", () => {
    const t: IndicatorTemplate = { ...template, comparisons: [], rules: [], sections: [{ indicators: [{ key: "p", label: "完成率", unit: "%", kind: "percent", aggregate: "max" }] }] };
    expect(validateReport(readingOf(t, { values: { p: "120" } })).map((f) => f.code)).toContain("validate.above-max");
    expect(validateReport(readingOf(t, { values: { p: "87.6" } })).map((f) => f.code)).not.toContain("validate.above-max");
  });

  it("hints at more decimals than the form keeps", () => {
    expect(findings({ fundsPaid: "1.234", funds: "1.234" }).map((f) => f.code)).toContain("validate.too-many-decimals");
  });
});

describe("breakdown rules", () => {
  it.each([
    [{ news: "10", central: "1", province: "3" }, []],
    [{ news: "10", central: "12", province: "3" }, ["validate.partial-child-exceeds"]],
    [{ news: "10", central: "6", province: "6" }, ["validate.partial-sum-exceeds"]],
    [{ fever: "92", feverClinic: "36", feverOther: "56" }, []],
    [{ fever: "92", feverClinic: "36", feverOther: "50" }, ["validate.complete-mismatch"]],
    [{ fever: "92", feverClinic: "92" }, []],
    // A part that is no number leaves the parts' sum unknown: its own finding, not a mismatch of a sum that took it for 0.
    [{ fever: "92", feverClinic: "36", feverOther: "xx" }, ["validate.placeholder"]],
    [{ fever: "92", feverClinic: "36", feverOther: "无" }, ["validate.nil"]],
    // …unless the known parts alone are past the total: no figure in the unknown part mends that.
    [{ fever: "92", feverClinic: "100", feverOther: "xx" }, ["validate.placeholder", "validate.complete-mismatch"]],
    [{ funds: "930.95", fundsPaid: "374.07", fundsUnpaid: "556.87" }, ["validate.complete-rounding"]],
    [{ funds: "930.95", fundsPaid: "374.05", fundsUnpaid: "556.87" }, ["validate.complete-mismatch"]],
    [{ funds: "930.95" }, []],
  ])("%j gives %j", (values, codes) => {
    expect(findings(values).map((f) => f.code)).toEqual(codes);
  });

  it("says a partial part exceeds its total in words", () => {
    expect(findings({ news: "10", central: "12" })[0].text).toBe("其中「中央级」12 大于合计「媒体稿件」10");
  });

  describe("by whether the parts may overlap", () => {
    const declared = (breakdown: "exclusive" | "overlapping" | "partial"): IndicatorTemplate => ({
      ...template,
      sections: template.sections.map((s) => ({ ...s, indicators: s.indicators.map((i) => (i.key === "news" ? { ...i, breakdown } : i)) })),
    });
    const judged = (breakdown: "exclusive" | "overlapping" | "partial", values: Record<string, string>) =>
      validateReport(readingOf(declared(breakdown), { values })).filter((f) => f.code !== "validate.required").map((f) => `${f.code}:${f.severity}`);

    it.each([
      ["exclusive", { news: "10", central: "6", province: "6" }, ["validate.exclusive-sum-exceeds:error"]],
      ["exclusive", { news: "12", central: "6", province: "6" }, []],
      ["exclusive", { news: "10", central: "12", province: "3" }, ["validate.partial-child-exceeds:error"]],
      ["overlapping", { news: "10", central: "6", province: "6" }, []],
      ["overlapping", { news: "10", central: "12", province: "3" }, ["validate.partial-child-exceeds:error"]],
      ["partial", { news: "10", central: "6", province: "6" }, ["validate.partial-sum-exceeds:verify"]],
    ] as const)("%s parts %j give %j", (breakdown, values, expected) => {
      expect(judged(breakdown, values)).toEqual(expected);
    });

    it("says media levels that cannot overlap add up past their total in words", () => {
      const finding = validateReport(readingOf(declared("exclusive"), { values: { news: "10", central: "6", province: "6" } })).find((f) => f.code === "validate.exclusive-sum-exceeds")!;
      expect(findingMessage(finding)).toBe("其中各项互不重叠，之和 12 却大于合计「媒体稿件」10");
    });
  });
});

describe("rates, comparisons and expressions", () => {
  const withRate = (values: Record<string, string>, rate?: number) => {
    const reading = readingOf(template, { values });
    if (rate !== undefined) {
      const field = reading.indicators.get("rate")!;
      reading.indicators.set("rate", { ...field, status: "number", number: rate, steps: [] });
    }
    return validateReport(reading).map((f) => f.code).filter((c) => c !== "validate.required");
  };

  it.each([
    [{ firms: "50", resumed: "45" }, 90, []],
    [{ firms: "1000", resumed: "61" }, 6.1, []],
    [{ firms: "1000", resumed: "61" }, 5.5, ["validate.rate-mismatch"]],
    [{ firms: "3", resumed: "2" }, 66.7, []],
    [{ firms: "0", resumed: "2" }, undefined, ["validate.comparison", "validate.rate-zero-denominator"]],
    [{ firms: "40", resumed: "45" }, undefined, ["validate.comparison"]],
  ])("%j with a typed rate %s gives %j", (values, rate, codes) => {
    expect(withRate(values, rate).sort()).toEqual([...codes].sort());
  });

  it("evaluates the template's own expression rules", () => {
    expect(findings({ submitted: "20", adopted: "25" }).map((f) => f.text)).toEqual(["采用篇数不能大于报送篇数"]);
    expect(findings({ submitted: "20", adopted: "12" })).toEqual([]);
  });

  it("reports a broken expression in the template instead of ignoring it", () => {
    const broken = { ...template, rules: [{ id: "bad", expression: "a.b > 1", severity: "error" as const, message: "x" }] };
    expect(validateReport(readingOf(broken)).map((f) => f.code)).toContain("validate.expression-broken");
  });
});

describe("against the previous submission", () => {
  const previous = readingOf(template, { values: { people: "1200", visits: "40" } });
  const codes = (values: Record<string, string>, notes: Record<string, string> = {}) =>
    validateReport(readingOf(template, { values, notes }), { previous }).map((f) => f.code);

  it("does not let a cumulative figure fall", () => {
    expect(codes({ people: "1100" })).toContain("validate.cumulative-fell");
    expect(codes({ people: "1300" })).not.toContain("validate.cumulative-fell");
  });

  it("asks for a 说明 when a figure changes beyond the threshold, unless one is written", () => {
    expect(codes({ people: "1200", visits: "100" })).toContain("validate.change-needs-note");
    expect(codes({ people: "1200", visits: "100" }, { visits: "开展集中宣传周" })).not.toContain("validate.change-needs-note");
    expect(codes({ people: "1200", visits: "50" })).not.toContain("validate.change-needs-note");
  });
});

describe("ledger rules", () => {
  const ledger = auditLedgerTemplate();
  const codes = (rows: Array<Record<string, string>>) => validateReport(readingOf(ledger, { rows })).map((f) => `${f.code}@${f.location.cell}`);

  it.each([
    [[{ problem: "甲", status: "已完成", doneDate: "2023-02-10" }], []],
    [[{ problem: "甲", status: "完成了" }], ["validate.invalid"]],
    [[{ problem: "甲", status: "已完成" }], ["validate.done-without-date"]],
    [[{ problem: "甲", status: "已完成", doneDate: "2023-03-10" }], ["validate.done-after-report"]],
    [[{ problem: "甲", status: "已完成", doneDate: "2023年2月30日" }], ["validate.invalid"]],
    [[{ problem: "甲", status: "未启动" }, { problem: "甲", status: "持续推进" }], ["validate.duplicate-row"]],
    [[{ status: "未启动" }], ["validate.required"]],
  ])("%j gives %j", (rows, expected) => {
    expect(codes(rows).map((c) => c.split("@")[0])).toEqual(expected);
  });

  describe("edge cases of duplicate rows", () => {
    it("tells rows apart whose identity texts run together alike", () => {
      const byTwo = { ...ledger, identityColumns: ["problem", "doneDate"] };
      const twoCodes = (rows: Array<Record<string, string>>) => validateReport(readingOf(byTwo, { rows })).filter((f) => f.code === "validate.duplicate-row");
      expect(twoCodes([{ problem: "甲乙", status: "未启动", doneDate: "丙" }, { problem: "甲", status: "未启动", doneDate: "乙丙" }])).toEqual([]);
      expect(twoCodes([{ problem: "甲乙", status: "未启动", doneDate: "丙" }, { problem: "甲 乙", status: "未启动", doneDate: "丙" }])).toHaveLength(1);
    });

    it("tells apart two identities of the same hash, and finds each one's first row (问题4610 and 问题23883 hash alike)", () => {
      const rows = ["问题4610", "问题23883", "问题23883", "问题4610"].map((problem) => ({ problem, status: "未启动" }));
      const duplicates = validateReport(readingOf(ledger, { rows })).filter((f) => f.code === "validate.duplicate-row");
      // Sheet rows of the four entries, whatever row the ledger begins at.
      const [first, second, third, fourth] = [0, 1, 2, 3].map((i) => (duplicates[0].params.other as number) - 1 + i);
      expect(duplicates.map((f) => [f.params.row, f.params.other])).toEqual([
        [third, second],
        [fourth, first],
      ]);
    });
  });

  it("locates a row's finding at its cell", () => {
    const [finding] = validateReport(readingOf(ledger, { rows: [{ problem: "甲", status: "已完成" }] }));
    expect(finding.location.cell).toMatch(/^D\d+$/);
  });
});

describe("across tables of one workbook", () => {
  it("flags a figure that differs between two tables", () => {
    const a = readingOf(template, { values: { masks: "20000" } }, "表一");
    const b = readingOf({ ...template, id: "other" }, { values: { masks: "25000" } }, "表二");
    const result = validateReadings([a, b]);
    const cross = result.findings.filter((f) => f.code === "validate.cross-table");
    expect(cross).toHaveLength(1);
    expect(findingMessage(cross[0])).toBe("「医用口罩」在「表二」为 25000，在「表一」为 20000，两表不一致");
  });
});

describe("edge cases", () => {
  it("refuses two rules with the same id", () => {
    const registry = new RuleRegistry();
    const rule = { id: "x", check: () => [] };
    registry.register(rule);
    expect(() => registry.register(rule)).toThrow("审核规则编号重复：x");
    expect(() => defaultRules()).not.toThrow();
  });

  it("reports a sheet that is not the form at all", () => {
    const reading = readingOf(template);
    reading.report = { ...reading.report, headFound: false };
    expect(validateReport(reading).map((f) => f.code)).toContain("validate.head-not-found");
  });

  it("passes every rule but required on an empty form", () => {
    const codes = validateReport(readingOf(template, { header: {} })).map((f) => f.code);
    expect(new Set(codes)).toEqual(new Set(["validate.required"]));
  });
});
