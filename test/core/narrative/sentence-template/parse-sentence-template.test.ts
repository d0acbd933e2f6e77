import { parseSentenceTemplate } from "../../../../src/core/narrative/sentence-template";
import type { SentenceLine, SlotNode, TemplateNode } from "../../../../src/core/narrative/sentence-template";

function sentenceOf(text: string): SentenceLine {
  const { lines, errors } = parseSentenceTemplate([text]);
  expect(errors).toEqual([]);
  const line = lines[0]!;
  if (line.kind !== "sentence") throw new Error(`not a sentence: ${line.kind}`);
  return line;
}

function slots(nodes: readonly TemplateNode[]): SlotNode[] {
  return nodes.flatMap((node) => (node.type === "slot" ? [node] : node.type === "optional" ? slots(node.nodes) : []));
}

describe("parseSentenceTemplate", () => {
  it("reads text and slots with their filters, forgiving a bar with nothing after it", () => {
    const line = sentenceOf("截至{cutoff|datetime}，共发放{leaflets|number(1)|}");
    expect(line.nodes[0]).toEqual({ type: "text", text: "截至" });
    const [cutoff] = slots(line.nodes);
    expect(cutoff).toMatchObject({ source: "cutoff", column: 3, sourceColumn: 4, filters: [{ name: "datetime", column: 11, args: [] }] });
  });

  it("reads several arguments, trimmed, with quotes and full-width commas", () => {
    const [slot] = slots(sentenceOf("{masks|top( 5 ，值)|change(“上年同期”)}").nodes);
    expect(slot!.filters).toEqual([
      { name: "top", column: 8, args: [{ text: "5", column: 13 }, { text: "值", column: 16 }] },
      { name: "change", column: 19, args: [{ text: "上年同期", column: 26 }] },
    ]);
  });

  it("reads full-width braces and bars as a Chinese input method types them", () => {
    const [slot] = slots(sentenceOf("共{医用口罩｜number}").nodes);
    expect(slot).toMatchObject({ source: "医用口罩", filters: [{ name: "number" }] });
    expect(slots(sentenceOf("共｛masks｝").nodes)[0]).toMatchObject({ source: "masks" });
  });

  it("reads optional parts, nested", () => {
    const line = sentenceOf("应急资金{a}[，其中{b}[（含{c}）]]。");
    expect(line.nodes[2]).toMatchObject({ type: "optional", column: 8 });
    expect(slots(line.nodes).map((s) => s.source)).toEqual(["a", "b", "c"]);
  });

  it("takes a backslashed character as plain text", () => {
    const line = sentenceOf("\\{不是字段\\}和\\[括号\\]与\\\\");
    expect(line.nodes).toEqual([{ type: "text", text: "{不是字段}和[括号]与\\" }]);
  });

  it("reads directives before a sentence, in English or Chinese", () => {
    expect(sentenceOf("!keep !none 无新增")).toMatchObject({ keep: true, none: true, nodes: [{ type: "text", text: "无新增" }] });
    expect(sentenceOf("！保留其中{a}")).toMatchObject({ keep: true, none: false });
    expect(sentenceOf("!无新增 {region}无新增")).toMatchObject({ none: true });
  });

  it("reads verbs and names lines into entries", () => {
    const { lines } = parseSentenceTemplate(["!verbs leaflets=发放，banners=悬挂  infoAdopted=", "!名称 groupMessages=微信群、QQ群信息"]);
    expect(lines[0]).toEqual({
      kind: "verbs",
      line: 1,
      entries: [
        { field: "leaflets", word: "发放", column: 8 },
        { field: "banners", word: "悬挂", column: 20 },
        { field: "infoAdopted", word: "", column: 32 },
      ],
    });
    expect(lines[1]).toMatchObject({ kind: "names", entries: [{ field: "groupMessages", word: "微信群、QQ群信息" }] });
  });

  it("reads titles and blank lines, and splits a text at its line breaks", () => {
    const { lines } = parseSentenceTemplate("# 物资保障方面：\n\n共{a}");
    expect(lines.map((l) => l.kind)).toEqual(["title", "blank", "sentence"]);
    expect(lines[0]).toMatchObject({ nodes: [{ type: "text", text: "物资保障方面：" }] });
  });

  describe("edge cases", () => {
    it("reports an unclosed brace at its column and leaves the line out", () => {
      const { lines, errors } = parseSentenceTemplate(["共发放{leaflets|number"]);
      expect(lines).toEqual([]);
      expect(errors).toMatchObject([{ code: "narrative.template.unclosed-slot", line: 1, column: 4 }]);
      expect(errors[0]!.message).toBe("第1行第4列：“{”没有对应的“}”");
    });

    it("reports an unclosed optional part and stray closing marks", () => {
      const { errors } = parseSentenceTemplate(["[共{a}", "多了}和]"]);
      expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([
        ["narrative.template.unclosed-optional", 1, 1],
        ["narrative.template.stray-close", 2, 3],
        ["narrative.template.stray-close", 2, 5],
      ]);
    });

    it("reports an empty slot and a malformed filter", () => {
      const { errors } = parseSentenceTemplate(["{ }", "{a|top(3}"]);
      expect(errors.map((e) => e.code)).toEqual(["narrative.template.empty-slot", "narrative.template.bad-filter"]);
      expect(errors[1]!.message).toContain("top(3");
    });

    it("reports an unknown directive by name, and does not take !nonew for !none", () => {
      const { errors } = parseSentenceTemplate(["!nonew 无新增", "!仅当 x"]);
      expect(errors.map((e) => (e.params as { name?: string }).name)).toEqual(["nonew", "仅当"]);
      expect(errors[0]!.message).toContain("未知的指令“!nonew”");
      // The directives a clerk may write are named in Chinese first, as the default templates spell them.
      expect(errors[0]!.message).toMatch(/可用：!保留 .*!无新增 .*!动词.*!名称/);
    });

    it("reports a words entry without =", () => {
      const { errors } = parseSentenceTemplate(["!verbs leaflets发放"]);
      expect(errors).toMatchObject([{ code: "narrative.template.bad-word-entry", column: 8, params: { text: "leaflets发放" } }]);
    });

    it("keeps the other lines when one has a mistake", () => {
      const { lines, errors } = parseSentenceTemplate(["共{a}", "{b", "共{c}"]);
      expect(errors).toHaveLength(1);
      expect(lines.map((l) => l.line)).toEqual([1, 3]);
    });
  });
});
