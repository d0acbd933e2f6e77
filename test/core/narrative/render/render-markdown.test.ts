import { renderMarkdown } from "../../../../src/core/narrative/render";
import { entityPhrase, sentence } from "../../../../src/core/narrative/spec";
import { figureSentence, publicitySection, specOf } from "./_spec-factory";

describe("renderMarkdown", () => {
  it("writes entities in bold", () => {
    expect(renderMarkdown(specOf({ sentences: [figureSentence("共发放宣传单", "3200张", 3200, "，效果良好")] }))).toBe(
      "共发放宣传单**3200张**，效果良好。",
    );
  });

  it("writes entities plain when asked", () => {
    expect(renderMarkdown(specOf(publicitySection()), { boldEntities: false })).toBe("截至2023年2月20日24时，全县共发放宣传单20万余张、张贴标语3200条。");
  });

  it("writes one paragraph per section and the title as a bold run-in heading", () => {
    const spec = specOf(
      { title: "宣传工作", sentences: [figureSentence("发放宣传单", "3200张", 3200)] },
      { title: "排查工作", sentences: [figureSentence("摸排人员", "1.2万人", 12_000)] },
    );
    expect(renderMarkdown(spec)).toBe("**宣传工作**。发放宣传单**3200张**。\n\n**排查工作**。摸排人员**1.2万人**。");
  });

  it("writes an enumerated section with the same words as plain text", () => {
    const spec = specOf({ layout: "enumerated", sentences: [figureSentence("发放宣传单", "3200张", 3200), sentence("强化排查")] });
    expect(renderMarkdown(spec)).toBe("一是发放宣传单**3200张**；二是强化排查。");
  });

  describe("edge cases", () => {
    it("uses <strong> where ** would not open or close between Chinese characters", () => {
      const spec = specOf({ sentences: [sentence("复工率", entityPhrase("percent", { text: "87.6%", value: 87.6 }), "的单位")] });
      expect(renderMarkdown(spec)).toBe("复工率<strong>87.6%</strong>的单位。");
      const titled = specOf({ sentences: [sentence("按照", entityPhrase("indicator", "《实施方案》"), "要求")] });
      expect(renderMarkdown(titled)).toBe("按照<strong>《实施方案》</strong>要求。");
    });

    it("keeps ** where punctuation follows a figure ending in punctuation", () => {
      const spec = specOf({ sentences: [sentence("复工率为", entityPhrase("percent", { text: "87.6%", value: 87.6 }))] });
      expect(renderMarkdown(spec)).toBe("复工率为**87.6%**。");
    });

    it("merges two entities side by side into one bold run", () => {
      const spec = specOf({ sentences: [sentence("其中", entityPhrase("unit-name", "城关镇"), entityPhrase("number", { text: "300人", value: 300 }))] });
      expect(renderMarkdown(spec)).toBe("其中**城关镇300人**。");
    });

    it("escapes characters Markdown would read as markup", () => {
      const spec = specOf({ sentences: [sentence("规格20*30的_展板_与[试点]", entityPhrase("number", { text: "5块", value: 5 }))] });
      expect(renderMarkdown(spec)).toBe("规格20\\*30的\\_展板\\_与\\[试点\\]**5块**。");
    });

    it("keeps a paragraph that starts like a list item a paragraph", () => {
      expect(renderMarkdown(specOf({ sentences: [sentence("1. 加强宣传")] }))).toBe("1\\. 加强宣传。");
      expect(renderMarkdown(specOf({ sentences: [sentence("- 加强宣传")] }))).toBe("\\- 加强宣传。");
    });

    it("renders an empty spec as an empty string", () => {
      expect(renderMarkdown(specOf())).toBe("");
    });
  });
});
