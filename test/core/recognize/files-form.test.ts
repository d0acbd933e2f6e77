import { planSheet } from "../../../src/core/layout";
import { filesForm } from "../../../src/core/recognize";
import type { SheetSnapshot } from "../../../src/core/sheet";
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from "../../../src/core/template";
import { sheetFromPlan } from "../../_support/sheet-factory";

const supplies = findBuiltinTemplate("supplies")!;
const blank = (): SheetSnapshot => ({ ...sheetFromPlan(planSheet(supplies)), name: "Sheet1" });

/** The built-in supplies form with a 上年同期 column added after its last value column, as an office might redraw it. */
function withLastYearColumn(): SheetSnapshot {
  const sheet = blank();
  const headRow = sheet.rows.findIndex((cells) => cells.includes("本期新增"));
  const note = sheet.rows[headRow].indexOf("备注");
  const rows = sheet.rows.map((cells) => {
    const copy = [...cells];
    while (copy.length < note) copy.push(null);
    copy.splice(note, 0, null);
    return copy;
  });
  rows[headRow][note] = "上年同期";
  // A unit filled it in for one row: a figure the built-in form has no place for.
  const masks = rows.findIndex((cells) => cells.includes("医用口罩"));
  rows[masks][note] = 12;
  return { ...sheet, rows, merges: [] };
}

describe("filesForm", () => {
  it("takes the known form for files that show it and nothing more", () => {
    const files = ["城关镇", "南湖乡"].map((unit) => ({ fileName: `${unit}.xlsx`, sheets: [blank()] }));
    expect(filesForm(files, BUILTIN_TEMPLATES)).toEqual({ template: supplies });
  });

  it("infers the files' own form where the known one would leave their cells out", () => {
    const files = ["城关镇", "南湖乡", "北山镇"].map((unit) => ({ fileName: `${unit}.xlsx`, sheets: [withLastYearColumn()] }));
    const form = filesForm(files, BUILTIN_TEMPLATES);
    expect(form?.inferred?.files).toBe(3);
    expect(form?.template.id).toMatch(/^form-/);
    expect(form?.template.kind === "indicators" && form.template.columns?.map((c) => c.label)).toEqual(["本期新增", "累计", "上年同期"]);
  });

  describe("edge cases", () => {
    it("keeps the known form when fewer files share the inferred one than hold the known", () => {
      const files = [
        { fileName: "a.xlsx", sheets: [blank()] },
        { fileName: "b.xlsx", sheets: [blank()] },
        { fileName: "c.xlsx", sheets: [withLastYearColumn()] },
      ];
      expect(filesForm(files, BUILTIN_TEMPLATES)?.template).toBe(supplies);
    });
  });
});
