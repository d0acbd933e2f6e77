import { formatRate } from "../../../../src/core/narrative/format";
import { renderPlainText } from "../../../../src/core/narrative/render";
import { entityPhrase, sentence } from "../../../../src/core/narrative/spec";
import { figureSentence, publicitySection, specOf } from "./_spec-factory";

describe("renderPlainText", () => {
  it("writes the phrases of a sentence one after another and closes it with 。", () => {
    expect(renderPlainText(specOf(publicitySection()))).toBe("截至2023年2月20日24时，全县共发放宣传单20万余张、张贴标语3200条。");
  });

  it("writes figures exactly as the spec shows them", () => {
    const rate = formatRate(92, 105)!;
    const spec = specOf({ sentences: [sentence("复工率为", entityPhrase("percent", rate))] });
    expect(renderPlainText(spec)).toBe(`复工率为${rate.text}。`);
    expect(renderPlainText(specOf({ sentences: [sentence("共", entityPhrase("number", { text: "1,234.50 件", value: 1234.5 }))] }))).toBe("共1,234.50 件。");
  });

  it("writes sections one after another as one paragraph", () => {
    const spec = specOf(publicitySection(), { sentences: [figureSentence("出动宣传车", "86台次", 86)] });
    expect(renderPlainText(spec)).toBe("截至2023年2月20日24时，全县共发放宣传单20万余张、张贴标语3200条。出动宣传车86台次。");
  });

  it("starts each section on its own line when asked", () => {
    const spec = specOf(publicitySection(), { sentences: [figureSentence("出动宣传车", "86台次", 86)] });
    expect(renderPlainText(spec, { paragraphPerSection: true }).split("\n")).toHaveLength(2);
  });

  it("writes an enumerated section as 一是…；二是…；三是…。", () => {
    const spec = specOf({
      title: "主要开展了以下工作：",
      layout: "enumerated",
      sentences: [figureSentence("加强宣传引导，发放宣传单", "3200张", 3200), figureSentence("强化排查管控，摸排人员", "1.2万人", 12_000), sentence("做好物资保障")],
    });
    expect(renderPlainText(spec)).toBe("主要开展了以下工作：一是加强宣传引导，发放宣传单3200张；二是强化排查管控，摸排人员1.2万人；三是做好物资保障。");
  });

  it("writes a title without punctuation as a run-in heading closed with 。", () => {
    const spec = specOf({ title: "物资保障", sentences: [figureSentence("累计筹备物资金额约", "930.95万元", 930.95)] });
    expect(renderPlainText(spec)).toBe("物资保障。累计筹备物资金额约930.95万元。");
  });

  it("keeps the title's own ending: 在物资保障方面，", () => {
    const spec = specOf({ title: "在物资保障方面，", sentences: [sentence("累计筹备物资")] });
    expect(renderPlainText(spec)).toBe("在物资保障方面，累计筹备物资。");
  });

  describe("edge cases", () => {
    it("renders an empty spec as an empty string", () => {
      expect(renderPlainText(specOf())).toBe("");
    });

    it("leaves out a section with no words, title included", () => {
      const spec = specOf({ title: "舆情处置", sentences: [] }, { title: "空", sentences: [sentence("")] }, publicitySection());
      expect(renderPlainText(spec)).toBe("截至2023年2月20日24时，全县共发放宣传单20万余张、张贴标语3200条。");
    });

    it("does not double a sentence's own final punctuation", () => {
      const spec = specOf({ sentences: [sentence("全县无新增病例。"), sentence("请各单位注意！")] });
      expect(renderPlainText(spec)).toBe("全县无新增病例。请各单位注意！");
    });

    it("replaces an item's own 。 with ； in an enumerated section", () => {
      const spec = specOf({ layout: "enumerated", sentences: [sentence("加强宣传。"), sentence("强化排查；")] });
      expect(renderPlainText(spec)).toBe("一是加强宣传；二是强化排查。");
    });

    it("never touches the punctuation inside an entity that ends a sentence", () => {
      const spec = specOf({ sentences: [sentence("印发", entityPhrase("indicator", "《实施方案》"))] });
      expect(renderPlainText(spec)).toBe("印发《实施方案》。");
    });
  });
});
