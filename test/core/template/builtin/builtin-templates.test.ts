import { BUILTIN_TEMPLATES, findBuiltinTemplate } from "../../../../src/core/template/builtin";
import { BUILTIN_SOURCES, LEGACY_SOURCES, LEGACY_TEMPLATES } from "../../../../src/core/template/builtin";
import { checkShippedTemplates } from "../../../../src/core/template/builtin/check-shipped-templates";
import { flattenIndicators, indicatorsByKey } from "../../../../src/core/template/indicator-tree";
import { tableColumns, tableRows } from "../../../../src/core/template/table-cells";
import { checkTemplate } from "../../../../src/core/template/load-template";
import type { Indicator, IndicatorTemplate, LedgerTemplate, ReportTemplate, TableValue } from "../../../../src/core/template/types";

function indicatorTemplate(id: string): IndicatorTemplate {
  const template = findBuiltinTemplate(id);
  if (template?.kind !== "indicators") throw new Error(`no built-in indicator template ${id}`);
  return template;
}

function ledger(id: string): LedgerTemplate {
  const template = findBuiltinTemplate(id);
  if (template?.kind !== "ledger") throw new Error(`no built-in ledger ${id}`);
  return template;
}

/** Every value of a table (a row's in each of its columns). */
function allIndicators(template: IndicatorTemplate): TableValue[] {
  return flattenIndicators(template).map((p) => p.indicator);
}

/** The rows of the 主栏 (the 合计 row aside), each once: where labels, aliases, units and 其中 are stated. */
function allRows(template: IndicatorTemplate): Indicator[] {
  return tableRows(template).filter((r) => !r.isTotal).map((r) => r.indicator);
}

function keysOf(template: ReportTemplate): string[] {
  return template.kind === "indicators" ? allIndicators(template).map((i) => i.key) : template.columns.map((c) => c.key);
}

/** The indicators domain.md §3 names for each table, with their units of measure. */
const EXPECTED: Record<string, Array<[label: string, unit: string]>> = {
  supplies: [
    ["累计筹备物资金额", "万元"], ["应急资金", "万元"], ["先期拨付", "万元"],
    ["84消毒液", "吨"], ["84消毒液（瓶装）", "瓶"], ["消毒粉", "吨"], ["喷雾器", "个"], ["洗手液", "瓶"], ["消毒湿巾", "箱"], ["酒精", "公斤"],
    ["医用口罩", "万只"], ["手套", "万副"], ["防护眼镜", "个"], ["防护服", "套"], ["鞋套", "双"],
    ["测温仪", "个"], ["体温计", "支"],
    ["医用口罩日产能", "万只"], ["医用口罩库存", "万只"], ["防护服日产能", "套"], ["防护服库存", "套"],
  ],
  publicity: [
    ["户外广告牌", "块"], ["电子显示屏", "块"], ["标语横幅", "条"], ["宣传单", "张"], ["倡议书/一封信", "份"],
    ["入户宣传走访", "次"], ["微信/QQ群信息", "条"], ["短信", "万条"], ["宣传车", "台次"], ["小喇叭/流动音响", "个"],
    ["村村通广播", "小时"], ["新媒体刊发转发信息", "条次"], ["媒体稿件", "篇"], ["中央级", "篇"], ["省级", "篇"], ["市级", "篇"],
    ["县级", "篇"], ["点击量", "万人次"], ["监测网络舆情", "条"], ["报送督办", "条"], ["删除有害信息", "条"], ["核查谣言", "起"],
    ["教育训诫", "人"],
  ],
  screening: [
    ["摸排人员", "人"], ["镇街摸排", "人"], ["社区摸排", "人"], ["直属单位摸排", "人"],
    ["发热人员", "人"], ["医疗机构发现", "人"], ["药店发现", "人"], ["其他途径发现", "人"],
    ["集中隔离", "人"], ["居家健康监测", "人"], ["累计核酸检测", "人次"], ["卡口/检测点", "个"], ["检测车辆", "辆次"],
    ["检测人员", "人次"], ["督查组", "个"], ["监督检查", "人次"], ["督促整改问题", "个"], ["问责", "人"],
  ],
  propaganda: [
    ["中心组学习", "次"], ["报告会", "次"], ["宣讲", "场"], ["受众", "人次"], ["理论文章", "篇"], ["新闻稿件", "篇"],
    ["中央级", "篇"], ["省级", "篇"], ["市级", "篇"], ["信息报送", "篇"], ["采用", "篇"], ["采用率", "%"], ["专题专版", "期"],
    ["文化活动", "场次"], ["参与群众", "万人次"], ["评选好人", "名"], ["文明户", "户"], ["志愿者", "名"], ["志愿服务", "人次"],
    ["粉丝", "人"], ["推文", "条"], ["阅读量", "人次"],
  ],
};

const RESUMPTION_CLASSES = ["规上工业", "限上商贸", "规上服务业", "建筑项目", "个体工商户"];
const RESUMPTION_CLASS_KEYS = ["industry", "trade", "services", "construction", "selfEmployed"];
const RESUMPTION_MEASURES: Array<[label: string, unit: string]> = [
  ["企业总数", "家"], ["已复工", "家"], ["复工率", "%"], ["员工总数", "人"], ["已返岗", "人"], ["人员复工率", "%"],
];

describe("built-in templates", () => {
  it("ships the six tables of domain.md in a fixed order", () => {
    expect(BUILTIN_TEMPLATES.map((t) => [t.id, t.title])).toEqual([
      ["supplies", "防疫物资保障统计表"],
      ["publicity", "宣传工作统计表"],
      ["screening", "防控排查统计表"],
      ["resumption", "复工复产统计表"],
      ["propaganda", "宣传思想工作统计表"],
      ["rectification", "巡察整改台账"],
    ]);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))("%s passes the schema a clerk's own file must meet", (_id, template) => {
    const result = checkTemplate(JSON.parse(JSON.stringify(template)), `${template.id}.template.json`);
    expect(result.ok ? "" : result.message).toBe("");
  });

  // The program uses the shipped JSON unchecked (issue 17: no zod at start), so it must be what the check returns.
  it("ships every template file, current and earlier versions, exactly as the schema returns it", () => {
    expect(checkShippedTemplates()).toBe(BUILTIN_SOURCES.length + LEGACY_SOURCES.length);
    for (const [index, template] of BUILTIN_TEMPLATES.entries()) expect(template).toBe(BUILTIN_SOURCES[index].json);
    for (const [index, template] of LEGACY_TEMPLATES.entries()) expect(template).toBe(LEGACY_SOURCES[index].json);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))("%s carries its header block and version", (_id, template) => {
    expect(template.version).toBe(template.kind === "ledger" ? "1.0.0" : "2.0.0");
    expect(template.tableNo).toMatch(/\d表$/);
    expect(template.issuer).toBeTruthy();
    expect(template.aliases?.length).toBeGreaterThan(0);
    expect(template.aliases).not.toContain(template.title);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))("%s uses every key once", (_id, template) => {
    const keys = keysOf(template);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("states a reporting period for the half-year table and a cut-off for the epidemic tables", () => {
    const kinds = Object.fromEntries(BUILTIN_TEMPLATES.map((t) => [t.id, t.periodKind]));
    expect(kinds).toEqual({
      supplies: "as-of",
      publicity: "as-of",
      screening: "as-of",
      resumption: "as-of",
      propaganda: "period",
      rectification: "as-of",
    });
  });

  it.each(Object.entries(EXPECTED))("%s has every indicator domain.md names, in its unit", (id, expected) => {
    const present = allRows(indicatorTemplate(id)).flatMap((i) => [[i.label, i.unit ?? ""], ...(i.aliases ?? []).map((a) => [a, i.unit ?? ""])]);
    for (const pair of expected) expect(present).toContainEqual(pair);
  });

  it("lays out 复工复产 as a grid: the classes as rows under a 合计 row, the six measures as columns under two group heads", () => {
    const template = indicatorTemplate("resumption");
    expect(allRows(template).map((r) => r.label)).toEqual(RESUMPTION_CLASSES);
    expect(template.totalRow).toMatchObject({ label: "合计", position: "first" });
    expect(tableColumns(template).map((c) => [c.label, c.unit])).toEqual(RESUMPTION_MEASURES);
    expect([...new Set(tableColumns(template).map((c) => c.group))]).toEqual(["企业复工情况", "人员返岗情况"]);
    expect(template.stubHead).toBe("企业类别");
  });

  it("draws the supplies, publicity and screening tables with 本期新增 (or 本日新增) and 累计, propaganda with 本期, 上年同期 and 同比", () => {
    const columns = (id: string) => tableColumns(indicatorTemplate(id)).map((c) => [c.label, c.role]);
    expect(columns("supplies")).toEqual([["本期新增", "current"], ["累计", "cumulative"]]);
    expect(columns("publicity")).toEqual([["本日新增", "current"], ["累计", "cumulative"]]);
    expect(columns("screening")).toEqual([["本日新增", "current"], ["累计", "cumulative"]]);
    expect(columns("propaganda")).toEqual([["本期", "current"], ["上年同期", "previous-year"], ["同比增减", "change"]]);
  });

  it("takes a stock or a daily capacity in the 累计 column alone, and does not hold it to never falling", () => {
    const stocks = allRows(indicatorTemplate("supplies")).filter((r) => /库存|日产能/.test(r.label));
    expect(stocks.length).toBe(7);
    for (const stock of stocks) expect([stock.columns, stock.cumulative]).toEqual([["cumulative"], false]);
    expect(allIndicators(indicatorTemplate("supplies")).find((v) => v.key === "maskStock.cumulative")?.cumulative).toBeUndefined();
  });

  it.each(LEGACY_TEMPLATES.map((t) => [t.id, t] as const))("%s carries every figure of its version 1.0.0 over to a value of today's", (id, earlier) => {
    const current = indicatorTemplate(id);
    const keys = current.migrations?.find((m) => m.from === earlier.version)?.keys ?? {};
    const values = indicatorsByKey(current);
    for (const { indicator } of flattenIndicators(earlier as IndicatorTemplate)) {
      expect([indicator.key, values.has(keys[indicator.key])]).toEqual([indicator.key, true]);
      expect(values.get(keys[indicator.key])?.unit).toBe(indicator.unit);
    }
  });

  describe("numbers", () => {
    const indicatorTemplates = BUILTIN_TEMPLATES.filter((t): t is IndicatorTemplate => t.kind === "indicators");
    const everyIndicator = indicatorTemplates.flatMap((t) => allIndicators(t).map((i) => [t.id, i] as const));

    it("counts, quantities and money cannot be negative", () => {
      const negativeAllowed = everyIndicator.filter(([, i]) => ["integer", "decimal", "money"].includes(i.kind) && i.min !== 0);
      expect(negativeAllowed.map(([id, i]) => `${id}.${i.key}`)).toEqual([]);
    });

    it("money carries two decimals and quantities carry decimals", () => {
      for (const [, i] of everyIndicator) {
        if (i.kind === "money") expect(i.decimals).toBe(2);
        if (i.kind === "decimal") expect(i.decimals).toBeGreaterThan(0);
        if (i.kind === "integer") expect(i.decimals ?? 0).toBe(0);
      }
    });

    it("measures in 万只, 万副, 万条, 万人次, 吨 and 公斤 accept decimals", () => {
      const wholeOnly = everyIndicator.filter(([, i]) => /^(万|吨|公斤)/.test(i.unit ?? "") && i.kind !== "decimal" && i.kind !== "money");
      expect(wholeOnly.map(([id, i]) => `${id}.${i.key}`)).toEqual([]);
    });

    it("a value is cumulative only in a 累计 column, and there unless its row says not (a stock, a count of checkpoints)", () => {
      const rowOf = (t: IndicatorTemplate, key: string) => allRows(t).find((r) => key.startsWith(`${r.key}.`));
      const wrong = indicatorTemplates.flatMap((t) =>
        allIndicators(t)
          .filter((i) => Boolean(i.cumulative) !== (i.role === "cumulative" && rowOf(t, i.key)?.cumulative !== false))
          .map((i) => `${t.id}.${i.key}`),
      );
      expect(wrong).toEqual([]);
      expect(allIndicators(indicatorTemplate("supplies")).filter((i) => i.cumulative).length).toBe(17);
      expect(indicatorsByKey(indicatorTemplate("screening")).get("nucleicTests.cumulative")?.cumulative).toBe(true);
    });

    it("only the epidemic tables, which report as of a cut-off, have cumulative figures", () => {
      const cumulativeIn = new Set(everyIndicator.filter(([, i]) => i.cumulative).map(([id]) => id));
      expect(cumulativeIn.has("propaganda")).toBe(false);
      expect(cumulativeIn.has("supplies")).toBe(true);
    });

    it("states the scope of 累计筹备物资金额, and needs its 累计 but not its 本期新增", () => {
      const funds = indicatorsByKey(indicatorTemplate("supplies"));
      expect(funds.get("fundsPrepared.cumulative")).toMatchObject({ kind: "money", unit: "万元", scopeNote: "含已收货未支付款项", cumulative: true, required: true });
      expect(funds.get("fundsPrepared.current")?.required).toBeUndefined();
      expect(funds.get("fundsPrepared.cumulative")?.label).toBe("累计筹备物资金额");
    });

    it("takes the maximum of the highest single-article reach instead of adding it up", () => {
      const maxed = [...new Set(everyIndicator.filter(([, i]) => i.aggregate === "max").map(([id, i]) => `${id}:${i.label}`))];
      expect(maxed).toEqual(["publicity:单篇最高点击量", "propaganda:最高阅读量"]);
    });

    it("gives 84消毒液 both in 吨 and in 瓶", () => {
      const disinfectant = allRows(indicatorTemplate("supplies")).filter((i) => i.label.startsWith("84消毒液") && !/日产能|库存/.test(i.label));
      expect(disinfectant.map((i) => [i.unit, i.kind])).toEqual([["吨", "decimal"], ["瓶", "integer"]]);
      expect(disinfectant[0].aliases).toContain("84消毒液（吨）");
    });
  });

  describe("其中 breakdowns", () => {
    const parents = BUILTIN_TEMPLATES.filter((t): t is IndicatorTemplate => t.kind === "indicators").flatMap((t) =>
      allIndicators(t).filter((i) => i.children?.length && !i.isTotal).map((i) => [t.id, i] as const),
    );

    it("every total with 其中 says whether its children are complete, and if not whether they may overlap", () => {
      expect(parents.length).toBeGreaterThan(0);
      for (const [, parent] of parents) expect(["complete", "exclusive", "overlapping"]).toContain(parent.breakdown);
    });

    it("a complete breakdown has at least two children, so it can add up to something", () => {
      for (const [, parent] of parents.filter(([, p]) => p.breakdown === "complete")) {
        expect(parent.children!.length).toBeGreaterThanOrEqual(2);
      }
    });

    it("children share their total's unit and aggregation, so their sums compare without conversion", () => {
      for (const [, parent] of parents) {
        for (const child of parent.children!) {
          expect([child.unit, child.kind, child.aggregate]).toEqual([parent.unit, parent.kind, parent.aggregate]);
        }
      }
    });

    it("keeps cumulative children under cumulative totals", () => {
      for (const [, parent] of parents) {
        for (const child of parent.children!) expect(Boolean(child.cumulative)).toBe(Boolean(parent.cumulative));
      }
    });

    it.each([
      ["supplies", "应急资金", "exclusive", ["先期拨付"]],
      ["publicity", "媒体稿件", "exclusive", ["中央级", "省级", "市级", "县级"]],
      ["screening", "摸排人员", "complete", ["镇街摸排", "社区摸排", "直属单位摸排"]],
      ["screening", "发热人员", "complete", ["医疗机构发现", "药店发现", "其他途径发现"]],
      ["propaganda", "中心组学习", "exclusive", ["报告会"]],
      ["propaganda", "新闻稿件", "exclusive", ["中央级", "省级", "市级"]],
      ["screening", "问责", "overlapping", ["党纪政务处分", "组织处理", "诫勉谈话"]],
      ["screening", "党纪政务处分", "exclusive", ["科级及以上干部"]],
    ])("%s: %s breaks down (%s) into %j", (id, label, breakdown, children) => {
      const parent = allRows(indicatorTemplate(id)).find((i) => i.label === label);
      expect(parent?.breakdown).toBe(breakdown);
      expect(parent?.children?.map((c) => c.label)).toEqual(children);
    });

    it("breaks 问责 down two levels deep", () => {
      const placed = flattenIndicators(indicatorTemplate("screening"));
      const accountability = placed.find((p) => p.indicator.label === "问责")!;
      const below = placed.filter((p) => p.depth > 0 && p.sectionIndex === accountability.sectionIndex);
      expect(Math.max(...below.map((p) => p.depth))).toBe(2);
      expect(accountability.indicator.children?.some((c) => c.children?.length)).toBe(true);
    });
  });

  describe("narrative options", () => {
    it("names the parts of a breakdown without their total's word", () => {
      const names = allRows(indicatorTemplate("screening"))
        .filter((i) => i.narrative?.name)
        .map((i) => [i.label, i.narrative!.name]);
      expect(names).toEqual([
        ["镇街摸排", "镇街"], ["社区摸排", "社区"], ["直属单位摸排", "直属单位"],
        ["医疗机构发现", "医疗机构"], ["药店发现", "药店"], ["其他途径发现", "其他途径"],
      ]);
    });

    it("counts 个体工商户 in 户 and 好人 in 人 in a sentence, whatever the form's unit", () => {
      const selfEmployed = allIndicators(indicatorTemplate("resumption")).filter((v) => v.key.startsWith("selfEmployed."));
      expect(selfEmployed.filter((v) => v.narrative?.measure === "户").map((v) => v.key)).toEqual(["selfEmployed.total", "selfEmployed.resumed"]);
      expect(allRows(indicatorTemplate("propaganda")).find((i) => i.label === "评选好人")?.narrative).toEqual({ measure: "人" });
    });
  });

  describe("templates stored in workbooks as version 1.0.0", () => {
    /** A built-in as version 1.0.0 stored it: breakdowns were complete or partial, and there were no narrative options. */
    function asStoredIn100(template: ReportTemplate): unknown {
      return JSON.parse(JSON.stringify(template), (key, value) => {
        if (key === "narrative") return undefined;
        if (key === "breakdown" && value !== "complete") return "partial";
        return value;
      });
    }

    it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))("%s still loads, its partial breakdowns kept as they were", (_id, template) => {
      const stored = asStoredIn100(template);
      expect(JSON.stringify(stored)).not.toContain("exclusive");
      const result = checkTemplate(stored, "workbook");
      expect(result.ok ? "" : result.message).toBe("");
      if (result.ok && result.template.kind === "indicators") {
        expect(allIndicators(result.template).every((i) => i.narrative === undefined && i.breakdown !== "exclusive" && i.breakdown !== "overlapping")).toBe(true);
      }
    });
  });

  describe("rates and comparisons", () => {
    const rates = BUILTIN_TEMPLATES.filter((t): t is IndicatorTemplate => t.kind === "indicators").flatMap((t) =>
      allIndicators(t).filter((i) => i.kind === "percent").map((i) => [t, i] as const),
    );

    it("every rate has a formula over real numeric keys and is recomputed, never summed; every change is computed too", () => {
      const ratios = rates.filter(([, rate]) => rate.formula);
      expect(ratios.length).toBe(14);
      for (const [template, rate] of ratios) {
        const byKey = indicatorsByKey(template);
        expect(rate.aggregate).toBe("recompute");
        expect(rate.formula?.scale).toBe(100);
        expect(["integer", "decimal", "money"]).toContain(byKey.get(rate.formula!.numerator)?.kind);
        expect(["integer", "decimal", "money"]).toContain(byKey.get(rate.formula!.denominator)?.kind);
        expect([rate.min, rate.max]).toEqual([0, 100]);
      }
      for (const [, change] of rates.filter(([, rate]) => !rate.formula)) expect([change.key, change.aggregate, Boolean(change.change)]).toEqual([change.key, "recompute", true]);
    });

    it("computes each 复工率 from the same class's counts, the 合计 row's too", () => {
      const values = indicatorsByKey(indicatorTemplate("resumption"));
      for (const row of ["all", "industry", "trade", "services", "construction", "selfEmployed"]) {
        expect(values.get(`${row}.resumptionRate`)?.formula).toEqual({ numerator: `${row}.resumed`, denominator: `${row}.total`, scale: 100 });
        expect(values.get(`${row}.staffRate`)?.formula).toEqual({ numerator: `${row}.staffReturned`, denominator: `${row}.staff`, scale: 100 });
      }
      expect(values.get("all.total")).toMatchObject({ isTotal: true, breakdown: "complete" });
      expect(values.get("all.total")?.children?.map((c) => c.key)).toEqual(RESUMPTION_CLASS_KEYS.map((k) => `${k}.total`));
    });

    it("refuses more resumed than existing in every class, as an error", () => {
      const template = indicatorTemplate("resumption");
      expect(template.comparisons).toEqual([
        { left: "resumed", op: "<=", right: "total", severity: "error" },
        { left: "staffReturned", op: "<=", right: "staff", severity: "error" },
      ]);
    });

    it("refuses more adopted than submitted 信息, and computes 采用率 from them", () => {
      const template = indicatorTemplate("propaganda");
      const byLabel = new Map(allRows(template).map((i) => [i.label, i]));
      const submitted = byLabel.get("信息报送")!.key;
      const adopted = byLabel.get("采用")!.key;
      expect(template.comparisons).toContainEqual({ left: adopted, op: "<=", right: submitted, severity: "error" });
      expect(byLabel.get("采用率")?.formula).toEqual({ numerator: adopted, denominator: submitted, scale: 100 });
      expect(indicatorsByKey(template).get("infoAdoptionRate.yoy")?.change).toEqual({ current: "infoAdoptionRate.current", base: "infoAdoptionRate.lastYear", scale: 100, points: true });
    });
  });

  describe("labels and aliases", () => {
    it.each(BUILTIN_TEMPLATES.filter((t) => t.kind === "indicators").map((t) => [t.id, t as IndicatorTemplate] as const))(
      "%s: within a section, every label and alias names one indicator",
      (_id, template) => {
        for (const section of template.sections) {
          const names = tableRows({ ...template, sections: [section], totalRow: undefined }).flatMap((r) => [r.indicator.label, ...(r.indicator.aliases ?? [])]);
          expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
        }
      },
    );

    it.each(["supplies", "publicity", "screening", "propaganda"])("%s: labels are unique across the whole table", (id) => {
      const labels = allRows(indicatorTemplate(id)).map((i) => i.label);
      expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
    });

    it("knows 口罩 as 医用口罩", () => {
      expect(allRows(indicatorTemplate("supplies")).find((i) => i.aliases?.includes("口罩"))?.label).toBe("医用口罩");
    });
  });

  describe("巡察整改台账", () => {
    const template = ledger("rectification");
    const column = (label: string) => template.columns.find((c) => c.label === label);

    it("has the columns of a rectification ledger with their kinds", () => {
      const kinds = Object.fromEntries(template.columns.map((c) => [c.label, c.kind]));
      expect(kinds).toMatchObject({
        方面: "text",
        项: "text",
        问题序号: "integer",
        问题表述: "text",
        整改措施: "text",
        责任领导: "text",
        牵头股室: "text",
        整改时限: "date",
        整改状态: "enum",
        完成日期: "date",
        备注: "text",
      });
      expect(column("问题表述")?.required).toBe(true);
      expect(column("整改状态")?.required).toBe(true);
    });

    it("offers the four states and counts 已完成 and 立行立改 as done, with a completion date", () => {
      expect(column("整改状态")?.options).toEqual(["已完成", "立行立改", "持续推进", "未启动"]);
      expect(template.status).toEqual({ column: column("整改状态")!.key, doneValues: ["已完成", "立行立改"], doneDateColumn: column("完成日期")!.key });
    });

    it("lays out thirty blank rows and identifies a row by its problem within its 方面 and 项", () => {
      expect(template.initialRows).toBe(30);
      expect(template.identityColumns).toEqual([column("方面")!.key, column("项")!.key, column("问题表述")!.key]);
    });
  });

  describe("edge cases", () => {
    it("finds nothing for an unknown, empty or differently cased id", () => {
      expect(findBuiltinTemplate("nope")).toBeUndefined();
      expect(findBuiltinTemplate("")).toBeUndefined();
      expect(findBuiltinTemplate("Supplies")).toBeUndefined();
    });

    it("finds each built-in by its own id", () => {
      for (const template of BUILTIN_TEMPLATES) expect(findBuiltinTemplate(template.id)).toBe(template);
    });

    it("fails the build's check when a shipped file fails its own schema, naming the file", () => {
      const file = "../../../../src/core/template/builtin/supplies.template.json";
      jest.isolateModules(() => {
        jest.doMock(file, () => ({ id: "supplies", version: "2.0.0", kind: "indicators", title: "防疫物资保障统计表", periodKind: "as-of", sections: [] }));
        const { checkShippedTemplates } = jest.requireActual("../../../../src/core/template/builtin/check-shipped-templates");
        expect(() => checkShippedTemplates()).toThrow(/内置模板 supplies\.template\.json 不符合模板格式[\s\S]*sections/);
      });
      jest.dontMock(file);
    });

    it("does not let a caller add to or drop from the list of built-ins", () => {
      expect(Object.isFrozen(BUILTIN_TEMPLATES)).toBe(true);
    });
  });
});
