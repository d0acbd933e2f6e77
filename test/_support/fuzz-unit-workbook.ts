import { createHash } from "node:crypto";
import fc from "fast-check";
import type { InputBinding, ReadInput } from "../../src/core/consolidate";
import type { CellRange, CellValue, SheetSnapshot, SheetVisibility } from "../../src/core/sheet";
import { BUILTIN_TEMPLATES, flattenIndicators, tableRows } from "../../src/core/template";
import type { IndicatorTemplate, LedgerTemplate, ReportTemplate } from "../../src/core/template/types";
import { unitForm } from "./consolidate-factory";
import { cellValueArb, dateCellArb, errorCellArb, numberCellArb, textCellArb } from "./fuzz-cells";
import { sheetOf } from "./sheet-factory";

/**
 * Random units' workbooks shaped like the built-in forms, for fuzzing recognition, audit and
 * consolidation: labels in their variants, units of measure, merged heads, values of every type,
 * formulas with cached values and errors, hidden sheets, extra rows and columns, header blocks.
 */

export interface FuzzWorkbook {
  fileName: string;
  /** Few values, so files of one unit often tie on it and the later 报出日期 or the SHA-256 decides. */
  order: number;
  sha256: string;
  /** The template the form sheet was made from. */
  template: ReportTemplate;
  /** The sheet holding the form: its name (another sheet may carry the same) and its place in `sheets`. */
  formSheet: string;
  formIndex: number;
  sheets: SheetSnapshot[];
  bindings: InputBinding[];
  /**
   * The form as the template lays it out, only written differently: every label in a variant the
   * template knows, the head and title kept, no stray cell over it, nothing cut off.
   */
  pristine: boolean;
}

const INDICATOR_TEMPLATES = BUILTIN_TEMPLATES.filter((t): t is IndicatorTemplate => t.kind === "indicators");
const LEDGER_TEMPLATES = BUILTIN_TEMPLATES.filter((t): t is LedgerTemplate => t.kind === "ledger");

const FULL_WIDTH = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");

/** Ways units write a label; the last one is junk the template does not know. */
const LABEL_VARIANTS: Array<(label: string, unit: string | undefined) => string> = [
  (l) => l,
  (l) => `其中：${l}`,
  (l) => `（一）${l}`,
  (l) => `1. ${l}`,
  (l) => `①${l}`,
  (l) => FULL_WIDTH(l),
  (l, u) => (u ? `${l}（${u}）` : l),
  (l) => ` ${[...l].join(" ")} `,
  (l) => `${l}：`,
  (l) => `${l}\u3000`,
  (l) => `${l}（自定）`,
];
const JUNK_VARIANT = LABEL_VARIANTS.length - 1;

const UNIT_NAMES = ["城关镇", "城关镇人民政府", "东城街道", "东城街道办事处", "西门社区", "县教育局", "新华镇", "", "  ", "某某单位", "=cmd|' /C calc'!A0"];
/** Sheet1 twice: the commonest name, and the one the other sheets below may also carry. */
const SHEET_NAMES = ["Sheet1", "填报表", "报表", "本期", "统计表", "Sheet1"];
const OTHER_UNITS = ["个", "万个", "吨", "公斤", "元", "万元", "亿元", "只", "万只", "%", "—", "", "人次", "万人次", "箱"];

/** The unit a row's label may carry: its own, else the table's. */
function unitOf(template: IndicatorTemplate, row: string): string | undefined {
  return tableRows(template).find((r) => r.indicator.key === row)?.indicator.unit ?? template.tableUnit;
}

const headerArb = fc.record({
  unit: fc.option(fc.constantFrom(...UNIT_NAMES), { nil: undefined }),
  period: fc.option(fc.constantFrom("2023年2月20日24时", "2023年上半年", "截至2月20日", "2023-02", ""), { nil: undefined }),
  reportDate: fc.oneof(dateCellArb, textCellArb, numberCellArb, errorCellArb, fc.constant(null)),
});

/** How the grid is disturbed after the form is laid out. */
const shapeArb = fc.record({
  down: fc.nat(3),
  right: fc.nat(2),
  cumulative: fc.boolean(),
  twoRowHead: fc.boolean(),
  dropHead: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  titleMerge: fc.boolean(),
  merges: fc.array(fc.tuple(fc.nat(40), fc.nat(8), fc.nat(3), fc.nat(3)), { maxLength: 3 }),
  strays: fc.oneof(fc.constant([]), fc.array(fc.tuple(fc.nat(45), fc.nat(12), cellValueArb), { maxLength: 5 })),
  trimTail: fc.nat(6),
  formulaEvery: fc.nat(4),
});

type Shape = typeof shapeArb extends fc.Arbitrary<infer T> ? T : never;

function shifted(range: CellRange, down: number, right: number): CellRange {
  return { top: range.top + down, bottom: range.bottom + down, left: range.left + right, right: range.right + right };
}

/** Insert a column at `col` in every row (head text in `headRow`), keeping merges in place. */
function insertColumn(sheet: SheetSnapshot, col: number, headRow: number, head: string, values: CellValue[]): void {
  sheet.rows.forEach((cells, r) => {
    if (cells.length < col) return;
    cells.splice(col, 0, r === headRow ? head : r > headRow ? (values[r % values.length] ?? null) : null);
  });
  sheet.merges = sheet.merges.map((m) => (m.left >= col ? { ...m, left: m.left + 1, right: m.right + 1 } : m));
}

/** The layout disturbances: a 累计数 column (under a merged 数值 head), moved grid, merges, stray cells. */
function reshape(sheet: SheetSnapshot, shape: Shape, cumulative: CellValue[]): SheetSnapshot {
  const headRow = sheet.rows.findIndex((cells) => cells.includes("指标名称"));
  if (shape.cumulative && headRow >= 0) {
    insertColumn(sheet, 4, headRow, "累计数", cumulative);
    if (shape.twoRowHead) {
      // 序号 | 指标名称 | 计量单位 | 数值 (本期数 · 累计数) | 备注, the head spanning two rows.
      const top = ["序号", "指标名称", "计量单位", "数值", null, "备注"];
      const below = [null, null, null, "本期数", "累计数", null];
      sheet.rows.splice(headRow, 1, top, below);
      sheet.merges.push(
        ...[0, 1, 2, 5].map((c) => ({ top: headRow, bottom: headRow + 1, left: c, right: c })),
        { top: headRow, bottom: headRow, left: 3, right: 4 },
      );
    }
  }
  if (shape.dropHead && headRow >= 0) sheet.rows.splice(headRow, 1, []);
  if (shape.titleMerge) sheet.merges.push({ top: 0, bottom: 0, left: 0, right: 4 });
  for (const [top, left, height, width] of shape.merges) sheet.merges.push({ top, left, bottom: top + height, right: left + width });
  for (const [row, col, value] of shape.strays) {
    while (sheet.rows.length <= row) sheet.rows.push([]);
    const cells = sheet.rows[row];
    while (cells.length <= col) cells.push(null);
    cells[col] = value;
  }
  const pad = (cells: CellValue[]) => [...Array<CellValue>(shape.right).fill(null), ...cells];
  const rows = [...Array.from({ length: shape.down }, () => [] as CellValue[]), ...sheet.rows.map(pad)];
  // Readers give rows without trailing blanks; a few units' files end early (cut-off signature lines).
  const trimmed = rows.slice(0, Math.max(1, rows.length - (shape.trimTail > 4 ? shape.trimTail - 4 : 0))).map((cells) => {
    const out = [...cells];
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  return { ...sheet, rows: trimmed, merges: sheet.merges.map((m) => shifted(m, shape.down, shape.right)) };
}

const FORMULAS = ["=SUM(D6:D8)", "=D5/D6", "=IFERROR(D5/D6,0)", "=VLOOKUP(A1,'上期'!A:D,4,0)"];

/**
 * Formula text beside the cached values (as the reader gives it, by "r,c"): every `every`-th
 * figure or error cell was computed by a formula. Core reads the cached value either way.
 */
function withFormulas(sheet: SheetSnapshot, every: number): SheetSnapshot {
  if (every === 0) return sheet;
  const formulas: Record<string, string> = {};
  let n = 0;
  sheet.rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const computed = typeof value === "number" || (value !== null && typeof value === "object" && !(value instanceof Date));
      if (computed && n++ % every === 0) formulas[`${r},${c}`] = FORMULAS[n % FORMULAS.length];
    }),
  );
  return { ...sheet, formulas };
}

const indicatorFormArb = fc.constantFrom(...INDICATOR_TEMPLATES).chain((template) => {
  const keys = flattenIndicators(template).map((p) => p.indicator.key);
  return fc.record({
    template: fc.constant(template),
    figures: fc.array(cellValueArb, { minLength: keys.length, maxLength: keys.length }),
    variants: fc.oneof(
      fc.array(fc.nat(JUNK_VARIANT - 1), { minLength: keys.length, maxLength: keys.length }),
      fc.array(fc.oneof({ weight: 12, arbitrary: fc.nat(JUNK_VARIANT - 1) }, { weight: 1, arbitrary: fc.constant(JUNK_VARIANT) }), { minLength: keys.length, maxLength: keys.length }),
    ),
    units: fc.array(fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...OTHER_UNITS) }), { minLength: keys.length, maxLength: keys.length }),
    title: fc.oneof({ weight: 3, arbitrary: fc.constant(template.title) }, fc.constantFrom(...(template.aliases ?? [template.title])), fc.constantFrom(...BUILTIN_TEMPLATES.map((t) => t.title)), fc.string({ maxLength: 10 })),
    tableUnit: fc.option(fc.constantFrom("万元", "个", "吨", "万只", "见各行"), { nil: undefined }),
    extra: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...BUILTIN_TEMPLATES.flatMap((t) => (t.kind === "indicators" ? flattenIndicators(t).map((p) => p.indicator.label) : [])).slice(0, 60)), fc.string({ maxLength: 8 })), cellValueArb), { maxLength: 3 }),
    header: headerArb,
    shape: shapeArb,
    cumulative: fc.array(cellValueArb, { minLength: 1, maxLength: 4 }),
  });
});

type IndicatorForm = typeof indicatorFormArb extends fc.Arbitrary<infer T> ? T : never;

/** Nothing in the shape that could hide a label, the head or the title. */
/** Whether a merged range covers a filled cell other than its top-left one (Excel would show only that one). */
function hidesContent(sheet: SheetSnapshot): boolean {
  return sheet.merges.some((m) => {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const value = sheet.rows[r]?.[c];
        if (value !== null && value !== undefined && value !== "") return true;
      }
    return false;
  });
}

function harmless(shape: Shape): boolean {
  return shape.strays.length === 0 && shape.trimTail <= 4 && !shape.dropHead;
}

function indicatorSheet(form: IndicatorForm, name: string): { sheet: SheetSnapshot; pristine: boolean } {
  const { template } = form;
  // Figures by value (a row's in each column); label variants and units by row.
  const keys = flattenIndicators(template).map((p) => p.indicator.key);
  const rows = tableRows(template).map((r) => r.indicator.key);
  const at = new Map(rows.map((k, i) => [k, i]));
  const values = Object.fromEntries(keys.map((k, i) => [k, form.figures[i]]));
  const units = Object.fromEntries(rows.flatMap((k, i) => (form.units[i] !== undefined ? [[k, form.units[i]!]] : [])));
  const base = unitForm(template, values, {
    unit: form.header.unit,
    period: form.header.period,
    reportDate: form.header.reportDate,
    title: form.title,
    tableUnit: form.tableUnit,
    units,
    extra: form.extra,
    sheetName: name,
    label: (label, row) => LABEL_VARIANTS[form.variants[at.get(row)!]](label, unitOf(template, row)),
  });
  const sheet = withFormulas(reshape(base, form.shape, form.cumulative), form.shape.formulaEvery);
  return { sheet, pristine: form.variants.every((v) => v !== JUNK_VARIANT) && harmless(form.shape) && form.title === template.title };
}

const ledgerFormArb = fc.constantFrom(...LEDGER_TEMPLATES).chain((template) =>
  fc.record({
    template: fc.constant(template),
    heads: fc.array(fc.nat(4), { minLength: template.columns.length, maxLength: template.columns.length }),
    rows: fc.array(fc.array(cellValueArb, { minLength: template.columns.length, maxLength: template.columns.length }), { maxLength: 8 }),
    statusRows: fc.array(fc.constantFrom("已完成", "立行立改", "持续推进", "未启动", "已 完 成", "完成", "合计"), { maxLength: 8 }),
    title: fc.oneof({ weight: 3, arbitrary: fc.constant(template.title) }, fc.string({ maxLength: 10 })),
    header: headerArb,
    shape: shapeArb,
  }),
);

type LedgerForm = typeof ledgerFormArb extends fc.Arbitrary<infer T> ? T : never;

/** A unit's own ledger: title, header lines, a head of column labels (or aliases), entries, signature. */
function ledgerSheet(form: LedgerForm, name: string): SheetSnapshot {
  const { template } = form;
  const statusColumn = template.status?.column;
  const rows: CellValue[][] = [[form.title], [`填报单位：${form.header.unit ?? ""}`, null, form.header.period ? `截至时间：${form.header.period}` : null]];
  rows.push(template.columns.map((c, i) => [c.label, ...(c.aliases ?? [])][form.heads[i] % (1 + (c.aliases?.length ?? 0))]));
  form.rows.forEach((cells, r) => rows.push(template.columns.map((c, i) => (c.key === statusColumn && form.statusRows[r] !== undefined ? form.statusRows[r] : cells[i]))));
  rows.push(["填表人：", "张三", null, "报出日期：", form.header.reportDate]);
  return withFormulas(reshape(sheetOf(rows, { name }), { ...form.shape, cumulative: false, dropHead: false }, []), form.shape.formulaEvery);
}

const visibilityArb: fc.Arbitrary<SheetVisibility> = fc.oneof({ weight: 10, arbitrary: fc.constant<SheetVisibility>("visible") }, { weight: 1, arbitrary: fc.constantFrom<SheetVisibility>("hidden", "veryHidden") });

/** Other sheets units' workbooks carry: empty ones, a hidden old copy, the add-in's metadata, notes. */
const otherSheetArb = fc.oneof(
  fc.constant<SheetSnapshot>(sheetOf([], { name: "Sheet2" })),
  fc.record({ rows: fc.array(fc.array(cellValueArb, { maxLength: 6 }), { maxLength: 6 }), visibility: visibilityArb, name: fc.constantFrom("说明", "Sheet3", "上期", "_huibao_templates", "Sheet1") }).map((s) => sheetOf(s.rows, { name: s.name, visibility: s.visibility })),
);

const bindingArb = fc.constantFrom("none", "none", "none", "own", "broken", "elsewhere");

/** One unit's workbook: the form (an indicator table, or now and then a ledger), maybe other sheets and a binding. */
export function fuzzWorkbookArb(): fc.Arbitrary<FuzzWorkbook> {
  const indicators = indicatorFormArb.map((f): { indicators?: IndicatorForm; ledger?: LedgerForm } => ({ indicators: f }));
  const ledger = ledgerFormArb.map((f): { indicators?: IndicatorForm; ledger?: LedgerForm } => ({ ledger: f }));
  const formArb = fc.oneof({ weight: 5, arbitrary: indicators }, { weight: 1, arbitrary: ledger });
  return fc
    .record({
      form: formArb,
      name: fc.constantFrom(...SHEET_NAMES),
      visibility: visibilityArb,
      others: fc.array(otherSheetArb, { maxLength: 2 }),
      othersFirst: fc.boolean(),
      binding: bindingArb,
      fileName: fc.oneof(fc.constantFrom("城关镇.xlsx", "东城街道-报表.xlsx", "报表.xlsx", "新华镇人民政府.xlsm"), fc.string({ minLength: 1, maxLength: 8 }).map((s) => `${s}.xlsx`)),
      order: fc.nat(5),
    })
    .map(({ form, name, visibility, others, othersFirst, binding, fileName, order }) => {
      const template: ReportTemplate = form.indicators ? form.indicators.template : form.ledger!.template;
      const made = form.indicators
        ? indicatorSheet(form.indicators, name)
        : { sheet: ledgerSheet(form.ledger!, name), pristine: harmless(form.ledger!.shape) && form.ledger!.title === form.ledger!.template.title };
      // A merge over cells that hold something (the head row merged across 指标名称…累计) hides them in
      // Excel: such a sheet is no longer the form as drawn.
      const sheet = { ...made.sheet, visibility };
      made.pristine &&= !hidesContent(sheet);
      const sheets = othersFirst ? [...others, sheet] : [sheet, ...others];
      const bindings: InputBinding[] =
        binding === "own"
          ? [{ sheetName: name, templateId: template.id, templateVersion: template.version, templateJson: JSON.stringify(template) }]
          : binding === "broken"
            ? [{ sheetName: name, templateId: "lost", templateVersion: "1", templateJson: "{broken" }]
            : binding === "elsewhere"
              ? [{ sheetName: "不存在的表", templateId: template.id, templateVersion: template.version, templateJson: "" }]
              : [];
      // A file's digest is of its content, as the CLI computes it: two files of different content never
      // share one (a random number did, once shrunk, and then file order decided between them).
      const sha256 = createHash("sha256").update(JSON.stringify({ sheets, bindings })).digest("hex");
      return { fileName, order, sha256, template, formSheet: name, formIndex: sheets.indexOf(sheet), sheets, bindings, pristine: made.pristine };
    });
}

/** The workbook as consolidation takes it. */
export function asInput(workbook: FuzzWorkbook): ReadInput {
  return { fileName: workbook.fileName, order: workbook.order, sha256: workbook.sha256, sheets: workbook.sheets, bindings: workbook.bindings };
}
