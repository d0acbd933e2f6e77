import { emptyFormState, formToCells, sheetToForm } from "../../../src/core/form";
import { planSheet, type SheetPlan } from "../../../src/core/layout";
import { message } from "../../../src/core/locale";
import { METADATA_SHEET } from "../../../src/workbook/_lib/binding-rows";
import { OfficeWorkbook, type ExcelBatch, type ExcelRun, type OfficeWorkbookOptions, type SkippedFeature } from "../../../src/workbook/office";
import type { CellWrite, TemplateBinding } from "../../../src/workbook/port";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";
import { workbookErrorOf } from "./_support/workbook-error-of";
import { ExcelFake, officeError, type SheetSeed } from "./_support/excel-fake";
import { eachHost } from "../../_support/strict-excel/each-host";
import { versionAtLeast } from "../../_support/strict-excel/strict-excel";

function setup(seeds?: SheetSeed[], options: OfficeWorkbookOptions & { api?: string } = {}) {
  const { api, ...rest } = options;
  const fake = new ExcelFake(seeds, api ? { api } : { host: currentHost() });
  // Spy after constructing: the mock's own sync keeps doing its load bookkeeping underneath.
  const sync = jest.spyOn(fake.mock.context, "sync");
  const workbook = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported, sleep: async () => undefined, ...rest });
  return { fake, sync, workbook };
}

function ledgerPlan(rows: number, name = "台账"): SheetPlan {
  return planSheet(smallLedgerTemplate({ initialRows: rows }), { sheetName: name });
}

function indicatorPlan(name = "统计表", title?: string): SheetPlan {
  return planSheet(smallIndicatorTemplate(title ? { title } : {}), { sheetName: name, header: { unit: "县卫健局" } });
}

/** A rectangle of writes: `rows` × `cols` starting at (top, left). */
function grid(top: number, left: number, rows: number, cols: number, value: (r: number, c: number) => CellWrite["value"]): CellWrite[] {
  const writes: CellWrite[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) writes.push({ row: top + r, col: left + c, value: value(r, c) });
  return writes;
}

function binding(sheetName: string, templateJson = `{"id":"${sheetName}"}`): TemplateBinding {
  return { sheetName, templateId: "small", templateVersion: "1.0.0", templateJson };
}

const currentHost = eachHost(() => {
  describe("OfficeWorkbook.createSheet", () => {
    it("lays out the plan's values, merges, column widths, freeze panes, print setup and protection", async () => {
      const { fake, workbook } = setup();
      const plan = indicatorPlan();
      await workbook.createSheet(plan);
      const sheet = fake.sheet("统计表");
      expect(sheet.at("A1")).toBe("测试统计表");
      expect(sheet.mergedAreas()).toHaveLength(plan.merges.length);
      expect(sheet.mergedAreas()[0]).toMatch(/^A1:[A-Z]+1$/);
      const unit = plan.anchors.header.unit!;
      expect(sheet.cell(unit.row, unit.col)?.value).toBe("县卫健局");
      expect(Object.keys(sheet.sizes()).some((a) => /^[A-Z]+:[A-Z]+$/.test(a))).toBe(true);
      expect(sheet.sizes()["1:1"]).toBe(32);
      expect(sheet.freeze).toEqual(plan.freeze.columns > 0 ? { at: expect.stringMatching(/!A1:/) } : { rows: plan.freeze.rows });
      expect(sheet.raw.pageLayout.paperSize).toBe("A4");
      expect(sheet.raw.pageLayout.zoom).toEqual({ scale: plan.print.scale });
      expect(sheet.raw.pageLayout.headersFooters.defaultForAllPages).toMatchObject({ centerHeader: "测试统计表", centerFooter: "第 &P 页 共 &N 页" });
      expect(sheet.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
      expect(sheet.printTitleColumns).toBe(plan.print.titleColumns ? "$A:$B" : undefined);
      expect(sheet.protectCalls).toHaveLength(1);
    });

    it("styles each role and unlocks only the cells a clerk fills in", async () => {
      const { fake, workbook } = setup();
      const plan = indicatorPlan();
      await workbook.createSheet(plan);
      const sheet = fake.sheet("统计表");
      expect(sheet.formatAt("A1")).toMatchObject({ "font.bold": true, "font.size": 16, "font.name": "宋体", horizontalAlignment: "Center", locked: true });
      const value = Object.values(plan.anchors.indicators!)[0];
      const input = sheet.formatAt(String.fromCharCode(65 + value.valueCol) + (value.row + 1));
      expect(input).toMatchObject({ fill: "#FFF8E1", locked: false, EdgeTop: "Continuous" });
      const head = plan.cells.find((c) => c.style === "tableHead")!;
      expect(sheet.formatAt(String.fromCharCode(65 + head.col) + (head.row + 1))).toMatchObject({ fill: "#D9E1F2", "font.bold": true, wrapText: true });
    });

    it("formats alike cells as one range each, not one call per cell", async () => {
      const { fake, workbook } = setup();
      const plan = ledgerPlan(30);
      await workbook.createSheet(plan);
      const inputCells = plan.cells.filter((c) => c.style === "input").length;
      expect(inputCells).toBeGreaterThanOrEqual(120);
      // Sizes, the values block, a few ranges per style role, merges and validations: far fewer than the cells.
      expect(fake.sheet("台账").ranges.length).toBeLessThan(plan.cells.length / 4);
    });

    it("costs the same round trips for a small table and a 500-row ledger", async () => {
      const small = setup();
      await small.workbook.createSheet(indicatorPlan());
      const large = setup();
      await large.workbook.createSheet(ledgerPlan(500));
      // Probe → sync → everything → sync; then page setup → sync.
      expect(small.sync.mock.calls.length).toBe(3);
      expect(large.sync.mock.calls.length).toBe(small.sync.mock.calls.length);
      const firstRow = planSheet(smallLedgerTemplate(), { sheetName: "台账" }).anchors.ledger!.firstRow;
      expect(large.fake.sheet("台账").cell(firstRow + 499, 0)?.value).toBe(500);
    });

    it("adds Excel's data validation as warnings with the plan's prompts and drop-down options", async () => {
      const { fake, workbook } = setup();
      const plan = ledgerPlan(5);
      await workbook.createSheet(plan);
      const validations = fake.sheet("台账").validations();
      expect(validations).toHaveLength(plan.validations.length);
      const list = validations.find((v) => v.rule.list);
      expect(list?.rule.list).toEqual({ inCellDropDown: true, source: "已完成,持续推进,未启动" });
      expect(list?.errorAlert).toMatchObject({ showAlert: true, style: "Warning" });
      expect(list?.prompt.message).toContain("整改状态");
      expect(list?.ignoreBlanks).toBe(true);
    });

    it("writes a title that starts with + or = as text, never as a formula", async () => {
      const { fake, workbook } = setup();
      await workbook.createSheet(indicatorPlan("统计表", "+86 热线统计表"));
      const title = fake.sheet("统计表").cell(0, 0)!;
      expect(title.formula).toBeUndefined();
      expect(title.value).toBe("+86 热线统计表");
      expect(title.numberFormat).toBe("@");
    });

    it("refuses to overwrite an existing sheet unless asked, and names it", async () => {
      const { fake, workbook } = setup([{ name: "统计表", cells: [["已填的数据"]] }]);
      const error = await workbookErrorOf(workbook.createSheet(indicatorPlan()));
      expect(error.code).toBe("sheet-exists");
      expect(error.message).toContain("统计表");
      expect(fake.sheet("统计表").at("A1")).toBe("已填的数据");
    });

    it("replaces an existing sheet when asked and keeps its place among the tabs", async () => {
      const { fake, workbook } = setup([{ name: "封面" }, { name: "统计表", cells: [["旧表"]] }, { name: "说明" }]);
      await workbook.createSheet(indicatorPlan(), { replace: true, activate: true });
      expect(fake.names()).toEqual(["封面", "统计表", "说明"]);
      expect(fake.sheet("统计表").at("A1")).toBe("测试统计表");
      expect(fake.activeName).toBe("统计表");
    });

    it("stores the template binding in the very hidden metadata sheet in the same batch", async () => {
      const { fake, sync, workbook } = setup();
      const plan = indicatorPlan();
      await workbook.createSheet(plan, { templateJson: '{"id":"small"}' });
      expect(sync.mock.calls.length).toBe(3);
      expect(fake.sheet(METADATA_SHEET).visibility).toBe("VeryHidden");
      expect(await workbook.readBindings()).toEqual([binding("统计表", '{"id":"small"}')]);
      expect((await workbook.listSheets()).map((s) => s.name)).toEqual(["Sheet1", "统计表"]);
    });

    describe("edge cases", () => {
      it("skips validation and page setup on an Excel older than ExcelApi 1.8 and says so", async () => {
        const skipped: SkippedFeature[] = [];
        const { fake, workbook } = setup(undefined, { api: "1.7", onSkipped: (s) => skipped.push(...s) });
        await workbook.createSheet(ledgerPlan(5));
        expect(fake.sheet("台账").validations()).toEqual([]);
        expect(fake.sheet("台账").raw.pageLayout.paperSize).toBeUndefined();
        expect(fake.sheet("台账").printTitleRows).toBeUndefined();
        expect(skipped.map((s) => s.code).sort()).toEqual(["office.skipped-page-layout", "office.skipped-validation"]);
        expect(message(skipped[0].code, skipped[0].params as { sheet: string })).toContain("台账");
      });

      it("keeps the sheet and reports it when Excel refuses the page setup", async () => {
        const fake = new ExcelFake(undefined, { host: currentHost() });
        const skipped: SkippedFeature[] = [];
        let calls = 0;
        const workbook = new OfficeWorkbook({
          isSetSupported: fake.isSetSupported,
          onSkipped: (s) => skipped.push(...s),
          run: ((first: Excel.RunOptions, batch: ExcelBatch<unknown>) => (++calls === 2 ? Promise.reject(officeError("InvalidArgument", "zoom")) : fake.run(first, batch))) as ExcelRun,
        });
        await workbook.createSheet(indicatorPlan());
        expect(fake.sheet("统计表").at("A1")).toBe("测试统计表");
        expect(skipped).toEqual([{ code: "office.page-layout-failed", params: { sheet: "统计表", detail: expect.stringContaining("zoom") } }]);
        expect(message("office.page-layout-failed", skipped[0].params as { sheet: string; detail: string })).toContain("统计表");
      });

      it("reports a drop-down Excel cannot hold instead of writing a wrong one", async () => {
        const skipped: SkippedFeature[] = [];
        const { fake, workbook } = setup(undefined, { onSkipped: (s) => skipped.push(...s) });
        const template = smallLedgerTemplate({
          columns: [{ key: "status", label: "状态", kind: "enum", options: ["已完成,待验收", "未启动"] }],
        });
        await workbook.createSheet(planSheet(template, { sheetName: "台账" }));
        expect(fake.sheet("台账").validations().some((v) => v.rule.list)).toBe(false);
        expect(skipped).toEqual([{ code: "office.skipped-list", params: { sheet: "台账", cell: expect.stringMatching(/^B\d+$/) } }]);
      });
    });
  });

  describe("OfficeWorkbook.writeCells", () => {
    it("writes values as rectangular blocks", async () => {
      const { fake, workbook } = setup();
      await workbook.writeCells("Sheet1", [...grid(2, 1, 3, 2, (r, c) => r * 10 + c), { row: 9, col: 5, value: "备注" }]);
      const sheet = fake.sheet("Sheet1");
      expect(sheet.at("B3")).toBe(0);
      expect(sheet.at("C5")).toBe(21);
      expect(sheet.at("F10")).toBe("备注");
      expect(sheet.ranges).toHaveLength(2);
    });

    it("costs the same two round trips for 5 indicators and 500 ledger rows of 11 columns", async () => {
      const few = setup();
      await few.workbook.writeCells("Sheet1", grid(5, 3, 5, 1, (r) => r));
      const many = setup();
      await many.workbook.writeCells("Sheet1", grid(5, 0, 500, 11, (r, c) => (c === 0 ? r + 1 : `第${r}行${c}列`)));
      expect(few.sync.mock.calls.length).toBe(2);
      expect(many.sync.mock.calls.length).toBe(few.sync.mock.calls.length);
      expect(many.fake.runs).toBe(1);
      expect(many.fake.sheet("Sheet1").at("K505")).toBe("第499行10列");
    });

    it("keeps text that Excel would turn into a formula, number or date as the text typed", async () => {
      const { fake, workbook } = setup();
      const texts = ["=SUM(A1:A3)", "-3余", "+86", "@张三", "0012", "3-5", "TRUE"];
      await workbook.writeCells("Sheet1", texts.map((value, row) => ({ row, col: 0, value })));
      const sheet = fake.sheet("Sheet1");
      texts.forEach((text, row) => {
        expect(sheet.cell(row, 0)).toMatchObject({ value: text, numberFormat: "@" });
        expect(sheet.cell(row, 0)?.formula).toBeUndefined();
      });
    });

    it("leaves the number format of plain text alone, so a number cell stays a number cell", async () => {
      const { fake, workbook } = setup([{ name: "Sheet1", formats: { "0,0": "#,##0" } }]);
      await workbook.writeCells("Sheet1", [{ row: 0, col: 0, value: "300余" }]);
      expect(fake.sheet("Sheet1").cell(0, 0)).toMatchObject({ value: "300余", numberFormat: "#,##0" });
    });

    it("clears a cell written as null and writes dates as serials with a date format", async () => {
      const { fake, workbook } = setup([{ name: "Sheet1", cells: [["旧值"]] }]);
      await workbook.writeCells("Sheet1", [
        { row: 0, col: 0, value: null },
        { row: 0, col: 1, value: new Date(Date.UTC(2023, 1, 20)) },
        { row: 0, col: 2, value: 12.5, numberFormat: "0.0" },
      ]);
      const sheet = fake.sheet("Sheet1");
      expect(sheet.cell(0, 0)?.value).toBeNull();
      expect(sheet.cell(0, 1)).toMatchObject({ value: 44977, numberFormat: 'yyyy"年"m"月"d"日"' });
      expect(sheet.cell(0, 2)).toMatchObject({ value: 12.5, numberFormat: "0.0" });
    });

    it("unprotects a protected sheet for the write and protects it again with its own options", async () => {
      const { fake, workbook } = setup([{ name: "统计表", protected: true }]);
      await workbook.writeCells("统计表", [{ row: 3, col: 0, value: 1 }]);
      const sheet = fake.sheet("统计表");
      expect(sheet.unprotectCalls).toBe(1);
      expect(sheet.protectCalls).toEqual([expect.objectContaining({ allowFormatColumns: true, selectionMode: "Normal" })]);
      expect(sheet.isProtected).toBe(true);
      expect(sheet.at("A4")).toBe(1);
    });

    it("splits a write over the request limit into parts of one round trip each, none inside a loop of syncs", async () => {
      const { fake, sync, workbook } = setup([{ name: "台账", protected: true }]);
      const long = "长".repeat(800);
      const writes = grid(5, 0, 500, 11, (r, c) => `${r}-${c}${long}`); // about 13 MB of UTF-8
      await workbook.writeCells("台账", writes);
      // Probe + first part in one run (2 syncs), then one run and one sync per further part.
      expect(fake.runs).toBeGreaterThanOrEqual(4);
      expect(sync.mock.calls.length).toBe(fake.runs + 1);
      const sheet = fake.sheet("台账");
      expect(sheet.at("A6")).toBe(`0-0${long}`);
      expect(sheet.at("K505")).toBe(`499-10${long}`);
      expect(sheet.unprotectCalls).toBe(1);
      expect(sheet.protectCalls).toHaveLength(1);
    });

    it("keeps every part below the configured limit", async () => {
      const { fake, workbook } = setup();
      await workbook.writeCells("Sheet1", grid(0, 0, 100, 10, () => "x".repeat(100)));
      const unchunked = fake.runs;
      const limited = setup(undefined, { maxRequestBytes: 20_000 });
      await limited.workbook.writeCells("Sheet1", grid(0, 0, 100, 10, () => "x".repeat(100)));
      expect(unchunked).toBe(1);
      // 100 rows of ~1 KB in parts of at most 20 KB: at least 6 parts.
      expect(limited.fake.runs).toBeGreaterThanOrEqual(6);
      expect(limited.fake.sheet("Sheet1").at("J100")).toBe("x".repeat(100));
    });

    describe("edge cases", () => {
      it("does nothing for no writes", async () => {
        const { fake, sync, workbook } = setup();
        await workbook.writeCells("Sheet1", []);
        expect(fake.runs).toBe(0);
        expect(sync).not.toHaveBeenCalled();
      });

      it("names a missing sheet", async () => {
        const { workbook } = setup();
        const error = await workbookErrorOf(workbook.writeCells("汇总", [{ row: 0, col: 0, value: 1 }]));
        expect(error.code).toBe("sheet-not-found");
        expect(error.message).toContain("汇总");
        expect(error.cause).toMatchObject({ code: "ItemNotFound" });
      });

      it("lets a later write to the same cell win", async () => {
        const { fake, workbook } = setup();
        await workbook.writeCells("Sheet1", [
          { row: 0, col: 0, value: "先" },
          { row: 0, col: 0, value: "后" },
        ]);
        expect(fake.sheet("Sheet1").at("A1")).toBe("后");
      });

      it("protects the sheet again when a later part fails", async () => {
        const fake = new ExcelFake([{ name: "台账", protected: true }], { host: currentHost() });
        let calls = 0;
        const workbook = new OfficeWorkbook({
          isSetSupported: fake.isSetSupported,
          attempts: 1,
          maxRequestBytes: 5_000,
          // The third run (a later part) fails as Excel would for a reason of its own.
          run: ((first: Excel.RunOptions, batch: ExcelBatch<unknown>) => (++calls === 3 ? Promise.reject(officeError("GeneralException")) : fake.run(first, batch))) as ExcelRun,
        });
        const error = await workbookErrorOf(workbook.writeCells("台账", grid(0, 0, 50, 5, () => "y".repeat(100))));
        expect(error.code).toBe("host-error");
        const sheet = fake.sheet("台账");
        expect(sheet.isProtected).toBe(true);
        expect(sheet.protectCalls).toHaveLength(1);
      });
    });
  });

  describe("OfficeWorkbook.readSheet", () => {
    const seed: SheetSeed = {
      name: "汇总",
      visibility: "Hidden",
      cells: [
        [null, null, null],
        [null, "单位", "数量", "日期", "比例"],
        [null, "甲", 12, 44977, 0.5],
        [null, "乙", { error: "#DIV/0!" }, null, true],
      ],
      formats: { "2,3": "yyyy/m/d", "2,2": "#,##0" },
      formulas: { "3,2": "=C3/0" },
      mergedAddress: "汇总!B1:E1, 汇总!B5:C5",
    };

    it("reads the used range into a grid from A1 with typed values, dates, errors and merges (where Excel lists them) in one round trip", async () => {
      const { sync, workbook } = setup([seed]);
      const snapshot = await workbook.readSheet("汇总");
      expect(sync).toHaveBeenCalledTimes(1);
      expect(snapshot.name).toBe("汇总");
      expect(snapshot.visibility).toBe("hidden");
      expect(snapshot.rows[0]).toEqual([]);
      expect(snapshot.rows[1]).toEqual([null, "单位", "数量", "日期", "比例"]);
      expect(snapshot.rows[2]).toEqual([null, "甲", 12, new Date(Date.UTC(2023, 1, 20)), 0.5]);
      expect(snapshot.rows[3]).toEqual([null, "乙", { error: "#DIV/0!" }, null, true]);
      // A formula's cached result is read; its text is not (nothing downstream uses it from Excel).
      expect(snapshot.formulas).toBeUndefined();
      const merges = [
        { top: 0, left: 1, bottom: 0, right: 4 },
        { top: 4, left: 1, bottom: 4, right: 2 },
      ];
      expect(snapshot.merges).toEqual(versionAtLeast(currentHost().api, "1.13") ? merges : []);
    });

    it("reads back what createSheet and writeCells put there (a form round trip)", async () => {
      const { workbook } = setup();
      const template = smallIndicatorTemplate();
      const plan = planSheet(template, { sheetName: "统计表" });
      await workbook.createSheet(plan);
      const form = emptyFormState(template.id);
      form.header.unit = "县卫健局";
      form.values.total = "92";
      form.values.big = "300余";
      form.notes.total = "=含 3 家新开业";
      await workbook.writeCells("统计表", formToCells(template, plan.anchors, form));
      const back = sheetToForm(template, plan.anchors, await workbook.readSheet("统计表"));
      expect(back.header.unit).toBe("县卫健局");
      expect(back.values.total).toBe("92");
      expect(back.values.big).toBe("300余");
      expect(back.notes.total).toBe("=含 3 家新开业");
    });

    it("reads a sheet too big for one response in parts", async () => {
      const rows = Array.from({ length: 40 }, (_, r) => [`第${r}行`, r, r * 2]);
      const whole = await setup([{ name: "大表", cells: rows }]).workbook.readSheet("大表");
      const { fake, workbook } = setup([{ name: "大表", cells: rows }], { readChunkCells: 30, attempts: 1 });
      fake.failNextRuns("ResponsePayloadSizeLimitExceeded", 1);
      const parts = await workbook.readSheet("大表");
      expect(parts).toEqual(whole);
      // The refused read, the outline, then 40 rows × 3 columns in parts of 10 rows.
      expect(fake.runs).toBe(1 + 1 + 4);
    });

    describe("edge cases", () => {
      it("gives an empty grid for an empty sheet", async () => {
        const { workbook } = setup([{ name: "空表" }]);
        expect(await workbook.readSheet("空表")).toMatchObject({ rows: [], merges: [], visibility: "visible" });
      });

      it("reads no merges on an Excel without ExcelApi 1.13", async () => {
        const { workbook } = setup([seed], { api: "1.12" });
        expect((await workbook.readSheet("汇总")).merges).toEqual([]);
      });

      it("names a missing sheet", async () => {
        const { workbook } = setup();
        const error = await workbookErrorOf(workbook.readSheet("不存在"));
        expect(error.code).toBe("sheet-not-found");
        expect(error.message).toContain("不存在");
      });
    });
  });

  describe("OfficeWorkbook.listSheets", () => {
    it("lists sheets with their visibility, leaving out the add-in's metadata sheet", async () => {
      const { sync, workbook } = setup([
        { name: "统计表" },
        { name: "底稿", visibility: "Hidden" },
        { name: METADATA_SHEET, visibility: "VeryHidden" },
      ]);
      expect(await workbook.listSheets()).toEqual([
        { name: "统计表", visibility: "visible" },
        { name: "底稿", visibility: "hidden" },
      ]);
      expect(sync).toHaveBeenCalledTimes(1);
    });
  });

  describe("OfficeWorkbook bindings", () => {
    it("reads no bindings from a workbook without the metadata sheet, in one round trip", async () => {
      const { sync, workbook } = setup();
      expect(await workbook.readBindings()).toEqual([]);
      expect(sync).toHaveBeenCalledTimes(1);
    });

    it("adds and replaces bindings by sheet name in a very hidden sheet", async () => {
      const { fake, workbook } = setup();
      await workbook.writeBinding(binding("甲表"));
      await workbook.writeBinding(binding("乙表"));
      await workbook.writeBinding(binding("甲表", '{"id":"new"}'));
      expect(await workbook.readBindings()).toEqual([binding("乙表"), binding("甲表", '{"id":"new"}')]);
      expect(fake.sheet(METADATA_SHEET).visibility).toBe("VeryHidden");
    });

    describe("edge cases", () => {
      it("keeps a template JSON longer than one cell and a sheet name that looks like a formula", async () => {
        const { workbook } = setup();
        const json = JSON.stringify({ labels: "指标".repeat(40_000) });
        await workbook.writeBinding(binding("-1", json));
        expect(await workbook.readBindings()).toEqual([binding("-1", json)]);
      });

      it("writes a binding in at most three round trips", async () => {
        const { sync, workbook } = setup();
        await workbook.writeBinding(binding("甲表"));
        expect(sync).toHaveBeenCalledTimes(2);
        sync.mockClear();
        await workbook.writeBinding(binding("乙表"));
        expect(sync).toHaveBeenCalledTimes(3);
      });
    });
  });
});
