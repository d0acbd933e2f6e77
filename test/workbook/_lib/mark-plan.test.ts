import { acceptedNoteText } from "../../../src/workbook/_lib/mark-accept";
import { findingsByCell, MARK_FILLS, planClear, planMarks, type CellLook, type LookOf } from "../../../src/workbook/_lib/mark-plan";
import { marksToRows, rowsToMarks, type StoredMark } from "../../../src/workbook/_lib/mark-rows";
import { findingAt } from "../_support/finding-factory";

/** Looks by "sheet!cell"; a cell not listed is plain (no fill, no note); a sheet not in `sheets` is gone. */
function looks(cells: Record<string, Partial<CellLook>> = {}, sheets = ["统计表", "台账"]): LookOf {
  return (sheet, cell) => (sheets.includes(sheet) ? { fill: null, note: null, ...cells[`${sheet}!${cell}`] } : undefined);
}

function stored(cell: string, overrides: Partial<StoredMark> = {}): StoredMark {
  return { sheet: "统计表", cell, original: null, mark: MARK_FILLS.error, note: "【错误】旧", ...overrides };
}

const REQUIRED_NOTE = "【错误】「摸排人员」未填写（建议：如实填写；没有发生的填 0）";

describe("findingsByCell", () => {
  it("writes each finding as 【severity】message（建议：fix）", () => {
    const [cell] = findingsByCell("统计表", [findingAt("C5")]);
    expect(cell).toEqual({ cell: "C5", severity: "error", note: REQUIRED_NOTE });
  });

  it("gathers several findings on one cell into one note, most severe first, and fills by the worst", () => {
    const [cell] = findingsByCell("统计表", [findingAt("C5", "hint"), findingAt("C5", "error"), findingAt("C5", "verify")]);
    expect(cell.severity).toBe("error");
    const lines = cell.note.split("\n");
    expect(lines.map((l) => l.slice(0, 4))).toEqual(["【错误】", "【核实】", "【提示】"]);
    expect(lines[2]).not.toContain("建议");
  });

  describe("edge cases", () => {
    it("leaves out findings of other sheets and locations that are not a cell", () => {
      const found = findingsByCell("统计表", [findingAt("C5", "error", { sheet: "台账" }), findingAt("整表"), findingAt("D6")]);
      expect(found.map((f) => f.cell)).toEqual(["D6"]);
    });

    it("treats $c$5, c5 and C5 as one cell, a sheet name in another case as the same sheet, and a repeated line once", () => {
      const found = findingsByCell("统计表", [findingAt("$c$5"), findingAt("C5", "error", { sheet: "统计表" }), findingAt("c5")]);
      expect(found).toEqual([{ cell: "C5", severity: "error", note: REQUIRED_NOTE }]);
      expect(findingsByCell("SHEET1", [findingAt("A1", "hint", { sheet: "Sheet1" })])).toHaveLength(1);
    });
  });
});

describe("planMarks", () => {
  it("fills each cell by severity, adds the note and remembers the cell's look before", () => {
    const plan = planMarks({
      sheet: "统计表",
      findings: [findingAt("C5"), findingAt("C6", "verify"), findingAt("C7", "hint")],
      stored: [],
      lookOf: looks({ "统计表!C5": { fill: "FFF8E1" } }),
      notes: true,
    });
    expect(plan.changes.map((c) => [c.cell, c.fill?.colour])).toEqual([
      ["C5", "FFC7CE"],
      ["C6", "FFEB9C"],
      ["C7", "DDEBF7"],
    ]);
    expect(plan.changes[0].note).toEqual({ text: REQUIRED_NOTE });
    expect(plan.store.map((m) => [m.cell, m.original, m.mark])).toEqual([
      ["C5", "FFF8E1", "FFC7CE"],
      ["C6", null, "FFEB9C"],
      ["C7", null, "DDEBF7"],
    ]);
    expect(plan.store[0].note).toBe(REQUIRED_NOTE);
  });

  it("takes off last run's marks that are not found again, and changes a cell found again only once", () => {
    const previous = [stored("C5", { original: "FFF8E1", note: "【错误】旧" }), stored("C9", { original: null, note: "【错误】旧九" })];
    const plan = planMarks({
      sheet: "统计表",
      findings: [findingAt("C5", "verify")],
      stored: previous,
      lookOf: looks({ "统计表!C5": { fill: "FFC7CE", note: "【错误】旧" }, "统计表!C9": { fill: "FFC7CE", note: "【错误】旧九" } }),
      notes: true,
    });
    const byCell = Object.fromEntries(plan.changes.map((c) => [c.cell, c]));
    expect(byCell.C9).toEqual({ sheet: "统计表", cell: "C9", fill: { colour: null }, note: "remove" });
    expect(byCell.C5.fill).toEqual({ colour: "FFEB9C" });
    expect(byCell.C5.note).toEqual({ text: expect.stringContaining("【核实】") });
    // The original is the template's colour, not last run's mark.
    expect(plan.store).toEqual([expect.objectContaining({ cell: "C5", original: "FFF8E1", mark: "FFEB9C" })]);
  });

  it("keeps other sheets' marks in the store untouched", () => {
    const other = stored("B2", { sheet: "台账" });
    const plan = planMarks({ sheet: "统计表", findings: [findingAt("C5")], stored: [other], lookOf: looks(), notes: true });
    expect(plan.store).toContainEqual(other);
    expect(plan.changes.every((c) => c.sheet === "统计表")).toBe(true);
  });

  it("gives a cell that carries the clerk's own note the fill only", () => {
    const plan = planMarks({ sheet: "统计表", findings: [findingAt("C5")], stored: [], lookOf: looks({ "统计表!C5": { note: "数据来自乡镇上报" } }), notes: true });
    expect(plan.changes[0]).toEqual({ sheet: "统计表", cell: "C5", fill: { colour: "FFC7CE" }, note: "keep" });
    expect(plan.store[0].note).toBe("");
  });

  it("adds no notes where the host cannot hold them", () => {
    const plan = planMarks({ sheet: "统计表", findings: [findingAt("C5")], stored: [], lookOf: looks(), notes: false });
    expect(plan.changes[0].note).toBe("keep");
    expect(plan.store[0].note).toBe("");
  });

  describe("edge cases", () => {
    it("leaves a cell the clerk re-coloured since, and takes the clerk's colour as the original when it is marked again", () => {
      const lookOf = looks({ "统计表!C5": { fill: "00B050", note: "【错误】旧" } });
      const again = planMarks({ sheet: "统计表", findings: [findingAt("C5")], stored: [stored("C5", { original: "FFF8E1" })], lookOf, notes: true });
      expect(again.store[0].original).toBe("00B050");
      const cleared = planClear([stored("C5", { original: "FFF8E1" })], lookOf);
      expect(cleared.changes).toEqual([{ sheet: "统计表", cell: "C5", note: "remove" }]);
    });

    it("keeps a note the clerk has edited, and then adds none on top of it", () => {
      const lookOf = looks({ "统计表!C5": { fill: "FFC7CE", note: "【错误】旧——已与乡镇核对" } });
      const plan = planMarks({ sheet: "统计表", findings: [findingAt("C5")], stored: [stored("C5")], lookOf, notes: true });
      expect(plan.changes[0]).toEqual({ sheet: "统计表", cell: "C5", fill: { colour: "FFC7CE" }, note: "keep" });
      expect(plan.store[0].note).toBe("");
    });

    it("takes a note back with \\r\\n line ends as ours", () => {
      const lookOf = looks({ "统计表!C5": { fill: "FFC7CE", note: "【错误】一\r\n【提示】二" } });
      expect(planClear([stored("C5", { note: "【错误】一\n【提示】二" })], lookOf).changes[0].note).toBe("remove");
    });

    it("carries an exact fill through a re-mark so the file adapter can restore a theme colour", () => {
      const plan = planMarks({
        sheet: "统计表",
        findings: [findingAt("C5")],
        stored: [],
        lookOf: looks({ "统计表!C5": { fill: null, exactFill: '{"type":"pattern","pattern":"solid","fgColor":{"theme":4}}' } }),
        notes: true,
      });
      expect(plan.store[0].exactFill).toContain("theme");
      expect(planClear(plan.store, looks({ "统计表!C5": { fill: "FFC7CE" } })).changes[0].fill).toEqual({ colour: null, exactFill: plan.store[0].exactFill });
    });
  });
});

describe("planClear", () => {
  const both = [stored("C5", { original: "FFF8E1" }), stored("B2", { sheet: "台账", note: "" })];
  const marked = looks({ "统计表!C5": { fill: "FFC7CE", note: "【错误】旧" }, "台账!B2": { fill: "FFC7CE" } });

  it("restores one sheet and keeps the other's marks", () => {
    const plan = planClear(both, marked, "统计表");
    expect(plan.changes).toEqual([{ sheet: "统计表", cell: "C5", fill: { colour: "FFF8E1" }, note: "remove" }]);
    expect(plan.store).toEqual([both[1]]);
  });

  it("restores every sheet when none is named", () => {
    const plan = planClear(both, marked);
    expect(plan.changes.map((c) => `${c.sheet}!${c.cell}`)).toEqual(["统计表!C5", "台账!B2"]);
    expect(plan.store).toEqual([]);
  });

  describe("edge cases", () => {
    it("forgets the marks of a sheet that is gone", () => {
      const plan = planClear(both, looks({}, ["统计表"]));
      expect(plan.store).toEqual([]);
      expect(plan.changes.map((c) => c.sheet)).toEqual([]);
    });
  });
});

describe("the marks sheet's rows", () => {
  it("round-trips marks, with no fill as none and the exact fill when there is one", () => {
    const marks = [stored("C5", { original: "FFF8E1" }), stored("C6", { exactFill: '{"theme":4}', note: "" })];
    const rows = marksToRows(marks);
    expect(rows[2][2]).toBe("none");
    expect(rowsToMarks(rows)).toEqual(marks);
  });

  describe("edge cases", () => {
    it("skips rows that are not marks and reads empty cells as nothing", () => {
      const rows = [["sheet"], ["统计表", "C5", "FFF8E1", "FFC7CE", null], ["统计表", "", "none", "FFC7CE"], ["随手写的", "C1", "none", "红色"], []];
      expect(rowsToMarks(rows)).toEqual([{ sheet: "统计表", cell: "C5", original: "FFF8E1", mark: "FFC7CE", note: "" }]);
    });
  });
});

describe("acceptedNoteText", () => {
  it("writes the 说明 into an empty 备注 and adds it after what the clerk wrote before", () => {
    expect(acceptedNoteText("", " 新建方舱医院 ")).toBe("新建方舱医院");
    expect(acceptedNoteText("含外地返乡人员", "新建方舱医院")).toBe("含外地返乡人员；新建方舱医院");
  });

  describe("edge cases", () => {
    it("does not repeat a 说明 accepted twice, and takes an edited whole 备注 as it is", () => {
      expect(acceptedNoteText("含外地返乡人员；新建方舱医院", "新建方舱医院")).toBe("含外地返乡人员；新建方舱医院");
      expect(acceptedNoteText("含外地返乡人员", "含外地返乡人员，另新建方舱医院")).toBe("含外地返乡人员，另新建方舱医院");
    });
  });
});
