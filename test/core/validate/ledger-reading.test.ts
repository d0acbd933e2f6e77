import { extractReport } from "../../../src/core/extract";
import type { CellValue, SheetSnapshot } from "../../../src/core/sheet";
import { findBuiltinTemplate } from "../../../src/core/template";
import type { LedgerTemplate } from "../../../src/core/template/types";
import { readLedgerReport } from "../../../src/core/consolidate/_lib/read-ledger-report";
import { ledgerRowCount } from "../../../src/core/consolidate/ledger-rows";
import { readReport, validateReport } from "../../../src/core/validate";

const ledger = findBuiltinTemplate("rectification") as LedgerTemplate;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HEAD = ["序号", "方面", "项", "问题序号", "问题表述", "整改措施", "责任领导", "牵头股室", "整改时限", "整改状态", "完成日期", "建立完善制度（项）", "备注"];

/** A rectification ledger as a unit's file holds it: numbers as numbers, dates as dates, under the form's heads. */
function ledgerSheet(rows: CellValue[][]): SheetSnapshot {
  return { name: "台账", visibility: "visible", merges: [], rows: [["巡察整改台账"], ["填报单位：", "教育局"], ["报出日期：", day("2023-04-30")], HEAD, ...rows] };
}

const clean = (i: number): CellValue[] => [i, "作风", "甲项", i, `问题${i}`, "措施", "张三", "办公室", day("2023-03-01"), "已完成", day("2023-02-01"), 2, "无"];

describe("the audit of a ledger: read in place", () => {
  it("makes no reading for values that read as they stand: of 300 rows × 12 columns, the 600 dates are the cells' own Dates", () => {
    const sheet = ledgerSheet(Array.from({ length: 300 }, (_, i) => clean(i + 1)));
    const report = extractReport(ledger, sheet);
    const reading = readReport(ledger, report, "单位.xlsx");
    const values = reading.entries.values;
    expect(values).toHaveLength(300 * ledger.columns.length);
    const dates = values.filter((v) => v instanceof Date);
    expect(dates).toHaveLength(600);
    expect(dates[0]).toBe(sheet.rows[4][8]);
    // The rest are the values themselves, as typed: no object for any of them.
    expect(values.filter((v) => typeof v === "string" || typeof v === "number")).toHaveLength(300 * 10);
  });

  it("says of plain numbers and texts what it says of every cell read in full, in the same order", () => {
    const rows: CellValue[][] = [
      clean(1),
      [2, "作风", "甲项", 0, "问题二", "措施", "张三", "办公室", day("2023-03-01"), "已完成", day("2023-03-05"), 2.5, ""],
      [3, "作风", "甲项", 3, "问题1", "措施", "张三", "办公室", day("2023-03-01"), "已完成", null, -1, "备注"],
      [4, "作风 ", "乙项", 4, "问题四", "措施", "李四", "办公室", "2023-03-01", "持续推进", "", 1e6, "xx"],
      [5, "组织", "丙项", 5.5, "问题五", "措施", "王五", "组织部", 45000, "立行立改", 45001, 3, null],
      [6, "组织", "丙项", "6", "  ", "措施", "王五", "组织部", day("2023-03-01"), "未知", day("2023-05-09"), "3个", null],
      [7, "组织", "丁项", 7, "问题七", "措施", "王五", "组织部", day("2023-03-01"), "已完成", day("2023-05-09"), 1.25, "约"],
      [8, "作风", "甲项", 8, "问题 1", "措施", "张三", "办公室", "三月", "已完成", "2023年2月30日", 300, "—"],
    ];
    const findings = validateReport(readReport(ledger, extractReport(ledger, ledgerSheet(rows)), "单位.xlsx"));
    // What the audit said when it made a reading for each cell (main before issue 17), finding for finding.
    expect(findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual([
      "validate.required@E10",
      "validate.placeholder@M8",
      "validate.not-integer@L6",
      "validate.below-min@L7",
      "validate.invalid@J10",
      "validate.invalid@L10",
      "validate.not-integer@L11",
      "validate.invalid@I12",
      "validate.invalid@K12",
      "validate.comparison-in-row@K6",
      "validate.comparison-in-row@K9",
      "validate.comparison-in-row@K10",
      "validate.comparison-in-row@K11",
      "validate.done-without-date@K7",
      "validate.done-after-report@K11",
      "validate.duplicate-row@B7",
      "validate.duplicate-row@B12",
    ]);
    expect(findings.find((f) => f.location.cell === "L6")).toMatchObject({ indicator: "建立完善制度", input: "2.5", params: { label: "建立完善制度", value: 2.5 } });
    expect(findings.find((f) => f.location.cell === "B7")).toMatchObject({ indicator: "方面", input: "作风", params: { row: 7, other: 5 } });
  });
});

describe("a ledger report holding rows but no entries", () => {
  it("is refused by the audit's reading and by the consolidation's, not read as a ledger of no rows", () => {
    const made = extractReport(ledger, ledgerSheet([clean(1), clean(2)]));
    // As a report made by hand would be: its rows of cells, without the entries extractLedger keeps.
    const byHand = { ...made, rows: made.rows, entries: undefined };
    expect(byHand.rows).toHaveLength(2);
    expect(() => readReport(ledger, byHand, "单位.xlsx")).toThrow(/rows but no entries/);
    expect(() => readLedgerReport(ledger, byHand, { unit: "教育局", file: "单位.xlsx" })).toThrow(/rows but no entries/);
  });
});

describe("a ledger report extracted by another template's columns", () => {
  it("is refused by the audit's reading and by the consolidation's: read by index, each value would land under another column", () => {
    // The same form with two columns swapped (as another version of it might lay them out): the same heads, other places.
    const [first, second, ...rest] = ledger.columns;
    const swapped: LedgerTemplate = { ...ledger, version: "0.9.0", columns: [second, first, ...rest] };
    const made = extractReport(swapped, ledgerSheet([clean(1), clean(2)]));
    expect(made.entries?.rows).toHaveLength(2);
    expect(() => readReport(ledger, made, "单位.xlsx")).toThrow(/extracted by the columns/);
    expect(() => readLedgerReport(ledger, made, { unit: "教育局", file: "单位.xlsx" })).toThrow(/extracted by the columns/);
    // Read by its own template, it reads as before.
    expect(ledgerRowCount(readLedgerReport(swapped, made, { unit: "教育局", file: "单位.xlsx" }).rows)).toBe(2);
  });
});
