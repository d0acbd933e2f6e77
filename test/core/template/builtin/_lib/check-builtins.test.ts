import { checkBuiltins } from "../../../../../src/core/template/builtin/_lib/check-builtins";

function source(id: string, patch: Record<string, unknown> = {}) {
  return {
    file: `${id}.template.json`,
    json: {
      id,
      version: "1.0.0",
      title: "测试表",
      periodKind: "as-of",
      kind: "indicators",
      sections: [{ title: "消杀类", indicators: [{ key: "sprayers", label: "喷雾器", unit: "个", kind: "integer", aggregate: "sum" }] }],
      ...patch,
    },
  };
}

describe("checkBuiltins", () => {
  it("returns the checked templates in the order given", () => {
    expect(checkBuiltins([source("alpha"), source("beta")]).map((t) => t.id)).toEqual(["alpha", "beta"]);
  });

  it("throws naming the file of a built-in that fails the schema, with the problem's place", () => {
    const broken = source("broken", { sections: [{ title: "消杀类", indicators: [{ key: "sprayers", label: "喷雾器", kind: "count", aggregate: "sum" }] }] });
    expect(() => checkBuiltins([source("alpha"), broken])).toThrow(/内置模板 broken\.template\.json 不符合模板格式[\s\S]*第1个指标（喷雾器） › kind/);
  });

  it("keeps the schema problems as the error's cause", () => {
    try {
      checkBuiltins([source("broken", { version: "1.0" })]);
      throw new Error("expected a throw");
    } catch (error) {
      expect((error as Error).cause).toEqual([expect.objectContaining({ path: ["version"] })]);
    }
  });

  describe("edge cases", () => {
    it("throws when a file's name and its id disagree", () => {
      expect(() => checkBuiltins([{ ...source("alpha"), file: "beta.template.json" }])).toThrow(/beta\.template\.json.*“alpha”/);
    });

    it("throws when two built-ins share an id", () => {
      expect(() => checkBuiltins([source("alpha"), source("alpha")])).toThrow(/重复/);
    });

    it("throws when a file is not exactly what the schema returns for it (its keys in another order)", () => {
      const { id, version, title, periodKind, kind, sections } = source("alpha").json;
      const reordered = { file: "alpha.template.json", json: { kind, id, version, title, periodKind, sections } };
      expect(() => checkBuiltins([reordered])).toThrow(/内置模板 alpha\.template\.json 与模板格式检查后的结果不完全相同/);
    });

    it("throws when the schema would change a value: a label it trims", () => {
      const padded = source("alpha", { title: " 测试表 " });
      expect(() => checkBuiltins([padded])).toThrow(/不完全相同/);
    });

    it("accepts an empty list", () => {
      expect(checkBuiltins([])).toEqual([]);
    });
  });
});
