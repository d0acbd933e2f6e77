import { MARKS_SHEET } from "../../../src/workbook";
import { OfficeFindingMarker } from "../../../src/workbook/office";
import { findingAt, manyFindings } from "../_support/finding-factory";
import { MarkExcelFake, type MarkSheetSeed } from "./_support/mark-excel-fake";
import { workbookErrorOf } from "./_support/workbook-error-of";
import { eachHost } from "../../_support/strict-excel/each-host";
import { HOSTS } from "../../_support/strict-excel/strict-excel";

/** A 统计表 whose input cells C2:C400 carry the template's light yellow, C1 none. */
function statSheet(overrides: Partial<MarkSheetSeed> = {}): MarkSheetSeed {
  const fills: Record<string, string> = {};
  for (let r = 2; r <= 400; r++) fills[`C${r}`] = "FFF8E1";
  return { name: "统计表", fills, ...overrides };
}

function setup(seeds: MarkSheetSeed[] = [statSheet()], options: ConstructorParameters<typeof MarkExcelFake>[1] = {}) {
  const fake = new MarkExcelFake(seeds, options.api || options.host ? options : { ...options, host: currentHost() });
  // Spy after constructing: the mock's own sync keeps doing its load bookkeeping underneath.
  const sync = jest.spyOn(fake.mock.context, "sync");
  const marker = new OfficeFindingMarker({ run: fake.run, isSetSupported: fake.isSetSupported, sleep: async () => undefined });
  return { fake, sync, marker };
}

const REQUIRED_NOTE = "【错误】「摸排人员」未填写（建议：如实填写；没有发生的填 0）";

const currentHost = eachHost(() => {
  describe("OfficeFindingMarker.mark", () => {
    it("fills each finding's cell by severity and attaches a note with the message and the fix", async () => {
      const { fake, marker } = setup();
      await marker.mark("统计表", [findingAt("C2"), findingAt("C3", "verify"), findingAt("C4", "hint")]);
      const sheet = fake.sheet("统计表");
      expect([sheet.fills.get("C2"), sheet.fills.get("C3"), sheet.fills.get("C4")]).toEqual(["FFC7CE", "FFEB9C", "DDEBF7"]);
      expect(fake.notesOf("统计表").get("C2")).toBe(REQUIRED_NOTE);
      expect(fake.notesOf("统计表").get("C3")).toMatch(/^【核实】.*（建议：在备注栏写明原因）$/);
    });

    it("puts several findings on one cell into one note, a line each, filled by the most severe", async () => {
      const { fake, marker } = setup();
      await marker.mark("统计表", [findingAt("C2", "hint"), findingAt("C2", "error")]);
      const sheet = fake.sheet("统计表");
      expect(sheet.fills.get("C2")).toBe("FFC7CE");
      expect(fake.notesOf("统计表").get("C2")!.split("\n").map((l) => l.slice(0, 4))).toEqual(["【错误】", "【提示】"]);
    });

    it("remembers the marks in a very hidden sheet", async () => {
      const { fake, marker } = setup();
      await marker.mark("统计表", [findingAt("C2")]);
      const store = fake.sheet(MARKS_SHEET);
      expect(store.visibility).toBe("VeryHidden");
      expect(store.rows()[1].slice(0, 5)).toEqual(["统计表", "C2", "FFF8E1", "FFC7CE", REQUIRED_NOTE]);
      expect(store.formats.get("B2")).toBe("@");
    });

    it("takes off the previous run's marks first, restoring each original fill, even from a new session", async () => {
      const { fake, marker } = setup();
      await marker.mark("统计表", [findingAt("C1"), findingAt("C2"), findingAt("C3", "hint")]);
      // The task pane was closed and opened again: a new marker knows the marks only from the workbook.
      const next = new OfficeFindingMarker({ run: fake.run, isSetSupported: fake.isSetSupported });
      await next.mark("统计表", [findingAt("C3", "error")]);
      const sheet = fake.sheet("统计表");
      expect(sheet.fills.has("C1")).toBe(false);
      expect(sheet.fills.get("C2")).toBe("FFF8E1");
      expect(sheet.fills.get("C3")).toBe("FFC7CE");
      expect([...fake.notesOf("统计表").keys()]).toEqual(["C3"]);
      expect(fake.notesOf("统计表").get("C3")).toBe(REQUIRED_NOTE);
      // Cleared now, C3 goes back to the template's colour, not to last run's light blue.
      await next.clear("统计表");
      expect(sheet.fills.get("C3")).toBe("FFF8E1");
      expect(fake.notesOf("统计表").size).toBe(0);
    });

    it("leaves a cell the clerk re-coloured since, and a note the clerk edited", async () => {
      const { fake, marker } = setup();
      await marker.mark("统计表", [findingAt("C2"), findingAt("C3")]);
      const sheet = fake.sheet("统计表");
      sheet.fills.set("C2", "00B050");
      fake.annotate("统计表", "C3", "已与乡镇核对，数据无误");
      await marker.clear();
      expect(sheet.fills.get("C2")).toBe("00B050");
      expect(fake.notesOf("统计表").has("C2")).toBe(false);
      expect(sheet.fills.get("C3")).toBe("FFF8E1");
      expect(fake.notesOf("统计表").get("C3")).toBe("已与乡镇核对，数据无误");
    });

    it("fills a cell that carries the clerk's own note but leaves the note alone", async () => {
      const { fake, marker } = setup([statSheet({ notes: { C2: "含外地返乡人员" } })]);
      await marker.mark("统计表", [findingAt("C2")]);
      await marker.clear("统计表");
      const sheet = fake.sheet("统计表");
      expect(fake.notesOf("统计表").get("C2")).toBe("含外地返乡人员");
      expect(sheet.fills.get("C2")).toBe("FFF8E1");
    });

    it("unprotects a sheet protected by the add-in for the marks and protects it again with its own options", async () => {
      const { fake, marker } = setup([statSheet({ protected: true })]);
      await marker.mark("统计表", [findingAt("C2")]);
      await marker.clear("统计表");
      const sheet = fake.sheet("统计表");
      expect(sheet.fills.get("C2")).toBe("FFF8E1");
      expect(sheet.protected).toBe(true);
      expect(sheet.unprotectCalls).toBe(2);
      expect(sheet.protectCalls).toEqual([sheet.options, sheet.options]);
    });

    it("costs the same round trips for 3 findings and for 300", async () => {
      const count = async (findings: number) => {
        const { sync, marker } = setup();
        await marker.mark("统计表", manyFindings(findings));
        const first = sync.mock.calls.length;
        await marker.mark("统计表", manyFindings(findings).reverse());
        const again = sync.mock.calls.length - first;
        await marker.clear();
        return [first, again, sync.mock.calls.length - first - again];
      };
      const few = await count(3);
      // Probe → cells → write; then probe → read the marks → cells → write, for marking again and for clearing.
      expect(few).toEqual([3, 4, 4]);
      expect(await count(300)).toEqual(few);
    });

    describe("one workbook, Excels of two kinds", () => {
      it("takes off, on an Excel with notes, the threaded comments an older Excel marked with", async () => {
        const { fake } = setup([statSheet()], { host: HOSTS.comments });
        await new OfficeFindingMarker({ run: fake.run, isSetSupported: fake.isSetSupported }).mark("统计表", [findingAt("C2")]);
        expect(fake.commentTexts()).toEqual({ "统计表!C2": REQUIRED_NOTE });
        fake.openIn(HOSTS.newest);
        await new OfficeFindingMarker({ run: fake.run, isSetSupported: fake.isSetSupported }).clear();
        expect(fake.notesOf("统计表").size).toBe(0);
        expect(fake.sheet("统计表").fills.get("C2")).toBe("FFF8E1");
      });

      it("remembers, on an Excel without notes, the notes it cannot see, so an Excel with notes takes them off", async () => {
        const { fake } = setup([statSheet()], { host: HOSTS.newest });
        await new OfficeFindingMarker({ run: fake.run, isSetSupported: fake.isSetSupported }).mark("统计表", [findingAt("C2")]);
        fake.openIn(HOSTS.comments);
        await new OfficeFindingMarker({ run: fake.run, isSetSupported: fake.isSetSupported }).clear();
        expect(fake.sheet("统计表").fills.get("C2")).toBe("FFF8E1");
        fake.openIn(HOSTS.newest);
        await new OfficeFindingMarker({ run: fake.run, isSetSupported: fake.isSetSupported }).clear();
        expect(fake.notesOf("统计表").size).toBe(0);
      });
    });

    describe("older Excel", () => {
      it("writes threaded comments where notes are not offered (ExcelApi 1.10–1.17) and takes them off again", async () => {
        const { fake, marker } = setup([statSheet()], { api: "1.17", comments: [{ sheet: "统计表", cell: "D9", content: "请科长审阅" }] });
        await marker.mark("统计表", [findingAt("C2"), findingAt("C3", "hint")]);
        expect(fake.commentTexts()).toEqual({ "统计表!D9": "请科长审阅", "统计表!C2": REQUIRED_NOTE, "统计表!C3": expect.stringMatching(/^【提示】/) });
        await marker.mark("统计表", [findingAt("C3")]);
        expect(fake.commentTexts()).toEqual({ "统计表!D9": "请科长审阅", "统计表!C3": REQUIRED_NOTE });
        await marker.clear();
        expect(fake.commentTexts()).toEqual({ "统计表!D9": "请科长审阅" });
      });

      it("marks with fills only before ExcelApi 1.10, taking white for no fill where the pattern cannot be read", async () => {
        const { fake, marker } = setup([statSheet({ fills: { C2: "FFF8E1" } })], { api: "1.7" });
        await marker.mark("统计表", [findingAt("C2"), findingAt("C3")]);
        const sheet = fake.sheet("统计表");
        expect([sheet.fills.get("C2"), sheet.fills.get("C3")]).toEqual(["FFC7CE", "FFC7CE"]);
        expect(fake.sheet(MARKS_SHEET).rows()[1][4]).toBe("");
        await marker.clear();
        expect(sheet.fills.get("C2")).toBe("FFF8E1");
        expect(sheet.fills.has("C3")).toBe(false);
      });
    });

    describe("edge cases", () => {
      it("marks only the findings located on the sheet", async () => {
        const { fake, marker } = setup([statSheet(), { name: "台账" }]);
        await marker.mark("统计表", [findingAt("C2"), findingAt("B3", "error", { sheet: "台账" })]);
        expect(fake.sheet("台账").fills.size).toBe(0);
      });

      it("keeps the marks of other sheets when one sheet is marked again or cleared", async () => {
        const { fake, marker } = setup([statSheet(), { name: "台账" }]);
        await marker.mark("台账", [findingAt("B3", "error", { sheet: "台账" })]);
        await marker.mark("统计表", [findingAt("C2")]);
        await marker.clear("统计表");
        expect(fake.sheet("台账").fills.get("B3")).toBe("FFC7CE");
        await marker.clear();
        expect(fake.sheet("台账").fills.size).toBe(0);
        expect(fake.sheet(MARKS_SHEET).rows()).toHaveLength(1);
      });

      it("forgets the marks of a sheet deleted since, without failing", async () => {
        const { fake, marker } = setup([statSheet(), { name: "台账" }]);
        await marker.mark("台账", [findingAt("B3", "error", { sheet: "台账" })]);
        fake.sheets.splice(fake.sheets.indexOf(fake.sheet("台账")), 1);
        await marker.clear();
        expect(fake.sheet(MARKS_SHEET).rows()).toHaveLength(1);
      });

      it("does not create the marks sheet when there is nothing to mark, and clears nothing in one round trip", async () => {
        const { fake, sync, marker } = setup();
        await marker.mark("统计表", []);
        await marker.clear();
        expect(fake.sheets.map((s) => s.name)).toEqual(["统计表"]);
        expect(sync.mock.calls.length).toBe(2);
      });

      it("names the sheet when it is not in the workbook", async () => {
        const { marker } = setup();
        const error = await workbookErrorOf(marker.mark("汇总表", [findingAt("C2", "error", { sheet: "汇总表" })]));
        expect(error.code).toBe("sheet-not-found");
        expect(error.message).toContain("汇总表");
      });
    });
  });

  describe("OfficeFindingMarker.acceptWithNote", () => {
    it("writes the 说明 into the 备注 cell, after what the clerk wrote there", async () => {
      const { fake, sync, marker } = setup([statSheet({ values: { F3: "含外地返乡人员" } })]);
      await marker.acceptWithNote("统计表", "F2", "新建方舱医院，床位增加");
      await marker.acceptWithNote("统计表", "f3", "新建方舱医院");
      expect(fake.sheet("统计表").values.get("F2")).toBe("新建方舱医院，床位增加");
      expect(fake.sheet("统计表").values.get("F3")).toBe("含外地返乡人员；新建方舱医院");
      expect(sync.mock.calls.length).toBe(4);
    });

    it("writes a 说明 Excel would take for a formula or a number as text, on a protected sheet too", async () => {
      const { fake, marker } = setup([statSheet({ protected: true })]);
      await marker.acceptWithNote("统计表", "F2", "=比上期多80人");
      const sheet = fake.sheet("统计表");
      expect(sheet.values.get("F2")).toBe("=比上期多80人");
      expect(sheet.formats.get("F2")).toBe("@");
      expect(sheet.protected).toBe(true);
      expect(sheet.protectCalls).toEqual([sheet.options]);
    });

    describe("edge cases", () => {
      it("refuses an empty 说明 or an address that is not a cell, naming the sheet", async () => {
        const { sync, marker } = setup();
        await expect(marker.acceptWithNote("统计表", "F2", "  ")).rejects.toThrow("统计表");
        await expect(marker.acceptWithNote("统计表", "备注", "原因")).rejects.toThrow("备注");
        expect(sync).not.toHaveBeenCalled();
      });
    });
  });
});
