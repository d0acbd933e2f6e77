import { checkTemplate, loadTemplateText } from "../../../src/core/template/load-template";

/** Plain JSON as a clerk's file holds it; the tests break its shape on purpose, so it is untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TemplateJson = Record<string, any>;

/** A small valid indicator template; each test breaks one thing in it. */
function indicatorTemplate(): TemplateJson {
  return {
    id: "test-table",
    version: "1.0.0",
    kind: "indicators",
    title: "测试统计表",
    periodKind: "as-of",
    sections: [
      {
        title: "消杀类",
        indicators: [
          { key: "sprayers", label: "喷雾器", unit: "个", kind: "integer", aggregate: "sum" },
          {
            key: "screened",
            label: "摸排人员",
            unit: "人",
            kind: "integer",
            aggregate: "sum",
            breakdown: "complete",
            children: [
              { key: "screenedTowns", label: "镇街摸排", unit: "人", kind: "integer", aggregate: "sum" },
              { key: "screenedCommunities", label: "社区摸排", unit: "人", kind: "integer", aggregate: "sum" },
            ],
          },
        ],
      },
      {
        title: "复工",
        indicators: [
          { key: "total", label: "企业总数", unit: "家", kind: "integer", aggregate: "sum" },
          { key: "resumed", label: "已复工", unit: "家", kind: "integer", aggregate: "sum" },
          {
            key: "rate",
            label: "复工率",
            unit: "%",
            kind: "percent",
            aggregate: "recompute",
            formula: { numerator: "resumed", denominator: "total" },
          },
        ],
      },
    ],
    comparisons: [{ left: "resumed", op: "<=", right: "total", severity: "error" }],
  };
}

function ledgerTemplate(): TemplateJson {
  return {
    id: "test-ledger",
    version: "1.0.0",
    kind: "ledger",
    title: "测试台账",
    periodKind: "as-of",
    columns: [
      { key: "problem", label: "问题表述", kind: "text", required: true },
      { key: "status", label: "整改状态", kind: "enum", options: ["已完成", "持续推进"] },
      { key: "doneDate", label: "完成日期", kind: "date" },
    ],
    status: { column: "status", doneValues: ["已完成"], doneDateColumn: "doneDate" },
    identityColumns: ["problem"],
  };
}

/** The message for a template broken by `edit`. */
function failureAfter(edit: (json: TemplateJson) => void, make: () => TemplateJson = indicatorTemplate): string {
  const json = make();
  edit(json);
  return failureOf(json);
}

function failureOf(json: unknown): string {
  const result = checkTemplate(json, "我的模板.json");
  if (result.ok) throw new Error("expected the template to be rejected");
  return result.message;
}

describe("checkTemplate", () => {
  it("accepts a well-formed template and fills in the default scale of a rate", () => {
    const result = checkTemplate(indicatorTemplate(), "我的模板.json");
    expect(result.ok).toBe(true);
    if (!result.ok || result.template.kind !== "indicators") return;
    expect(result.template.sections[1].indicators[2].formula).toEqual({ numerator: "resumed", denominator: "total", scale: 100 });
  });

  it("names the file, the group and the indicator of a misspelt field", () => {
    const text = failureAfter((json) => (json.sections[0].indicators[0].unti = "个"));
    expect(text).toContain("我的模板.json");
    expect(text).toContain("第1个分组（消杀类）");
    expect(text).toContain("第1个指标（喷雾器）");
    expect(text).toContain("无法识别的字段：unti");
  });

  it("takes the narrative's options of a template and of an indicator, and names a misspelt one", () => {
    const json = indicatorTemplate();
    json.narrative = { numberStyle: { exactBelow: 10000, decimals: 2, roundedDown: "多" }, flatBelow: { relative: 2, points: 1 } };
    json.sections[0].indicators[1].breakdown = "overlapping";
    json.sections[0].indicators[1].children[0].narrative = { name: "镇街", measure: "人", numberStyle: { exactBelow: 1e6 } };
    const result = checkTemplate(json, "我的模板.json");
    expect(result.ok ? "" : result.message).toBe("");
    const misspelt = failureAfter((broken) => (broken.sections[0].indicators[0].narrative = { nmae: "喷雾器" }));
    expect(misspelt).toContain("无法识别的字段：nmae");
  });

  it("lists the allowed value kinds when an indicator has a wrong kind", () => {
    const text = failureAfter((json) => (json.sections[1].indicators[1].kind = "number"));
    expect(text).toContain("第2个分组（复工） › 第2个指标（已复工） › kind");
    expect(text).toMatch(/只能是以下之一：.*integer.*percent/);
  });

  it("lists indicators and ledger when the template kind is wrong", () => {
    expect(failureAfter((json) => (json.kind = "indicator"))).toContain("只能是以下之一：indicators、ledger");
  });

  it("lists the template kinds when kind is left out", () => {
    expect(failureAfter((json) => delete json.kind)).toMatch(/kind：只能是以下之一：indicators、ledger/);
  });

  it("reports a duplicate key at the second indicator that uses it", () => {
    const text = failureAfter((json) => (json.sections[1].indicators[0].key = "sprayers"));
    expect(text).toContain("第2个分组（复工） › 第1个指标（企业总数） › key");
    expect(text).toContain("“sprayers”重复");
  });

  it("reports a formula that refers to a key no indicator has", () => {
    const text = failureAfter((json) => (json.sections[1].indicators[2].formula.numerator = "resumd"));
    expect(text).toContain("第2个分组（复工） › 第3个指标（复工率） › formula › numerator");
    expect(text).toContain("不存在的指标或列“resumd”");
  });

  it("takes the key indicators 分单位明细 shows first, and names one no row has", () => {
    const json = indicatorTemplate();
    json.keyIndicators = ["resumed", "total"];
    const result = checkTemplate(json, "我的模板.json");
    expect(result.ok && result.template.kind === "indicators" && result.template.keyIndicators).toEqual(["resumed", "total"]);
    const text = failureAfter((bad) => (bad.keyIndicators = ["total", "resumd"]));
    expect(text).toContain("第2个重点指标（resumd）");
    expect(text).toContain("不存在的指标或列“resumd”");
  });

  it("reports a 其中 list without its breakdown, naming the group and the total", () => {
    const text = failureAfter((json) => (delete json.sections[0].indicators[1].breakdown));
    expect(text).toContain("第1个分组（消杀类） › 第2个指标（摸排人员）");
    expect(text).toContain("breakdown");
  });

  it("names the 其中 child when the problem is inside a breakdown", () => {
    expect(failureAfter((json) => (json.sections[0].indicators[1].children[1].aggregate = "average"))).toContain("第2个指标（摸排人员） › 第2个其中子项（社区摸排） › aggregate");
  });

  it("reports every problem at once with their count", () => {
    const json = indicatorTemplate();
    json.sections[0].indicators[0].key = "screened";
    json.comparisons[0].right = "totl";
    const result = checkTemplate(json, "我的模板.json");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(2);
    expect(result.message).toContain("有 2 处问题");
    expect(result.message).toContain("第1个比较规则 › right");
  });

  it("says a required field is missing rather than naming a type", () => {
    expect(failureAfter((json) => (delete json.title))).toContain("title：缺少此项");
  });

  it("refuses a rate computed from a text indicator", () => {
    expect(failureAfter((json) => (json.sections[1].indicators[0].kind = "text"))).toContain("“total”不是数值型指标");
  });

  it("accepts a well-formed ledger", () => {
    expect(checkTemplate(ledgerTemplate(), "台账.json").ok).toBe(true);
  });

  it("takes a numeric ledger column that is not to be totalled, and names a wrong choice", () => {
    const numbered = ledgerTemplate();
    numbered.columns.unshift({ key: "no", label: "问题序号", kind: "integer", aggregate: "none" });
    expect(checkTemplate(numbered, "台账.json").ok).toBe(true);
    const text = failureAfter((json) => json.columns.unshift({ key: "no", label: "问题序号", kind: "integer", aggregate: "avg" }), ledgerTemplate);
    expect(text).toContain("问题序号");
    expect(text).toContain("aggregate");
  });

  it("reports a ledger done value that the status column cannot hold", () => {
    const text = failureAfter((json) => (json.status.doneValues = ["完成"]), ledgerTemplate);
    expect(text).toContain("完成状态“完成”不在状态列的选项中");
    expect(text).toContain("已完成、持续推进");
  });

  it("reports a ledger identity column that does not exist", () => {
    expect(failureAfter((json) => (json.identityColumns = ["problem", "aspect"]), ledgerTemplate)).toContain("第2个标识列（aspect）");
  });

  describe("edge cases", () => {
    it("names the template itself when the file holds a list instead of an object", () => {
      expect(failureOf([])).toContain("模板：");
    });

    it("rejects a key with Chinese characters and says what a key may contain", () => {
      expect(failureAfter((json) => (json.sections[0].indicators[0].key = "喷雾器"))).toContain("key 只能由英文字母、数字和下划线组成");
    });

    it("rejects an empty list of sections with the minimum count", () => {
      expect(failureAfter((json) => (json.sections = []))).toContain("sections：至少需要 1 项");
    });

    it("builds the schema when a template is first checked, once, not when the module loads", () => {
      // Commands working with a built-in template never check one: loading the module costs them nothing.
      const built = jest.fn();
      jest.isolateModules(() => {
        jest.doMock("zod", () => {
          const actual = jest.requireActual<typeof import("zod")>("zod");
          const discriminatedUnion: typeof actual.z.discriminatedUnion = (...args) => (built(), actual.z.discriminatedUnion(...args));
          return { ...actual, z: { ...actual.z, discriminatedUnion } };
        });
        const { checkTemplate: check } = jest.requireActual<typeof import("../../../src/core/template/load-template")>("../../../src/core/template/load-template");
        expect(built).not.toHaveBeenCalled();
        expect(check(indicatorTemplate(), "表式.json").ok).toBe(true);
        const afterFirst = built.mock.calls.length;
        expect(afterFirst).toBeGreaterThan(0);
        expect(check(indicatorTemplate(), "表式.json").ok).toBe(true);
        expect(built.mock.calls.length).toBe(afterFirst);
      });
      jest.dontMock("zod");
    });
  });
});

describe("loadTemplateText", () => {
  it("reads a template from the text of its file", () => {
    const result = loadTemplateText(JSON.stringify(indicatorTemplate(), null, 2), "我的模板.json");
    expect(result.ok).toBe(true);
  });

  it("reads a file saved by Notepad with a byte-order mark", () => {
    expect(loadTemplateText("\uFEFF" + JSON.stringify(ledgerTemplate()), "台账.json").ok).toBe(true);
  });

  it("passes schema problems of a parsed file through with their places", () => {
    const json = indicatorTemplate();
    json.sections[0].indicators[0].unti = "个";
    const result = loadTemplateText(JSON.stringify(json), "我的模板.json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("第1个指标（喷雾器）");
  });

  it("gives the line and column of invalid JSON in Chinese", () => {
    const text = '{\n  "id": "x",\n  "title": "表",\n}';
    const result = loadTemplateText(text, "我的模板.json");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([]);
    expect(result.message).toContain("模板文件“我的模板.json”不是有效的 JSON");
    expect(result.message).toContain("第4行第1列");
    expect(result.message).toContain("最后一项后面不能有逗号");
  });

  it("points at a Chinese comma typed by an IME", () => {
    const result = loadTemplateText('{"id": "x"，"title": "表"}', "我的模板.json");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain("第1行第11列");
      expect(result.message).toContain("中文标点“，”");
    }
  });

  describe("edge cases", () => {
    it("says a truncated file ends too early", () => {
      const result = loadTemplateText('{"id": "x", "sections": [', "半截.json");
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain("文件意外结束");
    });

    it("treats an empty file as invalid JSON rather than an empty template", () => {
      const result = loadTemplateText("", "空.json");
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain("空.json");
    });

    it("does not blame Chinese quotation marks inside a string for text after the end", () => {
      const json = indicatorTemplate();
      json.description = "状态为“已完成”的行";
      const result = loadTemplateText(JSON.stringify(json) + "x", "我的模板.json");
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).not.toContain("中文标点");
      expect(result.message).toContain("后面还有多余的文字");
    });
  });
});
