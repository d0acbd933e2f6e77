import { planSheet, type PlannedCell, type SheetPlan } from "../../../src/core/layout";
import { OfficeWorkbook, type OfficeWorkbookOptions } from "../../../src/workbook/office";
import { eachHost } from "../../_support/strict-excel/each-host";
import { HOSTS, type HostProfile } from "../../_support/strict-excel/strict-excel";
import { smallIndicatorTemplate } from "../../_support/template-factory";
import { ExcelFake, type Seeded, type SheetSeed } from "./_support/excel-fake";

/** What real Excel refuses and the office-addin-mock never did: found by the strict fake, one test a limit. */

function setup(host: HostProfile, seeds?: SheetSeed[], options: OfficeWorkbookOptions = {}) {
  const fake = new ExcelFake(seeds, { host });
  const sync = jest.spyOn(fake.mock.context, "sync");
  const workbook = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported, sleep: async () => undefined, ...options });
  return { fake, sync, workbook };
}

function indicatorPlan(name = "统计表"): SheetPlan {
  return planSheet(smallIndicatorTemplate(), { sheetName: name, header: { unit: "县卫健局" } });
}

/** A plan with `rows` × `cols` more cells of text below the form: a 来源清单 of a big consolidation. */
function bigPlan(rows: number, cols: number, text: (r: number, c: number) => string, name = "来源清单"): SheetPlan {
  const plan = indicatorPlan(name);
  const top = Math.max(...plan.cells.map((c) => c.row)) + 2;
  const extra: PlannedCell[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) extra.push({ row: top + r, col: c, value: text(r, c), style: "label", locked: true });
  return { ...plan, cells: [...plan.cells, ...extra] };
}

const currentHost = eachHost(() => {
  describe("OfficeWorkbook under Excel's documented limits", () => {
    it("replaces the very hidden 综述 data sheet when a workbook is consolidated a second time", async () => {
      const { fake, workbook } = setup(currentHost());
      const hidden = { ...indicatorPlan("_huibao_narrative"), veryHidden: true };
      await workbook.createSheet(hidden, { replace: true });
      await workbook.createSheet(hidden, { replace: true });
      expect(fake.names().filter((n) => n.startsWith("_huibao_narrative") || n.startsWith("~huibao"))).toEqual(["_huibao_narrative"]);
      expect(fake.sheet("_huibao_narrative").visibility).toBe("VeryHidden");
    });

    it("writes a plan bigger than one 5 MB request in parts, in a number of round trips set by its size", async () => {
      const { fake, workbook } = setup(currentHost());
      // 20,000 cells of 100 Chinese characters: about 6 MB of text.
      const plan = bigPlan(2_000, 10, (r, c) => `${r}-${c}` + "汇".repeat(100));
      await workbook.createSheet(plan);
      const sheet = fake.sheet("来源清单");
      expect(sheet.at("A1")).toBe("测试统计表");
      const last = plan.cells[plan.cells.length - 1];
      expect(String(sheet.cell(last.row, last.col)?.value)).toMatch(/^1999-9汇/);
      // Protected after its last part, as a form that fits in one request is.
      expect(sheet.protectCalls).toHaveLength(1);
    });

    it("lays out a plan of more than 125,000 cells (no spread of every cell into one call)", async () => {
      const { fake, workbook } = setup(currentHost());
      const plan = bigPlan(14_000, 10, (r, c) => (c === 0 ? `第${r}行` : ""));
      await workbook.createSheet(plan);
      const last = plan.cells[plan.cells.length - 10];
      expect(fake.sheet("来源清单").cell(last.row, 0)?.value).toBe("第13999行");
    });

    it("reads a sheet whose used range passes five million cells in parts, rather than crash on null values", async () => {
      const cells: Seeded[][] = [];
      cells[0] = ["甲"];
      cells[4_999] = [];
      cells[4_999][1_000] = 7;
      const { workbook } = setup(currentHost(), [{ name: "远处", cells }], { readChunkCells: 200_000 });
      const snapshot = await workbook.readSheet("远处");
      expect(snapshot.rows[0][0]).toBe("甲");
      expect(snapshot.rows[4_999][1_000]).toBe(7);
    }, 120_000);

    it("splits a part Excel refuses for its size into smaller parts", async () => {
      // 60,000 cells of 60 characters: too big for one response, and too big in parts of 50,000 cells.
      const rows: Seeded[][] = Array.from({ length: 6_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => `${r}:${c}` + "数".repeat(60)));
      const { workbook } = setup(currentHost(), [{ name: "明细", cells: rows }]);
      const snapshot = await workbook.readSheet("明细");
      expect(snapshot.rows).toHaveLength(6_000);
      expect(String(snapshot.rows[5_999][9])).toMatch(/^5999:9数/);
    }, 60_000);

    it("does not load formulas on a read: nothing downstream uses them and they double the response", async () => {
      const { fake, workbook } = setup(currentHost(), [{ name: "表", cells: [[1, 2]], formulas: { "0,1": "=A1*2" } }]);
      await workbook.readSheet("表");
      expect(fake.strict.used.has("Range.formulas")).toBe(false);
    });
  });
});

describe("OfficeWorkbook on an Excel between the requirement sets it checks", () => {
  it("indents 其中 rows only where RangeFormat.indentLevel exists (ExcelApi 1.9) and still creates the form before", async () => {
    const old = setup({ ...HOSTS.floor, name: "1.8", api: "1.8" });
    await old.workbook.createSheet(indicatorPlan());
    expect(old.fake.sheet("统计表").at("A1")).toBe("测试统计表");
    const recent = setup(HOSTS.newest);
    await recent.workbook.createSheet(indicatorPlan());
    const plan = indicatorPlan();
    const indented = plan.cells.find((c) => (c.indent ?? 0) > 0);
    if (!indented) throw new Error("the small template should have an indented 其中 row");
    const address = String.fromCharCode(65 + indented.col) + (indented.row + 1);
    expect(recent.fake.sheet("统计表").formatAt(address).indentLevel).toBe(indented.indent);
    expect(old.fake.sheet("统计表").formatAt(address).indentLevel).toBeUndefined();
  });
});
