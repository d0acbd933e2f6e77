import { compileSentenceTemplate, FILTER_NAMES } from "../../../../src/core/narrative/sentence-template";
import { builtin } from "../generate/_input-factory";

const supplies = builtin("supplies");
const resumption = builtin("resumption");
const rectification = builtin("rectification");

function errorsOf(lines: string[], template = supplies) {
  return compileSentenceTemplate(lines, template).errors;
}

describe("compileSentenceTemplate", () => {
  it("accepts indicator keys and unique labels, and fixed sources", () => {
    const lines = ["截至{cutoff|datetime}，{region}{units|reporting}", "共{医用口罩|number}、{masks|round}", "{previous.masks|number}{totals.masks|change}", "{section:消杀类|chain}{sections:消杀类,防护类|includes}{section:2|list}"];
    const { compiled, errors } = compileSentenceTemplate(lines, supplies);
    expect(errors).toEqual([]);
    expect(compiled.lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
  });

  it("accepts Chinese names for every part: fields by label or full name, fixed sources, prefixes, sections, filters", () => {
    const lines = [
      "截至{截至时间|时间(不含年)}，{地区}{单位|报送情况}",
      "共{医用口罩|数值}、{医用口罩·累计|约数}，资金{累计筹备物资金额|金额(约)}",
      "{上期.医用口罩|数值}{上期·医用口罩|数值}{医用口罩|变化}",
      "{分组:消杀类|串述}{各分组:消杀类,防护类|包括}",
      "!名称 医用口罩=口罩",
    ];
    const { compiled, errors } = compileSentenceTemplate(lines, supplies);
    expect(errors).toEqual([]);
    expect(compiled.lines.map((l) => l.line)).toEqual([1, 2, 3, 4]); // a words line is no line of text
    expect(compiled.words.names.get("masks.cumulative")).toBe("口罩");
    const grid = compileSentenceTemplate(["{规上工业·企业总数}家，复工率{规上工业·复工率|百分比}", "{应报单位数}{未报单位|列举}"], resumption);
    expect(grid.errors).toEqual([]);
    const ledger = compileSentenceTemplate(["{台账|范围}，{台账|进度}，{台账.问题数}个，{台账.已完成}个"], rectification);
    expect(ledger.errors).toEqual([]);
  });

  it("reads the words of items by key or label", () => {
    const { compiled, errors } = compileSentenceTemplate(["!verbs masks=发放 防护服=配发", "!names masks=口罩"], supplies);
    expect(errors).toEqual([]);
    // Words are kept under the value a key or label names (医用口罩's 累计).
    expect([...compiled.words.verbs]).toEqual([["masks.cumulative", "发放"], ["protectiveSuits.cumulative", "配发"]]);
    expect(compiled.words.names.get("masks.cumulative")).toBe("口罩");
  });

  it("marks the lines that read figures, for the 无新增 case", () => {
    const { compiled } = compileSentenceTemplate(["{units|reporting}", "!none {region}无新增", "共{masks}"], supplies);
    expect(compiled.hasNone).toBe(true);
    expect(compiled.lines.map((l) => l.kind === "sentence" && l.figures)).toEqual([false, false, true]);
  });

  describe("edge cases", () => {
    it("names an unknown slot and its place, and suggests the close one", () => {
      const [error] = errorsOf(["共发放{maskz|number}"]);
      expect(error).toMatchObject({ code: "narrative.template.unknown-slot", line: 1, column: 5, params: { name: "maskz" } });
      expect(error!.message).toBe("第1行第5列：未知的字段“maskz”，是否应为“masks”？");
    });

    it("lists what can be named when nothing is close", () => {
      const [error] = errorsOf(["{完全不存在的东西}"]);
      // In Chinese: the template's own indicator names and the Chinese sources, never English keys.
      expect(error!.message).toContain("未知的字段“完全不存在的东西”（可用：指标名称（如累计筹备物资金额、应急资金、先期拨付），或 截至时间、报告期、地区");
      expect(error!.message).not.toMatch(/[A-Za-z]{3,}/);
    });

    it("names an unknown filter and its place, and suggests the close one", () => {
      const [error] = errorsOf(["共{masks|numbr}"]);
      expect(error).toMatchObject({ code: "narrative.template.unknown-filter", line: 1, column: 9 });
      expect(error!.message).toBe("第1行第9列：未知的过滤器“numbr”，是否应为“number”？");
      const [far] = errorsOf(["共{masks|zzzzzz}"]);
      expect(far!.message).toContain(`可用：${FILTER_NAMES.join("、")}`);
    });

    it("refuses a filter that cannot take the value, saying what it takes", () => {
      const [error] = errorsOf(["{masks|chain}"]);
      expect(error).toMatchObject({ code: "narrative.template.filter-input", column: 8 });
      expect(error!.message).toContain("过滤器“chain”不能用于指标数值");
      expect(errorsOf(["{cutoff|number}"])[0]!.code).toBe("narrative.template.filter-input");
      expect(errorsOf(["{masks|top(3)|number}"])[0]!.message).toContain("不能用于单位名单");
    });

    it("refuses bad arguments at the argument's place", () => {
      expect(errorsOf(["{masks|top(三)}"])[0]).toMatchObject({ code: "narrative.template.bad-argument", column: 12 });
      expect(errorsOf(["{masks|number(9)}"])[0]!.message).toContain("应为 0 到 6 的整数");
      expect(errorsOf(["{fundsPrepared|money(大约)}"])[0]!.message).toContain("只能是以下之一：约");
      expect(errorsOf(["{masks|below}"])[0]!.code).toBe("narrative.template.argument-count");
      expect(errorsOf(["{masks|rate(口罩总数)}"])[0]!.message).toContain("没有指标“口罩总数”");
    });

    it("refuses filters the field cannot support", () => {
      expect(errorsOf(["{masks|breakdown}"])[0]!.code).toBe("narrative.template.no-children");
      expect(errorsOf(["{masks|money}"])[0]!.code).toBe("narrative.template.not-money");
      expect(errorsOf(["{masks|rate}"])[0]!.code).toBe("narrative.template.no-formula");
      expect(errorsOf(["{masks|progress}"])[0]!.code).toBe("narrative.template.no-formula");
    });

    it("names an unknown section with the known ones", () => {
      const [error] = errorsOf(["{section:消毒类|list}"]);
      expect(error!.message).toContain("没有名为“消毒类”的指标分组（可用：消杀类、资金保障");
      expect(errorsOf(["{sections}"], rectification)[0]!.code).toBe("narrative.template.no-sections");
    });

    it("asks for a full name where a label names several values", () => {
      const [error] = errorsOf(["{企业总数}"], resumption);
      expect(error!.code).toBe("narrative.template.ambiguous-slot");
      expect(error!.message).toContain("规上工业·企业总数、限上商贸·企业总数");
      expect(error!.message).not.toContain("industry.total");
    });

    it("suggests a Chinese name for a mistyped Chinese one, never a key", () => {
      const [slot] = errorsOf(["{医用口照}"]);
      expect(slot!.message).toBe("第1行第2列：未知的字段“医用口照”，是否应为“医用口罩”？");
      const [filter] = errorsOf(["{医用口罩|金钱}"]);
      expect(filter!.message).toBe("第1行第7列：未知的过滤器“金钱”，是否应为“金额”？");
    });

    it("keeps a groups slot at the end of its line, once, outside brackets", () => {
      expect(errorsOf(["主要情况：{sections|groups}。"])).toEqual([]);
      expect(errorsOf(["{sections|groups}，此后还有话"])[0]!.code).toBe("narrative.template.block-placement");
      expect(errorsOf(["[{sections|groups}]"])[0]!.code).toBe("narrative.template.block-placement");
      expect(errorsOf(["# {sections|groups}"])[0]!.code).toBe("narrative.template.block-placement");
    });

    it("names an unknown field in a words line", () => {
      expect(errorsOf(["!verbs maskz=发放"])[0]).toMatchObject({ code: "narrative.template.unknown-word-field", column: 8 });
    });

    it("reads ledger counts, statuses and numeric columns of a ledger", () => {
      expect(errorsOf(["{ledger|scope}{ledger|progress}{ledger.problems}{ledger.立行立改}{rulesMade}"], rectification)).toEqual([]);
      expect(errorsOf(["{ledger.问题数}"], rectification)[0]!.code).toBe("narrative.template.unknown-slot");
    });

    it("sorts errors by place and leaves only the wrong lines out", () => {
      const { compiled, errors } = compileSentenceTemplate(["{b|x}", "共{masks}", "{a}"], supplies);
      expect(errors.map((e) => e.line)).toEqual([1, 3]);
      expect(compiled.lines.map((l) => l.line)).toEqual([2]);
    });
  });
});
