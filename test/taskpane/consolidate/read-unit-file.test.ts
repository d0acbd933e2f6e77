import { createHash } from "node:crypto";
import { isUnreadableInput, type ReadInput } from "../../../src/core/consolidate";
import { readUnitFile } from "../../../src/taskpane/consolidate/read-unit-file";
import { smallIndicatorTemplate } from "../../_support/template-factory";
import { unitWorkbookBytes } from "../../_support/unit-file-factory";
import { problemText } from "../../../src/core/locale";

const template = smallIndicatorTemplate();

describe("readUnitFile", () => {
  it("reads a unit's workbook: its sheets, its template binding and its SHA-256", async () => {
    const bytes = await unitWorkbookBytes(template, { unit: "城关镇" }, { total: "12" });
    const input = await readUnitFile("城关镇.xlsx", bytes, 1700000000000);
    expect(isUnreadableInput(input)).toBe(false);
    const read = input as ReadInput;
    expect(read.fileName).toBe("城关镇.xlsx");
    expect(read.order).toBe(1700000000000);
    expect(read.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(read.sheets.map((s) => s.name)).toEqual([template.title]);
    expect(read.bindings?.map((b) => [b.sheetName, b.templateId])).toEqual([[template.title, template.id]]);
    expect(JSON.parse(read.bindings![0].templateJson).id).toBe(template.id);
  });

  describe("edge cases", () => {
    it("turns a file that is no workbook into an unreadable input whose reason names it", async () => {
      const bytes = new Uint8Array(Buffer.from("单位,数值\n城关镇,12\n", "utf8"));
      const input = await readUnitFile("城关镇.csv", bytes, 3);
      expect(isUnreadableInput(input)).toBe(true);
      if (!isUnreadableInput(input)) return;
      expect(input.error.code).toBe("not-a-workbook");
      expect("problem" in input.error ? problemText(input.error.problem) : input.error.message).toContain("城关镇.csv");
      expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it("reads a damaged file as unreadable, never throwing", async () => {
      const bytes = await unitWorkbookBytes(template, { unit: "城关镇" }, {});
      const input = await readUnitFile("坏文件.xlsx", bytes.slice(0, 200), 0);
      expect(isUnreadableInput(input)).toBe(true);
    });
  });
});
