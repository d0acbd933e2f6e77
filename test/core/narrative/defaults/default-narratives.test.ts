import fc from "fast-check";
import {
  DEFAULT_NARRATIVES,
  compileSentenceTemplate,
  defaultNarrativeFor,
  generateNarrative,
  renderPlainText,
  type EntityPhrase,
  type NarrativeInput,
  type NarrativeSpec,
  type NarrativeTotal,
} from "../../../../src/core/narrative";
import { parseChineseNumeral } from "../../../../src/core/parse/chinese-numerals";
import { QUALIFIERS as QUALIFIER_INFO, type Qualifier } from "../../../../src/core/parse/qualifiers";
import { BUILTIN_TEMPLATES, flattenIndicators } from "../../../../src/core/template";
import type { IndicatorTemplate } from "../../../../src/core/template/types";
import { builtin, generatedTotals, narrativeInput } from "../generate/_input-factory";

const LEDGER = { aspects: 3, items: 17, problems: 43, byStatus: { 已完成: 30, 立行立改: 5, 持续推进: 6, 未启动: 2 }, done: 35, inProgress: 6 };

function textOf(input: NarrativeInput): string {
  const { spec, errors, notices } = generateNarrative(input);
  expect(errors).toEqual([]);
  expect(notices).toEqual([]);
  return renderPlainText(spec);
}

function withTotals(id: string, totals: Record<string, number>, rest: Partial<NarrativeInput> = {}): NarrativeInput {
  const base = generatedTotals(builtin(id));
  for (const [key, value] of Object.entries(totals)) base[key] = { value };
  return narrativeInput(id, { totals: base, ...rest });
}

const PER_UNIT = [
  { unit: "城关镇", values: { leaflets: 52_000, screened: 30_000, industryTotal: 30, industryResumed: 29, newsArticles: 40 } },
  { unit: "东城街道", values: { leaflets: 81_000, screened: 12_000, industryTotal: 20, industryResumed: 15, newsArticles: 55 } },
  { unit: "西城街道", values: { leaflets: 9000, screened: 45_000, industryTotal: 25, industryResumed: 24, newsArticles: 12 } },
  { unit: "南湖乡", values: { leaflets: 30_500, screened: 8000, industryTotal: 17, industryResumed: 12, newsArticles: 30 } },
];

describe("default narratives", () => {
  it("has one for every built-in template, and each compiles against it without a mistake", () => {
    expect(Object.keys(DEFAULT_NARRATIVES).sort()).toEqual(BUILTIN_TEMPLATES.map((t) => t.id).sort());
    for (const template of BUILTIN_TEMPLATES) {
      expect(compileSentenceTemplate(defaultNarrativeFor(template), template).errors).toEqual([]);
    }
  });

  it("supplies: the sum with its scope note, then what each class includes", () => {
    const text = textOf(withTotals("supplies", { fundsPrepared: 930.95, disinfectant84Tons: 3.2, disinfectant84Bottles: 0, masks: 12.5, emergencyFunds: 500, emergencyFundsAdvanced: 200 }));
    expect(text).toContain("截至2月20日24时，全县6个单位已全部报送。");
    expect(text).toContain("全县共筹备各类防疫物资约930.95万元（含已收货未支付款项）。其中消杀类包括84消毒液3.2吨、消毒粉");
    expect(text).not.toContain("瓶装84消毒液");
    expect(text).toContain("；防护类包括医用口罩12.5万只、手套");
    expect(text).toContain("落实应急资金500万元，其中先期拨付200万元。");
    expect(text).toContain("重点物资产能和库存方面，医用口罩日产能");
  });

  it("publicity: groups of verb chains, and the first three units", () => {
    const text = textOf(withTotals("publicity", { billboards: 120, ledScreens: 30, banners: 560, leaflets: 172_500 }, { perUnit: PER_UNIT }));
    expect(text).toContain("全县宣传工作开展情况如下：一是社会宣传方面，累计设置户外广告牌120块、电子显示屏30块，悬挂标语横幅560条，发放宣传单近17.3万张、倡议书（一封信）");
    expect(text).toMatch(/；二是新闻宣传方面，累计刊发转发新媒体信息[^；]+；三是舆情管控方面，累计监测网络舆情/);
    expect(text).toContain("宣传单发放数量排名前三的单位分别是东城街道（81000张）、城关镇（52000张）、南湖乡（30500张）。");
  });

  it("screening: 无新增 when every figure is 0, the groups otherwise", () => {
    const template = builtin("screening") as IndicatorTemplate;
    const zeros = Object.fromEntries(flattenIndicators(template).map((p) => [p.indicator.key, 0]));
    const quiet = textOf(withTotals("screening", zeros, { units: { expected: 2, received: ["甲镇", "乙镇"], missing: [], zeroReports: ["甲镇", "乙镇"] } }));
    expect(quiet).toBe("截至2月20日24时，全县2个单位已全部报送，均为零报告。全县无新增发热人员和隔离管控人员。");
    const busy = textOf(withTotals("screening", { fever: 35, feverAtClinics: 20, feverAtPharmacies: 10, feverOther: 5 }, { previous: { fever: 28 } }));
    expect(busy).toContain("发现发热人员35人（其中医疗机构20人、药店10人、其他途径5人）");
    expect(busy).toContain("二是卡口检测方面，共设置卡口和检测点");
    expect(busy).toContain("发热人员比上期增长25%。");
    expect(busy).not.toContain("无新增");
  });

  it("resumption: N家已复工n家，复工率为p%, with 应…已…率 and the units below 80%", () => {
    const text = textOf(withTotals("resumption", { industryTotal: 92, industryResumed: 86, industryStaff: 5200, industryStaffReturned: 4800 }, { perUnit: PER_UNIT }));
    expect(text).toContain("全县规上工业企业92家已复工86家，复工率为93.5%，应返岗5200人，已返岗4800人，人员复工率为92.3%。");
    expect(text).toContain("规上工业企业复工率不足80%的单位有2个（东城街道、南湖乡）。");
    expect(text).toContain("规上工业企业复工率排名前三的单位分别是城关镇（96.7%）、西城街道（96%）、东城街道（75%）。");
  });

  it("propaganda: the period's groups and the news against the last period", () => {
    const text = textOf(withTotals("propaganda", { centerGroupStudy: 12, centerGroupLectures: 3, infoSubmitted: 120, infoAdopted: 80, newsArticles: 320 }, { previous: { newsArticles: 400 }, perUnit: PER_UNIT }));
    expect(text).toContain("2023年上半年，全县宣传思想工作主要情况如下：一是理论武装方面，共开展中心组学习12次（其中报告会3次）、宣讲");
    expect(text).toContain("报送信息120篇，被采用80篇，采用率为66.7%");
    expect(text).toContain("新闻稿件数量比上期下降20%。");
    expect(text).toContain("新闻稿件数量排名前三的单位分别是东城街道（55篇）、城关镇（40篇）、南湖乡（30篇）。");
  });

  it("rectification: X方面Y项Z个问题, 已完成, 正在推进, 完成率", () => {
    const text = textOf(narrativeInput("rectification", { totals: { rulesMade: { value: 12 } }, ledger: LEDGER }));
    expect(text).toBe(
      "截至2月20日24时，全县6个单位已全部报送。对巡察组反馈的三方面17项43个问题逐一明确整改措施，已完成整改35个（其中立行立改5个），正在推进6个，未启动2个，完成率81.4%。建立完善制度12项。",
    );
  });

  it("writes the same text for the same input, whatever the order of its keys", () => {
    for (const template of BUILTIN_TEMPLATES) {
      const input = narrativeInput(template.id, { perUnit: PER_UNIT, ledger: LEDGER });
      const reordered = { ...input, totals: Object.fromEntries(Object.entries(input.totals).reverse()) };
      expect(textOf(reordered)).toBe(textOf(input));
    }
  });

  it("gives a template of the clerk's own a general narrative", () => {
    const own = { ...builtin("supplies"), id: "my-supplies" };
    expect(defaultNarrativeFor(own)).not.toBe(DEFAULT_NARRATIVES.supplies);
    const text = textOf(narrativeInput("supplies", { template: own, totals: { masks: { value: 12.5 }, sprayers: { value: 320 } } }));
    expect(text).toBe("截至2月20日24时，全县6个单位已全部报送。全县主要情况如下：一是消杀类方面，喷雾器320个；二是防护类方面，医用口罩12.5万只。");
    const ledger = { ...builtin("rectification"), id: "my-ledger" };
    expect(textOf(narrativeInput("rectification", { template: ledger, ledger: LEDGER, totals: {} }))).toContain("三方面17项43个问题，已完成整改35个");
  });

  describe("edge cases", () => {
    it("leaves out what has no data, and writes nothing from nothing", () => {
      const bare: NarrativeInput = { template: builtin("supplies"), totals: {} };
      expect(textOf(bare)).toBe("");
      const one = textOf({ template: builtin("supplies"), totals: { masks: { value: 12.5 } } });
      expect(one).toBe("其中防护类包括医用口罩12.5万只。");
    });
  });
});

describe("every number in a default narrative reads back as the figure it stands for", () => {
  const QUALIFIERS: (Qualifier | undefined)[] = [undefined, undefined, undefined, "余", "约", "近", "多", "左右", "以上"];

  /** A figure as typed totals come: counts, quantities and money with two decimals, sometimes with a qualifier. */
  function totalArbitrary(kind: string): fc.Arbitrary<NarrativeTotal | undefined> {
    const value = kind === "integer" ? fc.integer({ min: 0, max: 3_000_000_000 }) : fc.integer({ min: 0, max: 2_000_000_000 }).map((n) => n / 100);
    return fc.option(fc.record({ value, qualifier: fc.constantFrom(...QUALIFIERS) }).map(({ value, qualifier }) => (qualifier ? { value, qualifier } : { value })), { nil: undefined, freq: 4 });
  }

  /** The figure a text shows, in the base unit (万 and 亿 multiplied out), and half its last shown digit. */
  function readBack(text: string): { shown: number; step: number } {
    const chinese = parseChineseNumeral(text);
    if (chinese !== undefined) return { shown: chinese, step: 0 };
    const match = /^(?:近|约|不足)?(\d+)(?:\.(\d+))?多?(万亿|万|亿)?(?:余|多)?[^\d]*?(?:左右|以上|以下)?$/.exec(text);
    if (!match) throw new Error(`cannot read "${text}" back`);
    const [, whole, fraction = "", magnitude] = match;
    const exponent = { 万: 4, 亿: 8, 万亿: 12 }[magnitude as "万"] ?? 0;
    return { shown: Number(`${whole}.${fraction || "0"}e${exponent}`), step: 0.5 * 10 ** (exponent - fraction.length) };
  }

  function factorOf(unit: string | undefined): number {
    return unit && unit !== "%" && /^[万亿]./.test(unit) ? (unit[0] === "万" ? 1e4 : 1e8) : 1;
  }

  function entities(spec: NarrativeSpec): EntityPhrase[] {
    return spec.sections.flatMap((s) => s.sentences.flatMap((sentence) => sentence.phrases.filter((p): p is EntityPhrase => p.type === "entity")));
  }

  /** The summary's figure of a key as the test computes it: a rate from its parts, in percent. */
  function inputFigure(template: IndicatorTemplate, totals: Record<string, NarrativeTotal | undefined>, key: string): number | undefined {
    const field = flattenIndicators(template).find((p) => p.indicator.key === key)!.indicator;
    if (!field.formula) return totals[key]?.value;
    const top = totals[field.formula.numerator]?.value;
    const bottom = totals[field.formula.denominator]?.value;
    return top === undefined || bottom === undefined || bottom === 0 ? undefined : (top * 100) / bottom;
  }

  const indicatorTemplates = BUILTIN_TEMPLATES.filter((t): t is IndicatorTemplate => t.kind === "indicators");

  it.each(indicatorTemplates.map((t) => [t.id, t] as const))("%s", (_id, template) => {
    const fields = flattenIndicators(template).map((p) => p.indicator).filter((f) => f.kind !== "percent");
    const totalsArbitrary = fc.record(Object.fromEntries(fields.map((f) => [f.key, totalArbitrary(f.kind)])) as Record<string, fc.Arbitrary<NarrativeTotal | undefined>>);
    const previousArbitrary = totalsArbitrary.map((totals) => Object.fromEntries(Object.entries(totals).map(([key, total]) => [key, total?.value])));
    fc.assert(
      fc.property(totalsArbitrary, previousArbitrary, (totals, previous) => {
        const input = narrativeInput(template.id, { totals, previous });
        const { spec } = generateNarrative(input);
        const text = renderPlainText(spec);
        let from = 0;
        for (const entity of entities(spec)) {
          // Every entity is in the text as it is, in order.
          const at = text.indexOf(entity.text, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + entity.text.length;
          if (entity.value === undefined || entity.kind === "date") continue;
          if (entity.kind === "change") {
            // 比上期增长12.3% / 下降1.5个百分点 / 增长1.1倍: the change, one decimal; 翻一番 is 100%; 持平 says no figure.
            if (entity.text.endsWith("翻一番")) expect(entity.value).toBe(100);
            else if (entity.trend !== "flat") {
              const change = /(\d+(?:\.\d+)?)(%|个百分点|倍)$/.exec(entity.text)!;
              const shown = change[2] === "倍" ? Number(change[1]) * 100 : Number(change[1]);
              const tolerance = change[2] === "倍" ? 5 : 0.05;
              expect(Math.abs(shown - Math.abs(entity.value))).toBeLessThanOrEqual(tolerance + 1e-9 * Math.abs(entity.value));
            }
            continue;
          }
          const { shown, step } = readBack(entity.text);
          const expected = entity.value * factorOf(entity.unit);
          // A rate that is not 0 is never shown as 0% (formatPercent): it may be a whole last place off, toward the inside.
          // A figure hedged 余 (or 近) is cut (or rounded up) to keep the hedge true: a whole last place off, too.
          const directional = entity.qualifier !== undefined && QUALIFIER_INFO[entity.qualifier as Qualifier].sense !== "about";
          const tolerance = entity.kind === "percent" || directional ? 2 * step : step;
          expect(Math.abs(shown - expected)).toBeLessThanOrEqual(tolerance + 1e-9 * Math.abs(expected));
          if (entity.indicatorKey !== undefined && entity.source?.reportingUnit === undefined) {
            expect(entity.value).toBeCloseTo(inputFigure(template, totals, entity.indicatorKey)!, 9);
          }
        }
      }),
      // Shrinking a record of twenty figures takes minutes on a busy machine; a failure is shown as found.
      { numRuns: 40, endOnFailure: true },
    );
  });

  it("rectification", () => {
    const ledger = fc.record({ aspects: fc.integer({ min: 0, max: 12 }), items: fc.integer({ min: 0, max: 200 }), problems: fc.integer({ min: 1, max: 50_000 }), done: fc.nat(), inProgress: fc.nat() });
    fc.assert(
      fc.property(ledger, (l) => {
        const state = { ...l, done: l.done % (l.problems + 1), inProgress: 0, byStatus: {} };
        const { spec } = generateNarrative(narrativeInput("rectification", { ledger: state, totals: {} }));
        const figures = entities(spec).filter((e) => e.value !== undefined);
        for (const entity of figures) {
          const { shown, step } = readBack(entity.text);
          expect(Math.abs(shown - entity.value!)).toBeLessThanOrEqual(step + 1e-9);
        }
        // 已完成整改 is said only of a done problem: never 已完成整改0个.
        expect(figures.map((e) => e.value)).toEqual(expect.arrayContaining(state.done > 0 ? [state.problems, state.done] : [state.problems]));
      }),
      { numRuns: 60 },
    );
  });
});

describe("default narratives in Chinese", () => {
  it("name every slot, filter and directive in Chinese, as the pane shows them to a clerk", () => {
    for (const template of BUILTIN_TEMPLATES) {
      for (const line of defaultNarrativeFor(template)) {
        const slots = [...line.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
        for (const slot of slots) expect(slot).not.toMatch(/(^|[|.:])[A-Za-z]/);
        expect(line).not.toMatch(/^[!！][A-Za-z]/);
      }
    }
    const general = defaultNarrativeFor({ ...builtin("screening"), id: "own" } as IndicatorTemplate);
    expect(general.join("\n")).not.toMatch(/\{[^}]*[A-Za-z]/);
  });
});
