import * as parse from "../../../src/core/parse/parse-value";
import { consolidate, type ConsolidationAudit, type ConsolidationResult } from "../../../src/core/consolidate";
import { problemText } from "../../../src/core/locale";
import { auditForConsolidation } from "../../../src/core/validate";
import { addInForm, inputOf, unitForm } from "../../_support/consolidate-factory";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";
import { stackedRows } from "../../_support/stacked-rows";

/**
 * Issue 17: the audit and the consolidation share one reading of each file. Every value below is
 * written only once in the files, so a value parsed twice is a cell read twice.
 */
function parsesPerValue(run: () => void): Map<unknown, number> {
  const spy = jest.spyOn(parse, "parseValue");
  try {
    run();
    const counts = new Map<unknown, number>();
    for (const [raw] of spy.mock.calls) {
      // An empty cell costs nothing to read; a date cell holds a Date, named by its day.
      if (raw === null || raw === undefined) continue;
      const key = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  } finally {
    spy.mockRestore();
  }
}

const twice = (counts: Map<unknown, number>) => [...counts].filter(([, n]) => n > 1);

describe("consolidate: one reading per file", () => {
  it("parses each cell of a ledger once, for the consolidation and the audit together", () => {
    const ledger = smallLedgerTemplate();
    const rows = Array.from({ length: 12 }, (_, i) => ({
      problem: `问题${i + 1}`,
      deadline: `2023-03-${String(i + 1).padStart(2, "0")}`,
      status: i === 5 ? "进行中" : "已完成",
      doneDate: `2023-02-${String(i + 1).padStart(2, "0")}`,
    }));
    const { sheet, binding } = addInForm(ledger, { unit: "教育局", reportDate: "2023-04-30" }, {}, rows);
    let result: ConsolidationResult | undefined;
    const counts = parsesPerValue(() => {
      result = consolidate([inputOf("a.xlsx", 1, sheet, [binding])], { template: ledger, validate: auditForConsolidation });
    });
    const findings = result!.findings.filter((f) => f.source === "validate").length;
    // The rows' dates are whole days, read as they stand (plainDate): parsed by neither; the report date once.
    expect(counts.get("2023-03-07")).toBeUndefined();
    expect(counts.get("2023-02-07")).toBeUndefined();
    expect(counts.get("2023-04-30")).toBe(1);
    expect(twice(counts)).toEqual([]);
    expect(findings).toBeGreaterThan(0);
  });

  it("audits a ledger's dates read as they stand as it audits them alone: the same findings, worded the same", () => {
    const ledger = smallLedgerTemplate({ comparisons: [{ left: "doneDate", op: "<=", right: "deadline", severity: "hint" }] });
    const rows = Array.from({ length: 8 }, (_, i) => ({
      problem: `问题${i + 1}`,
      deadline: `2023-03-0${i + 1}`,
      status: i === 5 ? "持续推进" : "已完成",
      // Done after the deadline from the 4th row, after the report date in the 7th, none in the 8th.
      doneDate: i === 7 ? "" : i === 6 ? "2023-05-02" : `2023-03-0${Math.min(9, i * 2)}`,
    }));
    const { sheet, binding } = addInForm(ledger, { unit: "教育局", reportDate: "2023-04-30" }, {}, rows);
    const pairs: Array<[ReturnType<typeof auditForConsolidation>, ReturnType<typeof auditForConsolidation>]> = [];
    const audit: ConsolidationAudit = (template, report, file, parsed, entries) => {
      const alone = auditForConsolidation(template, report, file);
      const shared = auditForConsolidation(template, report, file, parsed, entries);
      pairs.push([shared, alone]);
      return shared;
    };
    const result = consolidate([inputOf("a.xlsx", 1, sheet, [binding])], { template: ledger, validate: audit });
    const [[shared, alone]] = pairs;
    expect(shared).toEqual(alone);
    expect(shared.map((f) => f.code)).toEqual(expect.arrayContaining(["validate.comparison-in-row", "validate.done-after-report", "validate.done-without-date"]));
    expect(result.findings.filter((f) => f.source === "validate").map((f) => problemText(f))).toEqual(alone.map((f) => problemText(f)));
  });

  it("accounts for a ledger's values read as typed by counting them, listing only what there is something to say of", () => {
    const ledger = smallLedgerTemplate();
    const rows = Array.from({ length: 30 }, (_, i) => ({ problem: `问题${i + 1}`, deadline: "2023-03-01", status: i === 5 ? "进行中" : "已完成", doneDate: "2023-02-01" }));
    const { sheet, binding } = addInForm(ledger, { unit: "教育局" }, {}, rows);
    const result = consolidate([inputOf("a.xlsx", 1, sheet, [binding])], { template: ledger, validate: auditForConsolidation });
    const [account] = result.inputs;
    expect(account).toMatchObject({ status: "accepted", valuesRead: 120, valuesAccepted: 119, valuesRejected: 1, valuesBlank: 0, valuesUnlisted: 119 });
    // The one value not counted is listed with its reason; every row is stacked with its file, sheet and row.
    expect(account.values.map((v) => [v.status, v.raw])).toEqual([["rejected", "进行中"]]);
    expect(result.ledger!.rowCount).toBe(30);
    expect(new Set(stackedRows(result.ledger!).map((r) => `${r.file}|${r.sheet}|${r.row}`)).size).toBe(30);
  });

  it("parses each value of an indicator table once, for the consolidation and the audit together", () => {
    const template = smallIndicatorTemplate();
    const sheet = unitForm(template, { total: " 92 ", big: "3个", small: "89 ", resumed: "xx", funds: "12.5万" }, { unit: "城关镇" });
    let audited = 0;
    const counts = parsesPerValue(() => {
      const result = consolidate([inputOf("a.xlsx", 1, sheet)], { template, validate: auditForConsolidation });
      audited = result.findings.filter((f) => f.source === "validate").length;
    });
    expect(counts.get(" 92 ")).toBe(1);
    expect(twice(counts)).toEqual([]);
    expect(audited).toBeGreaterThan(0);
  });
});

describe("consolidate: what the audit is handed", () => {
  it("hands over the report date's parse by cell and a ledger's values in one array by row and column, no map entry for each", () => {
    const ledger = smallLedgerTemplate();
    const rows = Array.from({ length: 40 }, (_, i) => ({ problem: `问题${i + 1}`, deadline: "2023-03-01", status: "已完成", doneDate: "2023-02-01" }));
    const { sheet, binding } = addInForm(ledger, { unit: "教育局", reportDate: "2023-04-30" }, {}, rows);
    const handed: { byCell: number; entries: number; parses: number; asTyped: number }[] = [];
    const result = consolidate([inputOf("a.xlsx", 1, sheet, [binding])], {
      template: ledger,
      validate: (template, report, file, parsed, entries) => {
        const values = entries ?? [];
        handed.push({
          byCell: parsed?.size ?? -1,
          entries: values.length,
          parses: values.filter((v) => typeof v === "object").length,
          asTyped: values.filter((v) => typeof v === "string" || typeof v === "number").length,
        });
        return auditForConsolidation(template, report, file, parsed, entries);
      },
    });
    expect(result.inputs[0]).toMatchObject({ status: "accepted", valuesRead: 160 });
    // The report date by its cell; of the 40 rows × 4 columns, the two date columns parsed, the 80 texts read as typed.
    expect(handed).toEqual([{ byCell: 1, entries: 160, parses: 2 * 40, asTyped: 80 }]);
  });

  it("reads a ledger's entries in place: neither the consolidation nor its audit makes a cell object for each of its cells", () => {
    const ledger = smallLedgerTemplate();
    const rows = Array.from({ length: 40 }, (_, i) => ({ problem: `问题${i + 1}`, deadline: "2023-03-01", status: "已完成", doneDate: "2023-02-01" }));
    const { sheet, binding } = addInForm(ledger, { unit: "教育局", reportDate: "2023-04-30" }, {}, rows);
    const madeRows: boolean[] = [];
    const cellsMade: number[] = [];
    const result = consolidate([inputOf("a.xlsx", 1, sheet, [binding])], {
      template: ledger,
      validate: (template, report, file, parsed, entries) => {
        const findings = auditForConsolidation(template, report, file, parsed, entries);
        // The report's rows of cells are made when first read: still unmade, nothing read them.
        madeRows.push(Object.getOwnPropertyDescriptor(report, "rows")?.get === undefined);
        cellsMade.push(report.entries!.cells.filter(Boolean).length);
        return findings;
      },
    });
    expect(result.ledger!.rowCount).toBe(40);
    expect(madeRows).toEqual([false]);
    // None for the 80 dates, whole days read as they stand (the audit makes a date's only for a finding), none for the 80 texts.
    expect(cellsMade).toEqual([0]);
  });
});
