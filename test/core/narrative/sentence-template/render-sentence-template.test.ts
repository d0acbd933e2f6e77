import { generateNarrative, renderPlainText } from "../../../../src/core/narrative";
import type { NarrativeInput, NarrativeTotal } from "../../../../src/core/narrative";
import { builtin } from "../generate/_input-factory";

/** An input with only the totals given (values as numbers), the rest as a test needs it. */
function input(id: string, totals: Record<string, number | NarrativeTotal>, rest: Partial<NarrativeInput> = {}): NarrativeInput {
  return {
    template: builtin(id),
    region: "全县",
    totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, typeof v === "number" ? { value: v } : v])),
    ...rest,
  };
}

function write(lines: string[], data: NarrativeInput) {
  const result = generateNarrative(data, lines);
  expect(result.errors).toEqual([]);
  return { ...result, text: renderPlainText(result.spec, { paragraphPerSection: true }) };
}

describe("renderSentenceTemplate", () => {
  describe("figures", () => {
    it("writes a figure by its kind, unit and magnitude", () => {
      const data = input("supplies", { masks: 12.5, protectiveSuits: 1200, disinfectant84Tons: 3.2, fundsPrepared: 930.95, leaflets: 0 });
      expect(write(["口罩{masks}、防护服{protectiveSuits}、消毒液{disinfectant84Tons}、资金{fundsPrepared|number}"], data).text).toBe("口罩12.5万只、防护服1200套、消毒液3.2吨、资金930.95万元。");
    });

    it("writes money with 约 and its scope note", () => {
      const data = input("supplies", { fundsPrepared: 930.95, emergencyFunds: 22000 });
      expect(write(["共筹备{fundsPrepared|money(约)}，应急资金{emergencyFunds}"], data).text).toBe("共筹备约930.95万元（含已收货未支付款项），应急资金2.2亿元。");
    });

    it("carries the qualifier a figure came with", () => {
      const data = input("publicity", { leaflets: { value: 300, qualifier: "余" }, doorVisits: { value: 203_000 } });
      expect(write(["发放宣传单{leaflets}，走访{doorVisits|round}"], data).text).toBe("发放宣传单300余张，走访20万余次。");
    });

    it("keeps the raw figure, unit and key in the entity", () => {
      const { spec } = write(["{masks}"], input("supplies", { masks: 12.5 }));
      expect(spec.sections[0]!.sentences[0]!.phrases[0]).toEqual({ type: "entity", kind: "number", text: "12.5万只", value: 12.5, unit: "万只", indicatorKey: "masks" });
    });

    it("recomputes a rate from its parts, and writes a ratio of two figures", () => {
      const data = input("resumption", { industryTotal: 92, industryResumed: 86, industryResumptionRate: 50 });
      expect(write(["复工率{industryResumptionRate}，{industryResumed|rate(industryTotal)}，{industryResumptionRate|rate(industryResumed, industryTotal)}"], data).text).toBe("复工率93.5%，93.5%，93.5%。");
    });

    it("tells a rate with its parts: 应…已…率", () => {
      const data = input("resumption", { industryStaff: 52_000, industryStaffReturned: 48_000 });
      expect(write(["{industryStaffRate|progress(达到)}"], data).text).toBe("应返岗52000人，已返岗48000人，人员复工率达到92.3%。");
      const news = input("propaganda", { infoSubmitted: 120, infoAdopted: 80 });
      expect(write(["{infoAdoptionRate|progress}"], news).text).toBe("信息报送120篇，采用80篇，采用率为66.7%。");
    });

    it("compares with the previous summary, in points for a rate", () => {
      const data = input("resumption", { industryTotal: 100, industryResumed: 90 }, { previous: { industryTotal: 100, industryResumed: 80 } });
      expect(write(["已复工企业{industryResumed|change}，复工率{industryResumptionRate|change(上周)}"], data).text).toBe("已复工企业比上期增长12.5%，复工率比上周提高10个百分点。");
      const { spec } = write(["{industryResumed|change}"], data);
      expect(spec.sections[0]!.sentences[0]!.phrases[0]).toMatchObject({ kind: "change", trend: "up", value: 12.5 });
    });

    it("writes small counts in Chinese numerals, and dates and times", () => {
      const data = input("rectification", {}, { ledger: { aspects: 3, items: 17, problems: 43, byStatus: {}, done: 35, inProgress: 8 }, cutoff: { date: { year: 2023, month: 2, day: 20 }, hour: 24 } });
      expect(write(["{ledger.aspects|cn}方面{ledger.items}项，截至{cutoff}，{cutoff|date(短)}"], data).text).toBe("三方面17项，截至2023年2月20日24时，2月20日。");
    });

    it("writes a label and a unit without data", () => {
      expect(write(["{masks|label}（{masks|unit}）"], input("supplies", {})).text).toBe("医用口罩（万只）。");
    });
  });

  describe("lists and chains", () => {
    it("writes a 其中 breakdown, leaving out children with no data or 0", () => {
      const data = input("publicity", { mediaArticles: 86, mediaCentral: 3, mediaProvincial: 0, mediaCity: 35 });
      expect(write(["刊发媒体稿件{mediaArticles}，{mediaArticles|breakdown}"], data).text).toBe("刊发媒体稿件86篇，其中中央级3篇、市级35篇。");
    });

    it("states the items with nothing to report under !keep", () => {
      const data = input("publicity", { mediaArticles: 86, mediaCentral: 3, mediaProvincial: 0, mediaCity: 35 });
      expect(write(["!keep {mediaArticles|breakdown}"], data).text).toBe("其中中央级3篇、省级0篇、市级35篇、县级暂无数据。");
    });

    it("ends a list cut short, or said to be a selection, with 等", () => {
      const data = input("supplies", { disinfectant84Tons: 3.2, disinfectantPowder: 1.5, sprayers: 320 });
      expect(write(["{section:消杀类|list(2)}"], data).text).toBe("84消毒液3.2吨、消毒粉1.5吨等。");
      expect(write(["{section:消杀类|list(等)}"], data).text).toBe("84消毒液3.2吨、消毒粉1.5吨、喷雾器320个等。");
      expect(write(["{section:消杀类|list(5)}"], data).text).toBe("84消毒液3.2吨、消毒粉1.5吨、喷雾器320个。");
    });

    it("chains items under their verbs, a new verb after ，", () => {
      const data = input("publicity", { billboards: 120, ledScreens: 30, banners: 560, leaflets: 203_000, doorVisits: 1200 });
      const lines = ["!verbs billboards=设置 ledScreens=设置 banners=悬挂 leaflets=发放", "共{section:社会宣传|chain}"];
      expect(write(lines, data).text).toBe("共设置户外广告牌120块、电子显示屏30块，悬挂标语横幅560条，发放宣传单20.3万张，入户宣传走访1200次。");
      // Without the template's 共, the chain introduces its first total itself: 累计 for a cumulative figure.
      expect(write([lines[0]!, "{section:社会宣传|chain}"], data).text).toMatch(/^累计设置户外广告牌120块/);
    });

    it("writes a sum's scope note after it in a list too", () => {
      const data = input("supplies", { fundsPrepared: 930.95, emergencyFunds: 500, emergencyFundsAdvanced: 200 });
      expect(write(["{section:资金保障|list}"], data).text).toBe("累计筹备物资金额930.95万元（含已收货未支付款项）、应急资金500万元（其中先期拨付200万元）。");
    });

    it("writes what each section includes, clauses joined with ；", () => {
      const data = input("supplies", { disinfectant84Tons: 3.2, masks: 12.5, protectiveSuits: 1200 });
      expect(write(["其中{sections|includes}"], data).text).toBe("其中消杀类包括84消毒液3.2吨；防护类包括医用口罩12.5万只、防护服1200套。");
    });

    it("lays out groups as 一是…；二是…, headed by the words before them, numbering only groups with data", () => {
      const data = input("screening", { checkpoints: 45, inspectionTeams: 12, inspections: 560 });
      const lines = ["!verbs checkpoints=设置 inspectionTeams=派出", "{region}主要工作：{sections|groups}"];
      const { spec, text } = write(lines, data);
      expect(text).toBe("全县主要工作：一是卡口检测方面，共设置卡口/检测点45个；二是督查问责方面，共派出督查组12个，监督检查560人次。");
      expect(spec.sections[0]).toMatchObject({ title: "全县主要工作：", layout: "enumerated" });
      expect(write(["{sections|groups(包括)}"], data).text).toBe("一是卡口检测包括卡口/检测点45个；二是督查问责包括督查组12个、监督检查560人次。");
    });

    it("names the first units by figure, and the units below a line", () => {
      const perUnit = [
        { unit: "城关镇", values: { industryTotal: 20, industryResumed: 19 } },
        { unit: "东城街道", values: { industryTotal: 10, industryResumed: 7 } },
        { unit: "西城街道", values: { industryTotal: 10, industryResumed: 10 } },
        { unit: "南湖乡", values: { industryTotal: 4, industryResumed: 3 } },
        { unit: "北山镇", values: { industryTotal: 0, industryResumed: 0 } },
      ];
      const data = input("resumption", {}, { perUnit });
      expect(write(["前三：{industryResumptionRate|top(3)}；{industryResumptionRate|top(2, 值)}"], data).text).toBe("前三：西城街道、城关镇、南湖乡；西城街道（100%）、城关镇（95%）。");
      expect(write(["不足80%的有{industryResumptionRate|below(80)|count}个（{industryResumptionRate|below(80)}）"], data).text).toBe("不足80%的有2个（东城街道、南湖乡）。");
    });

    it("ranks ties by name, whatever the order the units came in", () => {
      const perUnit = [
        { unit: "乙镇", values: { leaflets: 5 } },
        { unit: "甲镇", values: { leaflets: 5 } },
      ];
      const a = write(["{leaflets|top(2)}"], input("publicity", {}, { perUnit })).text;
      const b = write(["{leaflets|top(2)}"], input("publicity", {}, { perUnit: [...perUnit].reverse() })).text;
      expect(a).toBe(b);
    });
  });

  describe("who reported and the ledger", () => {
    it("says every unit reported, with the 零报告 units", () => {
      const units = { expected: 3, received: ["城关镇", "东城街道", "西城街道"], missing: [], zeroReports: ["西城街道"] };
      expect(write(["{units|reporting(乡镇)}"], input("supplies", {}, { units })).text).toBe("3个乡镇已全部报送（其中西城街道为零报告）。");
    });

    it("names the units that did not report, and counts them past five", () => {
      const units = { expected: 18, received: ["城关镇"], missing: ["甲", "乙"], zeroReports: [] };
      expect(write(["{units|reporting}"], input("supplies", {}, { units })).text).toBe("18个单位中仅城关镇已报送，甲、乙未报送。");
      const many = { ...units, received: Array.from({ length: 12 }, (_, i) => `单位${i}`), missing: ["甲", "乙", "丙", "丁", "戊", "己"] };
      expect(write(["{units}"], input("supplies", {}, { units: many })).text).toBe("18个单位中已报送12个，甲、乙、丙、丁、戊等6个单位未报送。");
      expect(write(["{units}"], input("supplies", {}, { units: { ...many, received: [] } })).text).toBe("18个单位均未报送。");
      expect(write(["未报：{units.missing|list}，共{units.missing|count}个"], input("supplies", {}, { units: many })).text).toBe("未报：甲、乙、丙、丁、戊、己，共6个。");
    });

    it("writes the ledger's scope and progress", () => {
      const ledger = { aspects: 3, items: 17, problems: 43, byStatus: { 已完成: 30, 立行立改: 5, 持续推进: 8 }, done: 35, inProgress: 8 };
      const text = write(["对县委巡察组反馈的{ledger|scope}逐一明确整改措施，{ledger|progress}"], input("rectification", {}, { ledger })).text;
      expect(text).toBe("对县委巡察组反馈的三方面17项43个问题逐一明确整改措施，已完成整改35个（其中立行立改5个），正在推进8个，完成率81.4%。");
    });

    it("says 未启动 only from the status column", () => {
      const ledger = { aspects: 2, items: 5, problems: 10, byStatus: { 已完成: 6, 持续推进: 2, 未启动: 2 }, done: 6, inProgress: 2 };
      expect(write(["{ledger.aspects|cn}方面；{ledger|progress}"], input("rectification", {}, { ledger })).text).toBe("两方面；已完成整改6个，正在推进2个，未启动2个，完成率60%。");
    });
  });

  describe("missing data and paragraphs", () => {
    it("leaves out a sentence whose figures all have no data", () => {
      const { text, notices } = write(["共发放{masks}、{gloves}", "防护服{protectiveSuits}"], input("supplies", { protectiveSuits: 5 }));
      expect(text).toBe("防护服5套。");
      expect(notices).toEqual([]);
    });

    it("writes （暂无数据） for a missing figure in a sentence that is kept, and says where", () => {
      const { text, notices } = write(["口罩{masks}，手套{gloves}"], input("supplies", { masks: 2 }));
      expect(text).toBe("口罩2万只，手套（暂无数据）。");
      expect(notices).toMatchObject([{ code: "narrative.template.no-data", line: 1, column: 13, params: { slot: "{gloves}" } }]);
      expect(notices[0]!.message).toContain("第1行第13列：{gloves} 暂无数据");
    });

    it("leaves out an optional part with no data or a 0, unless !keep", () => {
      const data = input("supplies", { emergencyFunds: 500, emergencyFundsAdvanced: 0 });
      expect(write(["应急资金{emergencyFunds}[，其中先期拨付{emergencyFundsAdvanced}][（{masks}）]"], data).text).toBe("应急资金500万元。");
      expect(write(["!keep 应急资金{emergencyFunds}[，其中先期拨付{emergencyFundsAdvanced}]"], data).text).toBe("应急资金500万元，其中先期拨付0元。");
    });

    it("does not let an optional part carry a sentence alone", () => {
      expect(write(["[截至{cutoff}，]{region}{units|reporting}"], input("supplies", {}, { cutoff: { date: { year: 2023, month: 2, day: 20 } } })).text).toBe("");
    });

    it("leaves out a sentence whose every figure is 0, and writes the 0 under !keep", () => {
      expect(write(["新增发热人员{fever}"], input("screening", { fever: 0 })).text).toBe("");
      expect(write(["!keep 新增发热人员{fever}"], input("screening", { fever: 0 })).text).toBe("新增发热人员0人。");
      expect(write(["新增发热人员{fever}，集中隔离{centralQuarantine}"], input("screening", { fever: 0, centralQuarantine: 4 })).text).toBe("新增发热人员0人，集中隔离4人。");
    });

    it("writes the !none lines instead of the figures when every figure is 0", () => {
      const lines = ["{units|reporting}", "!none {region}无新增发热人员", "新增发热人员{fever}"];
      const units = { expected: 2, received: ["甲", "乙"], missing: [], zeroReports: ["甲", "乙"] };
      expect(write(lines, input("screening", { fever: 0, screened: 0 }, { units })).text).toBe("2个单位已全部报送，均为零报告。全县无新增发热人员。");
      expect(write(lines, input("screening", { fever: 3, screened: 0 }, { units: { ...units, zeroReports: ["甲"] } })).text).toBe("2个单位已全部报送（其中甲为零报告）。新增发热人员3人。");
    });

    it("does not say 无新增 when nothing was reported at all", () => {
      expect(write(["!none 无新增", "发热{fever}"], input("screening", {})).text).toBe("");
    });

    it("opens paragraphs at titles and empty lines", () => {
      const { spec, text } = write(["# 物资保障", "口罩{masks}", "", "手套{gloves}", "# 空的", "防护服{protectiveSuits}"], input("supplies", { masks: 2, gloves: 3 }));
      expect(spec.sections.map((s) => s.title)).toEqual(["物资保障", undefined]);
      expect(text).toBe("物资保障。口罩2万只。\n手套3万副。");
    });
  });

  describe("edge cases", () => {
    it("leaves a line with a mistake out and reports it, writing the others", () => {
      const result = generateNarrative(input("supplies", { masks: 2 }), ["口罩{masks}", "手套{glovez}"]);
      expect(renderPlainText(result.spec)).toBe("口罩2万只。");
      expect(result.errors).toMatchObject([{ line: 2, column: 4, params: { name: "glovez" } }]);
    });

    it("takes the lines as one text as well", () => {
      const data = input("supplies", { masks: 2, gloves: 3 });
      expect(renderPlainText(generateNarrative(data, "口罩{masks}\n手套{gloves}").spec)).toBe("口罩2万只。手套3万副。");
    });

    it("writes a figure in 万X below 万 in full, and above 万万 in 亿", () => {
      expect(write(["{masks}"], input("supplies", { masks: 0.5 })).text).toBe("5000只。");
      expect(write(["{textMessages}"], input("publicity", { textMessages: 12_000 })).text).toBe("1.2亿条。");
    });
  });
});
