import { OfficeWorkbookView } from "../../../src/workbook/office";
import { ExcelFake } from "./_support/excel-fake";
import { eachHost } from "../../_support/strict-excel/each-host";

function setup() {
  const fake = new ExcelFake([{ name: "封面" }, { name: "统计表" }], { host: currentHost() });
  return { fake, view: new OfficeWorkbookView({ run: fake.run }) };
}

const currentHost = eachHost(() => {
  describe("OfficeWorkbookView", () => {
    it("names the sheet the clerk is looking at", async () => {
      const { fake, view } = setup();
      await fake.activate("统计表");
      expect(await view.activeSheetName()).toBe("统计表");
    });

    it("takes the clerk to a cell by activating its sheet", async () => {
      const { fake, view } = setup();
      await view.selectCell("统计表", "D7");
      expect(fake.activeName).toBe("统计表");
      expect(fake.sheet("统计表").selected).toBe("D7");
    });

    it("follows sheet changes until told to stop", async () => {
      const { fake, view } = setup();
      const seen: string[] = [];
      const stop = await view.onActiveSheetChanged((name) => seen.push(name));
      await fake.activate("统计表");
      await fake.activate("封面");
      await stop();
      await fake.activate("统计表");
      expect(seen).toEqual(["统计表", "封面"]);
    });

    it("puts the 综述 into the active cell as wrapped text, never as a formula", async () => {
      const { fake, view } = setup();
      await fake.activate("统计表");
      fake.selection = ["C4:D6"];
      await view.insertTextAtSelection("=一是全县共排查 300 人");
      const cell = fake.sheet("统计表").cell(3, 2)!;
      expect(cell).toMatchObject({ value: "=一是全县共排查 300 人", numberFormat: "@" });
      expect(cell.formula).toBeUndefined();
      expect(fake.sheet("统计表").formatAt("C4").wrapText).toBe(true);
    });

    describe("edge cases", () => {
      it("inserts into the active cell when the clerk has selected several ranges (Ctrl+click)", async () => {
        const { fake, view } = setup();
        await fake.activate("统计表");
        fake.selection = ["B2", "E5:F6"];
        await view.insertTextAtSelection("综述");
        expect(fake.sheet("统计表").at("B2")).toBe("综述");
      });

      it("names a missing sheet when asked to select in it", async () => {
        const { view } = setup();
        await expect(view.selectCell("不存在", "A1")).rejects.toMatchObject({ code: "sheet-not-found", message: expect.stringContaining("不存在") });
      });
    });
  });
});
