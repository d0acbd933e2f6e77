import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { consolidateUnits, writeSummary, type Summary } from "../../../../src/app";
import { loadOrFail } from "../../../../src/cli/_lib/load-or-fail";
import { loadUnitInput } from "../../../../src/cli/_lib/load-unit-input";
import { deflateWorkerPacker } from "../../../../src/cli/_lib/deflate-worker-packer";
import { nativePacker } from "../../../../src/cli/_lib/native-packer";
import { writeSampleRoster, writeSampleUnits } from "../../../../src/cli/demo/sample-units";
import { plannedCells, type RowBlock, type SheetPlan } from "../../../../src/core/layout";
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from "../../../../src/core/template";
import { XlsxWorkbook } from "../../../../src/workbook/xlsx";
import { PlannedXlsxWorkbook, type Packer } from "../../../../src/workbook/xlsx/write";
import { writeXlsxFile } from "../../../../src/workbook/xlsx/xlsx-file";
import { hasOpenpyxl, PYTHON } from "../../../_support/openpyxl";
import { writtenInto } from "../../../_support/written-into";

/**
 * The lean writer against ExcelJS (issue 17): the same summary written both ways, then read by an
 * independent reader (openpyxl) and opened by LibreOffice, must be the same workbook — every cell's
 * value, number format, font, fill, borders, alignment and lock, every merge, width and height, the
 * sheets' order and states, print setup and print titles, protection, validations and data bars.
 */
const CONTENT_SCRIPT = join(__dirname, "..", "..", "..", "_support", "xlsx-content.py");
const hasLibreOffice = !spawnSync("soffice", ["--version"]).error;
if (!hasLibreOffice) console.warn("planned-xlsx-workbook: LibreOffice (soffice) is not installed — the LibreOffice part is skipped (apt-get install libreoffice-calc-nogui)");
const withOpenpyxl = hasOpenpyxl ? it : it.skip;
const withLibreOffice = hasOpenpyxl && hasLibreOffice ? it : it.skip;

/** The sample county's six files (a 零报告, a resubmission, a figure in 元, a placeholder; 北山镇 未报), consolidated as the command line does. */
async function sampleSummary(folder: string, templateId: string): Promise<Summary> {
  const template = findBuiltinTemplate(templateId)!;
  const units = join(folder, templateId);
  await mkdir(units, { recursive: true });
  const files = await writeSampleUnits(units, template);
  const rosterPath = join(folder, "单位名录.xlsx");
  await writeSampleRoster(rosterPath);
  const outcome = await consolidateUnits({
    sources: files.map((file, i) => ({ name: basename(file), read: () => loadUnitInput(join(units, basename(file)), i) })),
    roster: { name: rosterPath, read: async () => ({ ok: true, sheets: (await loadOrFail(rosterPath)).content.sheets }) },
    templates: BUILTIN_TEMPLATES,
    template,
    officeName: "县应急管理局",
    region: "全县",
    preparer: "王明",
    phone: "0371-12345678",
    reportDate: new Date(Date.UTC(2023, 1, 21, 8)),
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
  return outcome.summary;
}

function contentOf(path: string, ...flags: string[]): unknown {
  const run = spawnSync(PYTHON, [CONTENT_SCRIPT, path, ...flags], { encoding: "utf8", maxBuffer: 256 << 20 });
  if (run.status !== 0) throw new Error(`openpyxl could not read ${path}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

let folder: string;
const written = new Map<string, { exceljs: string; lean: string; summary: Summary }>();
const SCENARIOS = ["supplies", "rectification", "resumption"];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "huibao-lean-writer-"));
  for (const id of SCENARIOS) {
    const summary = await sampleSummary(folder, id);
    const exceljs = join(folder, `${id}-exceljs.xlsx`);
    const lean = join(folder, `${id}-lean.xlsx`);
    const byExcelJs = XlsxWorkbook.create(basename(exceljs));
    await writeSummary(byExcelJs, summary);
    await writeXlsxFile(exceljs, byExcelJs);
    const byLean = PlannedXlsxWorkbook.create(basename(lean), { packer: nativePacker() });
    await writeSummary(byLean, summary);
    await writeXlsxFile(lean, byLean);
    written.set(id, { exceljs, lean, summary });
  }
}, 120_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("the lean summary writer", () => {
  it.each(SCENARIOS)("writes the %s summary as ExcelJS does, as openpyxl reads both", (id) => {
    if (!hasOpenpyxl) return console.warn("跳过：/usr/bin/python3 没有 openpyxl");
    const { exceljs, lean } = written.get(id)!;
    const expected = contentOf(exceljs) as { sheets: Array<{ title: string; state: string; cells: object }> };
    const actual = contentOf(lean);
    // Not two empty readings: the sheets are there, the hidden ones very hidden, with many cells.
    expect(expected.sheets.map((s) => s.title)).toEqual(expect.arrayContaining(["汇总表", "分单位明细", "来源清单", "综述", "_huibao_narrative", "_huibao_templates"]));
    expect(expected.sheets.filter((s) => s.state === "veryHidden").map((s) => s.title)).toEqual(["_huibao_narrative", "_huibao_templates"]);
    expect(Object.keys(expected.sheets[0].cells).length).toBeGreaterThan(30);
    expect(actual).toEqual(expected);
  });

  withLibreOffice(
    "is opened by LibreOffice with the same sheets, values and merges as the ExcelJS file",
    () => {
      const out = join(folder, "libreoffice");
      const inputs = SCENARIOS.flatMap((id) => [written.get(id)!.exceljs, written.get(id)!.lean]);
      const run = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${folder}/profile`, "--convert-to", "xlsx", "--outdir", out, ...inputs], { encoding: "utf8", timeout: 300_000 });
      if (run.status !== 0) throw new Error(`soffice: ${run.stderr || run.error?.message}`);
      for (const id of SCENARIOS) {
        const expected = contentOf(join(out, `${id}-exceljs.xlsx`), "--values") as { sheets: Array<{ cells: object }> };
        expect(Object.keys(expected.sheets[0].cells).length).toBeGreaterThan(30);
        expect(contentOf(join(out, `${id}-lean.xlsx`), "--values")).toEqual(expected);
      }
    },
    400_000,
  );

  withOpenpyxl("packs the same workbook with its parts deflated on a worker thread from shared buffers, as the command line writes it", async () => {
    const { summary, lean } = written.get("rectification")!;
    const path = join(folder, "worker.xlsx");
    const packer = deflateWorkerPacker()!;
    try {
      const workbook = PlannedXlsxWorkbook.create("worker.xlsx", { packer });
      await writeSummary(workbook, summary);
      await writeXlsxFile(path, workbook);
    } finally {
      await packer.close();
    }
    expect(contentOf(path)).toEqual(contentOf(lean));
  });

  it("writes every piece into the buffers of a packer that keeps its own, and no buffer of its own (a megabyte each)", async () => {
    const { summary } = written.get("rectification")!;
    // A packer of two buffers, each given back once its piece is taken (copied at once here; the worker frees it once deflated).
    const own = [new Uint8Array(1 << 16), new Uint8Array(1 << 16)];
    const free = new Set(own);
    const pieces: Uint8Array[] = [];
    const native = nativePacker();
    const packer: Packer = {
      openPart: () => {
        const part = native.openPart();
        /** The piece copied for the thread pool's part, its buffer free again. */
        const taken = (piece: Uint8Array) => {
          pieces.push(piece);
          const copy = piece.slice();
          const buffer = own.find((b) => b.buffer === piece.buffer);
          if (buffer) free.add(buffer);
          return writtenInto(part, copy);
        };
        return {
          buffer: (room) => {
            const buffer = [...free].find((b) => b.length >= room);
            if (buffer) free.delete(buffer);
            return buffer ?? new Uint8Array(Math.max(1 << 16, room));
          },
          push: (piece) => part.push(taken(piece)),
          finish: (last) => part.finish(taken(last)),
        };
      },
    };
    // The 汇总表's stacked rows repeated to some 4,000 rows, so its sheet runs to many pieces.
    const plan = summary.plans[0];
    const [stacked] = plan.blocks!;
    const times = Math.ceil(4000 / stacked.rowCount);
    const columns = stacked.columns.map((column) => Array.from({ length: times }, () => column).flat());
    const big: SheetPlan = { ...plan, blocks: [{ ...stacked, rowCount: stacked.rowCount * times, columns }] };
    const workbook = PlannedXlsxWorkbook.create("own.xlsx", { packer });
    await workbook.createSheet(big);
    const bytes = await workbook.toBytes();
    expect(unzipSync(bytes)["xl/worksheets/sheet1.xml"].length).toBeGreaterThan(1 << 16);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.filter((piece) => !own.some((b) => b.buffer === piece.buffer)).map((p) => [p.length, p.buffer.byteLength])).toEqual([]);
  });

  withOpenpyxl("packs the same workbook with fflate's deflate, for where Node's zlib is absent", async () => {
    const { summary, lean } = written.get("supplies")!;
    const path = join(folder, "fflate.xlsx");
    const workbook = PlannedXlsxWorkbook.create("fflate.xlsx");
    await writeSummary(workbook, summary);
    await writeXlsxFile(path, workbook);
    expect(contentOf(path)).toEqual(contentOf(lean));
  });
});

/** A plan written by ExcelJS and by the lean writer, as openpyxl reads each (where it is at hand), and the lean file's sheet XML. */
async function bothWays(plan: SheetPlan, name: string): Promise<{ exceljs: unknown; lean: unknown; xml: string }> {
  const exceljs = join(folder, `${name}-exceljs.xlsx`);
  const lean = join(folder, `${name}-lean.xlsx`);
  const byExcelJs = XlsxWorkbook.create();
  await byExcelJs.createSheet(plan);
  await writeXlsxFile(exceljs, byExcelJs);
  const byLean = PlannedXlsxWorkbook.create();
  await byLean.createSheet(plan);
  await writeXlsxFile(lean, byLean);
  const xml = strFromU8(unzipSync(await readFile(lean))["xl/worksheets/sheet1.xml"]);
  return hasOpenpyxl ? { exceljs: contentOf(exceljs), lean: contentOf(lean), xml } : { exceljs: null, lean: null, xml };
}

describe("edge cases", () => {
  it("writes a plan laid out out of order, with a cell planned twice, in row order and as ExcelJS settles the repeat", async () => {
    const { summary } = written.get("rectification")!;
    const plan = summary.plans[0];
    // Reversed rows, and a second plan of one cell: its last value that is not empty and its last look win.
    const first = plan.cells.find((c) => typeof c.value === "string")!;
    // Its stacked rows as cells one by one (not a block of rows), so they too come out of order.
    const cells = [...plannedCells(plan)].reverse();
    cells.push({ ...first, value: null, style: "computed" }, { ...first, value: "再写一次", style: "note" });
    const { exceljs, lean, xml } = await bothWays({ ...plan, cells, blocks: undefined }, "shuffled");
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    if (hasOpenpyxl) expect(lean).toEqual(exceljs);
  });
});

describe("blocks of rows", () => {
  /** The rectification summary's 汇总表 (its stacked rows a block), with a second block below a gap, a row with only a height, and a line of cells after. */
  function blockPlan(): SheetPlan {
    const plan = written.get("rectification")!.summary.plans[0];
    const [stacked] = plan.blocks!;
    const top = stacked.top + stacked.rowCount + 2;
    const second: RowBlock = {
      at: plan.cells.length,
      top,
      left: 1,
      rowCount: 3,
      looks: [
        { style: "label", locked: true, textFormat: "@" },
        { style: "computed", locked: true, numberFormat: "#,##0.00", textFormat: "@" },
      ],
      columns: [
        ["甲", null, "=1+1"],
        [1234.5, "约3万", null],
      ],
    };
    const footer = { row: top + 4, col: 0, value: "合计", style: "section" as const, locked: true };
    return { ...plan, cells: [...plan.cells, footer], blocks: [...plan.blocks!, second], rowHeights: { ...plan.rowHeights, [top - 1]: 40, [top + 1]: 30 } };
  }

  withOpenpyxl("writes a plan's blocks as ExcelJS writes the cells they stand for: values, looks, heights, the rows around them", async () => {
    const plan = blockPlan();
    const { exceljs, lean, xml } = await bothWays(plan, "blocks");
    expect(lean).toEqual(exceljs);
    // Not two files without the blocks: their values are there, text kept as text.
    const top = plan.blocks![1].top;
    const cells = (lean as { sheets: Array<{ cells: Record<string, { value: unknown; numberFormat: string }> }> }).sheets[0].cells;
    expect(cells[`C${top + 1}`]).toMatchObject({ value: 1234.5, numberFormat: "#,##0.00" });
    expect(cells[`C${top + 2}`]).toMatchObject({ value: "约3万", numberFormat: "@" });
    expect(cells[`B${top + 3}`]).toMatchObject({ value: "=1+1", numberFormat: "@" });
    expect(cells[`A${plan.blocks![0].top + 1}`].value).toBe(1);
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([...new Set(rows)].sort((a, b) => a - b));
    expect(rows).toEqual(expect.arrayContaining([top, top + 2, top + 5]));
  });

  withOpenpyxl("edge cases: a block sharing its rows with a planned cell is written through its cells, the repeat settled as ExcelJS settles it", async () => {
    const plan = blockPlan();
    const [stacked] = plan.blocks!;
    const over = { row: stacked.top + 1, col: 1, value: "改写", style: "note" as const, locked: false };
    const { exceljs, lean } = await bothWays({ ...plan, cells: [...plan.cells, over] }, "overlap");
    expect(lean).toEqual(exceljs);
    const cells = (lean as { sheets: Array<{ cells: Record<string, { value: unknown }> }> }).sheets[0].cells;
    expect(cells[`B${stacked.top + 2}`].value).toBe("改写");
  });
});

describe("the lean workbook as a port", () => {
  it("lists its sheets in order with their states, and reads back the template bound to the 汇总表", async () => {
    const { summary } = written.get("supplies")!;
    const workbook = PlannedXlsxWorkbook.create();
    await writeSummary(workbook, summary);
    const sheets = await workbook.listSheets();
    expect(sheets.map((s) => s.name)).toEqual([...summary.plans.map((p) => p.sheetName), "_huibao_templates"]);
    expect(sheets.filter((s) => s.visibility === "veryHidden").map((s) => s.name)).toEqual(["_huibao_narrative", "_huibao_templates"]);
    const [binding] = await workbook.readBindings();
    expect(binding.sheetName).toBe("汇总表");
    expect(JSON.parse(binding.templateJson).id).toBe("supplies");
  });

  it("refuses a sheet whose name is taken (in any case) unless told to replace it, and keeps the replaced sheet's place", async () => {
    const { summary } = written.get("supplies")!;
    const [first, second, third] = summary.plans;
    const workbook = PlannedXlsxWorkbook.create();
    for (const plan of [first, { ...second, sheetName: "Units" }, third]) await workbook.createSheet(plan);
    await expect(workbook.createSheet({ ...second, sheetName: "UNITS" })).rejects.toMatchObject({ code: "sheet-exists" });
    await workbook.createSheet({ ...second, sheetName: "UNITS" }, { replace: true });
    expect((await workbook.listSheets()).map((s) => s.name)).toEqual([first.sheetName, "UNITS", third.sheetName]);
  });

  it("writes values over a planned sheet and reads them back, the planned look kept", async () => {
    const { summary } = written.get("supplies")!;
    const plan = summary.plans[0];
    const workbook = PlannedXlsxWorkbook.create();
    await workbook.createSheet(plan);
    const target = plan.cells.find((c) => c.style === "input")!;
    await workbook.writeCells(plan.sheetName, [
      { row: target.row, col: target.col, value: 4321 },
      { row: 200, col: 3, value: "=1+1" },
    ]);
    const read = await workbook.readSheet(plan.sheetName);
    expect(read.rows[target.row][target.col]).toBe(4321);
    // Text stays text, never a formula.
    expect(read.rows[200][3]).toBe("=1+1");
    const path = join(folder, "written.xlsx");
    await writeXlsxFile(path, workbook);
    if (!hasOpenpyxl) return;
    const sheet = (contentOf(path) as { sheets: Array<{ cells: Record<string, { value: unknown; fill: unknown[] }> }> }).sheets[0];
    const address = String.fromCharCode(65 + target.col) + (target.row + 1);
    expect(sheet.cells[address]).toMatchObject({ value: 4321, fill: ["solid", "FFFFF8E1"] });
    expect(sheet.cells.D201.value).toBe("=1+1");
  });

  it("edge cases: a workbook of one very hidden sheet still packs into a whole zip", async () => {
    const { summary } = written.get("supplies")!;
    const hiddenOnly = PlannedXlsxWorkbook.create();
    await hiddenOnly.createSheet(summary.plans.find((p) => p.veryHidden)!, { activate: true });
    const bytes = await hiddenOnly.toBytes();
    // A zip: its first local header, and its end record at the very end.
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect([...bytes.slice(-22, -18)]).toEqual([0x50, 0x4b, 0x05, 0x06]);
  });
});
