import { generateNarrative, renderPlainText, type NarrativeInput, type NarrativeTotal } from "../../../../src/core/narrative";
import { REGISTER_RULES } from "../../../../src/core/narrative/register";
import type { Qualifier } from "../../../../src/core/parse/qualifiers";
import type { ReportTemplate } from "../../../../src/core/template/types";
import { builtin } from "../generate/_input-factory";

/**
 * The register of real reports (domain.md §6) as sentence shapes: figures in, the sentence out. Each
 * shape names the rule it shows; `before` is what the narrative wrote before it kept the rule (the
 * fault the trial of issue 14 found), where it differed.
 */
interface Shape {
  rule: string;
  template: string | ReportTemplate;
  lines: string[];
  /** Totals by key: a figure, or a figure with the hedge it carries. */
  figures?: Record<string, number | [number, Qualifier]>;
  input?: Partial<NarrativeInput>;
  after: string;
  before?: string;
}

/** A built-in as stored by version 1.0.0: no narrative names, so parts are named by the rule alone. */
function asStoredIn100(id: string): ReportTemplate {
  return JSON.parse(JSON.stringify(builtin(id)), (key, value) => (key === "narrative" ? undefined : value));
}

function withNarrative(id: string, narrative: ReportTemplate["narrative"]): ReportTemplate {
  return { ...builtin(id), narrative };
}

const units = (values: Array<[string, number | undefined]>, key: string) => values.map(([unit, value]) => ({ unit, values: { [key]: value } }));
const named = (...names: string[]) => ({ expected: names.length, received: names, missing: [], zeroReports: [] });
const LEDGER = { aspects: 1, items: 4, problems: 12, byStatus: {}, done: 5, inProgress: 7 };
const news = (current: number, previous: number, period: string, previousPeriod?: string): Partial<Shape> => ({
  figures: { newsArticles: current },
  input: { previous: { newsArticles: previous }, period, ...(previousPeriod ? { previousPeriod } : {}) },
});

const SHAPES: Shape[] = [
  // 一是 never stands without 二是.
  { rule: "numbering", template: "publicity", lines: ["!verbs leaflets=发放", "{region}宣传工作开展情况如下：{sections|groups}"], figures: { leaflets: 3160 },
    after: "全县宣传工作开展情况如下：社会宣传方面，累计发放宣传单3160张。", before: "全县宣传工作开展情况如下：一是社会宣传方面，发放宣传单3160张。" },
  { rule: "numbering", template: "publicity", lines: ["!verbs leaflets=发放", "{region}宣传工作开展情况如下：{sections|groups}"], figures: { leaflets: 3160, harmfulDeleted: 12 },
    after: "全县宣传工作开展情况如下：一是社会宣传方面，累计发放宣传单3160张；二是舆情管控方面，删除有害信息12条。" },
  { rule: "numbering", template: "screening", lines: ["{sections|groups}"], figures: { checkpoints: 12 },
    after: "卡口检测方面，卡口/检测点12个。", before: "一是卡口检测方面，卡口/检测点12个。" },

  // A ranking names as many units as it promises, each with a figure, in an order no tie decides.
  { rule: "ranking", template: "publicity", lines: ["排名前三的单位分别是{leaflets|top(3)}"], input: { perUnit: units([["甲镇", 12], ["乙镇", 9]], "leaflets") },
    after: "", before: "排名前三的单位分别是甲镇、乙镇。" },
  { rule: "ranking", template: "publicity", lines: ["排名前三的单位分别是{leaflets|top(3)}"], input: { perUnit: units([["甲镇", undefined], ["乙镇", undefined], ["丙镇", undefined]], "leaflets") },
    after: "", before: "排名前三的单位分别是。" },
  { rule: "ranking", template: "publicity", lines: ["排名前三的单位分别是{leaflets|top(3)}"], input: { perUnit: units([["甲镇", 5], ["乙镇", 3], ["丙镇", 0]], "leaflets") },
    after: "", before: "排名前三的单位分别是甲镇、乙镇、丙镇。" },
  { rule: "ranking", template: "publicity", lines: ["排名前三的单位分别是{leaflets|top(3)}"], input: { perUnit: units([["甲镇", 9], ["乙镇", 7], ["丙镇", 5], ["丁镇", 5]], "leaflets") },
    after: "", before: "排名前三的单位分别是甲镇、乙镇、丙镇。" },
  { rule: "ranking", template: "publicity", lines: ["排名前三的单位分别是{leaflets|top(3)}"], input: { perUnit: units([["甲镇", 9], ["乙镇", 9], ["丙镇", 5], ["丁镇", 3]], "leaflets") },
    after: "", before: "排名前三的单位分别是乙镇、甲镇、丙镇。" },
  { rule: "ranking", template: "publicity", lines: ["排名前三的单位分别是{leaflets|top(3, 值)}"], input: { perUnit: units([["甲镇", 900], ["乙镇", 13500], ["丙镇", 500], ["丁镇", 30]], "leaflets") },
    after: "排名前三的单位分别是乙镇（13500张）、甲镇（900张）、丙镇（500张）。" },

  // 累计 or 共 before the first total of a chain.
  { rule: "total-lead", template: "publicity", lines: ["!verbs billboards=设置 banners=悬挂", "{region}{section:社会宣传|chain}"], figures: { billboards: 120, banners: 560 },
    after: "全县累计设置户外广告牌120块，悬挂标语横幅560条。", before: "全县设置户外广告牌120块，悬挂标语横幅560条。" },
  { rule: "total-lead", template: "propaganda", lines: ["!verbs centerGroupStudy=开展 lectures=开展", "{section:理论武装|chain}"], figures: { centerGroupStudy: 12, lectures: 30 },
    after: "共开展中心组学习12次、宣讲30场。", before: "开展中心组学习12次、宣讲30场。" },
  { rule: "total-lead", template: "publicity", lines: ["!verbs billboards=设置", "{region}共{section:社会宣传|chain}"], figures: { billboards: 120 },
    after: "全县共设置户外广告牌120块。" },
  { rule: "total-lead", template: "propaganda", lines: ["{section:新媒体|chain}"], figures: { followers: 1456 },
    after: "粉丝1456人。" },

  // Parts named without their total's word.
  { rule: "part-name", template: "screening", lines: ["发现发热人员{fever}[，{fever|breakdown}]"], figures: { fever: 35, feverAtClinics: 20, feverAtPharmacies: 10, feverOther: 5 },
    after: "发现发热人员35人，其中医疗机构20人、药店10人、其他途径5人。", before: "发现发热人员35人，其中医疗机构发现20人、药店发现10人、其他途径发现5人。" },
  { rule: "part-name", template: asStoredIn100("screening"), lines: ["摸排人员{screened}[，{screened|breakdown}]"], figures: { screened: 7286, screenedByTowns: 2607, screenedByCommunities: 2681, screenedByDepartments: 1998 },
    after: "摸排人员7286人，其中镇街2607人、社区2681人、直属单位1998人。", before: "摸排人员7286人，其中镇街摸排2607人、社区摸排2681人、直属单位摸排1998人。" },
  { rule: "part-name", template: asStoredIn100("screening"), lines: ["!verbs fever=发现", "{section:摸排管控|list}"], figures: { fever: 35, feverAtClinics: 20, feverAtPharmacies: 15 },
    after: "发热人员35人（其中医疗机构20人、药店15人）。", before: "发热人员35人（其中医疗机构发现20人、药店发现15人）。" },

  // No 其中 that repeats the total.
  { rule: "of-which-repeat", template: "propaganda", lines: ["{section:理论武装|list}"], figures: { centerGroupStudy: 12, centerGroupLectures: 12 },
    after: "中心组学习12次。", before: "中心组学习12次（其中报告会12次）。" },
  { rule: "of-which-repeat", template: "supplies", lines: ["落实应急资金{emergencyFunds}[，{emergencyFunds|breakdown}]"], figures: { emergencyFunds: 500, emergencyFundsAdvanced: 500 },
    after: "落实应急资金500万元。", before: "落实应急资金500万元，其中先期拨付500万元。" },
  { rule: "of-which-repeat", template: "screening", lines: ["{section:摸排管控|list}"], figures: { fever: 35, feverAtClinics: 35, feverAtPharmacies: 0 },
    after: "发热人员35人。", before: "发热人员35人（其中医疗机构发现35人）。" },
  { rule: "of-which-repeat", template: "supplies", lines: ["落实应急资金{emergencyFunds}[，{emergencyFunds|breakdown}]"], figures: { emergencyFunds: 500, emergencyFundsAdvanced: 200 },
    after: "落实应急资金500万元，其中先期拨付200万元。" },

  // A part's own parts as a clause of their own.
  { rule: "nested-breakdown", template: "screening", lines: ["{section:督查问责|list}"],
    figures: { accountability: 20, disciplined: 12, disciplinedSectionLevel: 3, organisationalHandling: 5, admonitoryTalks: 3 },
    after: "问责20人（其中党纪政务处分12人、组织处理5人、诫勉谈话3人；党纪政务处分中科级及以上干部3人）。",
    before: "问责20人（其中党纪政务处分12人（其中科级及以上干部3人）、组织处理5人、诫勉谈话3人）。" },
  { rule: "nested-breakdown", template: "screening", lines: ["{section:督查问责|list}"], figures: { accountability: 12, disciplined: 12, disciplinedSectionLevel: 3 },
    after: "问责12人（其中科级及以上干部3人）。", before: "问责12人（其中党纪政务处分12人（其中科级及以上干部3人））。" },
  { rule: "nested-breakdown", template: "screening", lines: ["问责{accountability}[，{accountability|breakdown}]"], figures: { accountability: 20, disciplined: 12, disciplinedSectionLevel: 3, organisationalHandling: 8 },
    after: "问责20人，其中党纪政务处分12人、组织处理8人；党纪政务处分中科级及以上干部3人。", before: "问责20人，其中党纪政务处分12人（其中科级及以上干部3人）、组织处理8人。" },

  // Nouns keep their measure words.
  { rule: "measure-word", template: "resumption", lines: ["个体工商户{selfEmployedTotal}[已复工{selfEmployedResumed}]"], figures: { selfEmployedTotal: 1690, selfEmployedResumed: 690 },
    after: "个体工商户1690户已复工690户。", before: "个体工商户1690家已复工690家。" },
  { rule: "measure-word", template: "propaganda", lines: ["!verbs goodPeople=评选", "!names goodPeople=好人", "{section:文化文明|chain}"], figures: { goodPeople: 25 },
    after: "共评选好人25人。", before: "评选好人25名。" },
  { rule: "measure-word", template: "propaganda", lines: ["!verbs posts=发布", "{section:新媒体|chain}"], figures: { posts: 1935 },
    after: "共发布推文1935条。", before: "推送信息1935条。" },

  // Exact figures below 10万 in full.
  { rule: "exact-figures", template: "publicity", lines: ["发放宣传单{leaflets}"], figures: { leaflets: 13500 }, after: "发放宣传单13500张。", before: "发放宣传单1.35万张。" },
  { rule: "exact-figures", template: "screening", lines: ["摸排人员{screened}"], figures: { screened: 15929 }, after: "摸排人员15929人。", before: "摸排人员1.59万人。" },
  { rule: "exact-figures", template: "publicity", lines: ["点击量{clicks}"], figures: { clicks: 0.35 }, after: "点击量3500人次。" },
  { rule: "exact-figures", template: "supplies", lines: ["医用口罩{masks}"], figures: { masks: 3027.31 }, after: "医用口罩3027.31万只。" },

  // Large figures in 万/亿 with one decimal, hedged for the digits dropped.
  { rule: "large-figures", template: "publicity", lines: ["发放宣传单{leaflets}"], figures: { leaflets: 183_456 }, after: "发放宣传单18.3万余张。", before: "发放宣传单18.35万张。" },
  { rule: "large-figures", template: "screening", lines: ["摸排人员{screened}"], figures: { screened: 148_600 }, after: "摸排人员近14.9万人。", before: "摸排人员14.86万人。" },
  { rule: "large-figures", template: "publicity", lines: ["发放宣传单{leaflets}"], figures: { leaflets: 200_000 }, after: "发放宣传单20万张。" },
  { rule: "large-figures", template: withNarrative("publicity", { numberStyle: { exactBelow: 10_000, roundedDown: "多" } }), lines: ["发放宣传单{leaflets}"], figures: { leaflets: 15_300 },
    after: "发放宣传单1.5万多张。", before: "发放宣传单1.53万张。" },

  // Money below 1万元 in 元.
  { rule: "money", template: "supplies", lines: ["落实应急资金{emergencyFunds}"], figures: { emergencyFunds: 0.55 }, after: "落实应急资金5500元。", before: "落实应急资金0.55万元。" },
  { rule: "money", template: "supplies", lines: ["共筹备各类防疫物资{fundsPrepared|money(约)}"], figures: { fundsPrepared: 0.55 },
    after: "共筹备各类防疫物资约5500元（含已收货未支付款项）。", before: "共筹备各类防疫物资约0.55万元（含已收货未支付款项）。" },
  { rule: "money", template: "supplies", lines: ["落实应急资金{emergencyFunds}"], figures: { emergencyFunds: 22_000 }, after: "落实应急资金2.2亿元。" },

  // A clerk's hedge travels, and its figure is rounded the way it points.
  { rule: "hedges", template: "publicity", lines: ["发放宣传单{leaflets}"], figures: { leaflets: [300, "余"] }, after: "发放宣传单300余张。" },
  { rule: "hedges", template: "publicity", lines: ["发放宣传单{leaflets}"], figures: { leaflets: [148_600, "余"] }, after: "发放宣传单14.8万余张。", before: "发放宣传单约14.86万张。" },
  { rule: "hedges", template: "publicity", lines: ["发放宣传单{leaflets}"], figures: { leaflets: [148_600, "近"] }, after: "发放宣传单近14.9万张。", before: "发放宣传单约14.86万张。" },
  { rule: "hedges", template: "publicity", lines: ["发放宣传单{leaflets}"], figures: { leaflets: [300, "多"] }, after: "发放宣传单300多张。" },

  // The periods decide 同比, 环比 or 比上期.
  { rule: "comparison", template: "propaganda", lines: ["新闻稿件数量{newsArticles|change}"], ...news(320, 400, "2023年上半年", "2022年上半年"),
    after: "新闻稿件数量同比下降20%。", before: "新闻稿件数量比上期下降20%。" },
  { rule: "comparison", template: "propaganda", lines: ["新闻稿件数量{newsArticles|change}"], ...news(320, 400, "2023年上半年", "2022年下半年"),
    after: "新闻稿件数量环比下降20%。", before: "新闻稿件数量比上期下降20%。" },
  { rule: "comparison", template: "propaganda", lines: ["新闻稿件数量{newsArticles|change}"], ...news(480, 400, "2023年第一季度", "2022年一季度"),
    after: "新闻稿件数量同比增长20%。", before: "新闻稿件数量比上期增长20%。" },
  { rule: "comparison", template: "screening", lines: ["发热人员{fever|change}"], figures: { fever: 35 },
    input: { previous: { fever: 28 }, period: "2023年2月20日24时", previousPeriod: "2023年2月19日24时" }, after: "发热人员环比增长25%。", before: "发热人员比上期增长25%。" },
  { rule: "comparison", template: "screening", lines: ["发热人员{fever|change}"], figures: { fever: 35 }, input: { previous: { fever: 28 }, period: "2023年2月20日24时" },
    after: "发热人员比上期增长25%。" },

  // 基本持平 for small changes, counts too.
  { rule: "flat", template: "propaganda", lines: ["新闻稿件数量{newsArticles|change}"], ...news(403, 400, "2023年上半年", "2022年上半年"),
    after: "新闻稿件数量与上年同期基本持平。", before: "新闻稿件数量比上期增长0.8%。" },
  { rule: "flat", template: "resumption", lines: ["复工率{industryResumptionRate|change}"], figures: { industryTotal: 100, industryResumed: 90 },
    input: { previous: { industryTotal: 1000, industryResumed: 897 }, period: "2023年2月", previousPeriod: "2023年1月" }, after: "复工率环比基本持平。", before: "复工率与上期基本持平。" },
  { rule: "flat", template: withNarrative("propaganda", { flatBelow: { relative: 5 } }), lines: ["新闻稿件数量{newsArticles|change}"], ...news(415, 400, "2023年上半年", "2022年上半年"),
    after: "新闻稿件数量与上年同期基本持平。", before: "新闻稿件数量比上期增长3.8%。" },

  // A change from 100% up in times.
  { rule: "times", template: "propaganda", lines: ["新闻稿件数量{newsArticles|change}"], ...news(850, 400, "2023年上半年", "2022年上半年"),
    after: "新闻稿件数量同比增长1.1倍。", before: "新闻稿件数量比上期增长112.5%。" },
  { rule: "times", template: "propaganda", lines: ["新闻稿件数量{newsArticles|change}"], ...news(800, 400, "2023年上半年", "2022年上半年"),
    after: "新闻稿件数量同比翻一番。", before: "新闻稿件数量比上期增长100%。" },

  // Who reported.
  { rule: "none-reported", template: "supplies", lines: ["{region}{units|reporting}"], input: { units: { expected: 4, received: [], missing: ["甲镇", "乙镇", "丙镇", "丁镇"], zeroReports: [] } },
    after: "全县4个单位均未报送。", before: "全县4个单位中已报送0个，甲镇、乙镇、丙镇、丁镇未报送。" },
  { rule: "all-zero", template: "supplies", lines: ["{region}{units|reporting}"], input: { units: { ...named("甲镇", "乙镇", "丙镇"), zeroReports: ["甲镇", "乙镇", "丙镇"] } },
    after: "全县3个单位已全部报送，均为零报告。", before: "全县3个单位已全部报送（其中甲镇、乙镇、丙镇为零报告）。" },
  { rule: "single-unit", template: "supplies", lines: ["{region}{units|reporting}"], input: { units: named("城关镇") },
    after: "全县城关镇已报送。", before: "全县1个单位已全部报送。" },
  { rule: "single-unit", template: "supplies", lines: ["{units|reporting}"], input: { units: { expected: 6, received: ["城关镇"], missing: ["甲镇", "乙镇", "丙镇", "丁镇", "戊镇"], zeroReports: [] } },
    after: "6个单位中仅城关镇已报送，甲镇、乙镇、丙镇、丁镇、戊镇未报送。", before: "6个单位中已报送1个，甲镇、乙镇、丙镇、丁镇、戊镇未报送。" },

  // A ledger of one 方面.
  { rule: "no-one-aspect", template: "rectification", lines: ["对巡察组反馈的{ledger|scope}逐一明确整改措施"], input: { ledger: LEDGER },
    after: "对巡察组反馈的4项12个问题逐一明确整改措施。", before: "对巡察组反馈的一方面4项12个问题逐一明确整改措施。" },
  { rule: "no-one-aspect", template: "rectification", lines: ["对巡察组反馈的{ledger|scope}逐一明确整改措施"], input: { ledger: { ...LEDGER, aspects: 3 } },
    after: "对巡察组反馈的三方面4项12个问题逐一明确整改措施。" },

  // Past 十, 方面 are counted in digits.
  { rule: "aspect-count", template: "rectification", lines: ["对巡察组反馈的{ledger|scope}逐一明确整改措施"], input: { ledger: { ...LEDGER, aspects: 10 } },
    after: "对巡察组反馈的十方面4项12个问题逐一明确整改措施。" },
  { rule: "aspect-count", template: "rectification", lines: ["对巡察组反馈的{ledger|scope}逐一明确整改措施"], input: { ledger: { ...LEDGER, aspects: 12, items: 40, problems: 120 } },
    after: "对巡察组反馈的12个方面40项120个问题逐一明确整改措施。", before: "对巡察组反馈的十二方面40项120个问题逐一明确整改措施。" },
  { rule: "aspect-count", template: "rectification", lines: ["对巡察组反馈的{ledger|scope}逐一明确整改措施"], input: { ledger: { ...LEDGER, aspects: 59995, items: 60000, problems: 60000 } },
    after: "对巡察组反馈的59995个方面60000项60000个问题逐一明确整改措施。", before: "对巡察组反馈的五万九千九百九十五方面60000项60000个问题逐一明确整改措施。" },

  // A rate past 100% is left out.
  { rule: "rate-over-limit", template: "resumption", lines: ["规上工业企业{industryTotal}[已复工{industryResumed}][，复工率为{industryResumptionRate}]"], figures: { industryTotal: 40, industryResumed: 42 },
    after: "规上工业企业40家已复工42家。", before: "规上工业企业40家已复工42家，复工率为105%。" },
  { rule: "rate-over-limit", template: "resumption", lines: ["{industryStaffRate|progress}"], figures: { industryStaff: 50, industryStaffReturned: 52 },
    after: "应返岗50人，已返岗52人。", before: "应返岗50人，已返岗52人，人员复工率为104%。" },

  // No sentence of zeros.
  { rule: "no-zero-figures", template: "rectification", lines: ["建立完善制度{rulesMade}"], figures: { rulesMade: 0 }, after: "", before: "建立完善制度0项。" },
  { rule: "no-zero-figures", template: "rectification", lines: ["{ledger|progress}"], input: { ledger: { ...LEDGER, done: 0, inProgress: 12 } },
    after: "正在推进12个。", before: "已完成整改0个，正在推进12个，完成率0%。" },
  { rule: "no-zero-figures", template: "resumption", lines: ["规上工业企业{industryTotal}[已复工{industryResumed}][，复工率为{industryResumptionRate}]"], figures: { industryTotal: 10, industryResumed: 0 },
    after: "规上工业企业10家。", before: "规上工业企业10家已复工0家，复工率为0%。" },
  { rule: "no-zero-figures", template: "resumption", lines: ["规上工业企业{industryTotal}[已复工{industryResumed}]"], figures: { industryTotal: 0, industryResumed: 0 },
    after: "", before: "规上工业企业0家已复工0家。" },
];

function inputOf(shape: Shape): NarrativeInput {
  const template = typeof shape.template === "string" ? builtin(shape.template) : shape.template;
  const totals: Record<string, NarrativeTotal> = {};
  for (const [key, figure] of Object.entries(shape.figures ?? {})) totals[key] = typeof figure === "number" ? { value: figure } : { value: figure[0], qualifier: figure[1] };
  return { template, region: "全县", totals, ...shape.input };
}

function write(shape: Shape): { text: string; notices: string[] } {
  const { spec, errors, notices } = generateNarrative(inputOf(shape), shape.lines);
  expect(errors).toEqual([]);
  return { text: renderPlainText(spec), notices: notices.map((n) => n.message) };
}

describe("the register of real reports, in sentence shapes", () => {
  it("states every rule in at least one shape, forty shapes or more in all", () => {
    expect(SHAPES.length).toBeGreaterThanOrEqual(40);
    const stated = new Set(SHAPES.map((shape) => shape.rule));
    for (const rule of REGISTER_RULES) expect([rule.id, stated.has(rule.id)]).toEqual([rule.id, true]);
    for (const rule of stated) expect(REGISTER_RULES.map((r) => r.id)).toContain(rule);
  });

  it.each(SHAPES.map((shape) => [shape.rule, shape.after || "(nothing)", shape] as const))("%s: %s", (_rule, _after, shape) => {
    const { text } = write(shape);
    expect(text).toBe(shape.after);
    if (shape.before !== undefined) expect(text).not.toBe(shape.before);
  });

  it("says why a rate past 100% was left out, once, where it is first written", () => {
    const shape = SHAPES.find((s) => s.rule === "rate-over-limit")!;
    const { notices } = write({ ...shape, lines: [...shape.lines, "复工率{industryResumptionRate|change}"] });
    expect(notices).toEqual(["第1行第50列：提示：“规上工业·复工率”汇总为 105%，超过 100%，未写入综述；请核实各单位填报的分子分母"]);
  });
});
