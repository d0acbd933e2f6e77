import { problemText } from "../../../src/core/locale";
import { recognizeTemplate } from "../../../src/core/recognize";
import { BUILTIN_TEMPLATES, findBuiltinTemplate, LEGACY_TEMPLATES } from "../../../src/core/template";
import type { IndicatorTemplate } from "../../../src/core/template/types";
import { sheetOf } from "../../_support/sheet-factory";
import { addInForm, unitForm } from "../../_support/consolidate-factory";

const supplies = findBuiltinTemplate("supplies") as IndicatorTemplate;
const publicity = findBuiltinTemplate("publicity") as IndicatorTemplate;

describe("recognizeTemplate", () => {
  it("is certain of a sheet bound to a template in the workbook", () => {
    const { sheet, binding } = addInForm(supplies, { unit: "城关镇" }, { "masks.cumulative": "3" });
    const [recognition] = recognizeTemplate([sheet], [binding], BUILTIN_TEMPLATES);
    expect(recognition).toMatchObject({ sheet: sheet.name, how: "binding", confidence: 1, template: { id: "supplies" } });
    expect(problemText(recognition.reason)).toContain("表式标记");
    expect(recognition.report?.indicators["masks.cumulative"].value.value).toBe(3);
  });

  it("loads a bound template the add-in does not ship from the binding's JSON", () => {
    const own = { ...supplies, id: "county-supplies", title: "县物资表" };
    const { sheet, binding } = addInForm(own, {}, {});
    const [recognition] = recognizeTemplate([sheet], [binding], BUILTIN_TEMPLATES);
    expect(recognition).toMatchObject({ how: "binding", template: { id: "county-supplies" } });
  });

  it("recognises a unit's own form by its title and labels, and says how sure", () => {
    const sheet = unitForm(publicity, { banners: 12 }, { label: (l) => `其中：${l}` });
    const [recognition] = recognizeTemplate([sheet], [], BUILTIN_TEMPLATES);
    expect(recognition).toMatchObject({ how: "content", template: { id: "publicity" } });
    expect(recognition.confidence).toBeGreaterThan(0.9);
    expect(problemText(recognition.reason)).toMatch(/表名相符，对上“宣传工作统计表”的 \d+\/\d+ 个指标/);
  });

  it("recognises a form with half its labels when the title matches", () => {
    const half: IndicatorTemplate = { ...publicity, sections: publicity.sections.slice(0, 1) };
    const sheet = unitForm(half, {}, { title: "宣传工作统计表" });
    const [recognition] = recognizeTemplate([sheet], [], BUILTIN_TEMPLATES);
    expect(recognition.template?.id).toBe("publicity");
    expect(recognition.confidence).toBeLessThan(1);
  });

  it("takes a sheet with its own title and one class of five for that template", () => {
    // The form of version 1: the classes as sections of one column, read as such and migrated.
    const resumption = LEGACY_TEMPLATES.find((t) => t.id === "resumption") as IndicatorTemplate;
    const oneClass: IndicatorTemplate = { ...resumption, sections: resumption.sections.slice(0, 1) };
    const [recognition] = recognizeTemplate([unitForm(oneClass, {}, { title: "复工复产统计表" })], [], BUILTIN_TEMPLATES);
    expect(recognition.template?.id).toBe("resumption");
    expect(recognition.confidence).toBeCloseTo(0.6, 2);
  });

  describe("edge cases", () => {
    it("does not recognise a sheet below the threshold and names the closest template", () => {
      const sheet = sheetOf([["序号", "指标名称", "数值"], [1, "户外广告牌", 3], [2, "我们自己的指标", 4]]);
      const [recognition] = recognizeTemplate([sheet], [], BUILTIN_TEMPLATES);
      expect(recognition.how).toBe("none");
      expect(recognition.template).toBeUndefined();
      expect(problemText(recognition.reason)).toContain("宣传工作统计表");
    });

    it("says an empty sheet is empty and skips very hidden sheets", () => {
      const empty = sheetOf([[null, " "]], { name: "空表" });
      const hidden = sheetOf([["x"]], { name: "_huibao_templates", visibility: "veryHidden" });
      const recognitions = recognizeTemplate([empty, hidden], [], BUILTIN_TEMPLATES);
      expect(recognitions).toHaveLength(1);
      expect(problemText(recognitions[0].reason)).toBe("工作表“空表”是空的");
    });

    it("falls back to the content when a binding's template cannot be loaded", () => {
      const sheet = unitForm(supplies, { masks: 1 });
      const binding = { sheetName: sheet.name, templateId: "lost", templateVersion: "1", templateJson: "{broken" };
      expect(recognizeTemplate([sheet], [binding], BUILTIN_TEMPLATES)[0]).toMatchObject({ how: "content", template: { id: "supplies" } });
    });

    it("looks up the templates' earlier versions once per list of templates, not once per file", () => {
      // A consolidation recognises each of its files against one list: which earlier versions migrate
      // to which template is the same for every file.
      const templates = [...BUILTIN_TEMPLATES];
      const find = jest.spyOn(templates, "find");
      const { sheet, binding } = addInForm(supplies, { unit: "城关镇" }, { "masks.cumulative": "3" });
      recognizeTemplate([sheet], [binding], templates, { preferred: supplies });
      const first = find.mock.calls.length;
      expect(first).toBeGreaterThan(0);
      for (let file = 0; file < 3; file++) recognizeTemplate([sheet], [binding], templates, { preferred: supplies });
      expect(find.mock.calls.length).toBe(first);
      expect(recognizeTemplate([unitForm(supplies, { masks: 1 })], [], templates)[0]).toMatchObject({ how: "content", template: { id: "supplies" } });
    });

    it("checks the template a bound sheet stores only when its JSON states another version of the form", () => {
      // Every file of a consolidation made from today's form states today's version: none is checked by the
      // schema; a file made from an earlier version is, and read as that version laid it out.
      const checked = jest.fn();
      jest.isolateModules(() => {
        jest.doMock("../../../src/core/template/load-template", () => {
          const actual = jest.requireActual<typeof import("../../../src/core/template/load-template")>("../../../src/core/template/load-template");
          return { ...actual, checkTemplate: (...args: Parameters<typeof actual.checkTemplate>) => (checked(), actual.checkTemplate(...args)) };
        });
        const { recognizeTemplate: recognize } = jest.requireActual<typeof import("../../../src/core/recognize")>("../../../src/core/recognize");
        const today = addInForm(supplies, { unit: "城关镇" }, { "masks.cumulative": "3" });
        for (let file = 0; file < 3; file++) {
          const [recognition] = recognize([today.sheet], [today.binding], BUILTIN_TEMPLATES, { preferred: supplies });
          expect(recognition.report?.indicators["masks.cumulative"].value.value).toBe(3);
        }
        expect(checked).not.toHaveBeenCalled();
        const earlier = LEGACY_TEMPLATES.find((t) => t.id === "supplies")!;
        const old = addInForm(earlier, { unit: "城关镇" }, {});
        // The binding's own version field says today's: the JSON it keeps decides.
        const binding = { ...old.binding, templateVersion: supplies.version };
        const [recognition] = recognize([old.sheet], [binding], BUILTIN_TEMPLATES, { preferred: supplies });
        expect(checked).toHaveBeenCalledTimes(1);
        expect(recognition).toMatchObject({ how: "binding", template: { id: "supplies", version: supplies.version } });
      });
      jest.dontMock("../../../src/core/template/load-template");
    });

    it("takes a threshold", () => {
      const sheet = unitForm(supplies, {});
      expect(recognizeTemplate([sheet], [], BUILTIN_TEMPLATES, { threshold: 1.01 })[0].how).toBe("none");
    });
  });
});
