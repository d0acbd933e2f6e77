import { findTableHead, headAt, headerFieldOf, type TableHead } from "../extract";
import { cellText } from "../form/cell-text";
import { problem, type Problem } from "../locale";
import { cellAddress, cellAt, parseCellAddress, type CellValue, type SheetSnapshot } from "../sheet";
import { checkTemplate } from "../template/load-template";
import type { ColumnRole, Indicator, IndicatorSection, IndicatorTemplate, TotalRow, ValueColumn, ValueKind } from "../template/types";
import { comparesWithPrevious, isPlainValueHead, ROLE_NAMES, roleOfHead } from "./_lib/column-role";
import { readFormHeader } from "./_lib/form-header";
import { formulaShape, type FormulaShape } from "./_lib/formula-shape";
import { formSignature } from "./_lib/form-signature";
import { headingRank, isBreakdownMarker, labelParts, unitWord, type LabelParts } from "./_lib/label-parts";
import { kindOfUnit, namesARate } from "./_lib/unit-kind";
import type { InferCode, InferNote } from "./infer-note";

export type InferOutcome = { ok: true; template: IndicatorTemplate; notes: InferNote[] } | { ok: false; problem: Problem<InferCode> };

export interface InferOptions {
  /** The template's id; by default one made from the form's rows and columns, the same for every copy of the form. */
  id?: string;
}

/** A value cell of a row as the form has it. */
interface FormCell {
  text: string;
  value: CellValue;
  shape?: FormulaShape;
  /** A formula that says nothing a template can state. */
  unread?: string;
  /** — or / printed where the row takes no figure. */
  dash: boolean;
}

interface FormRow {
  row: number;
  address: string;
  type: "heading" | "total" | "indicator" | "marker";
  parts: LabelParts;
  unit?: string;
  /** Indentation: the cell's indent, else its leading spaces, with a numbering's rank as a hint. */
  level: number;
  cells: FormCell[];
}

interface FormColumn {
  col: number;
  address: string;
  head: string;
  label: string;
  aliases?: string[];
  unit?: string;
  group?: string;
  role?: ColumnRole;
  key: string;
}

const TOTAL_LABELS = new Set(["合计", "总计", "合计数", "总合计", "全部合计"]);
const FOOTER = /^(注|说明|备注|附注|填表说明|填报说明|指标解释)\s*[0-9一二三四五六七八九十]*\s*[:：、.．]|^填表说明|^填报说明/;
const DASH = /^[-—–－/／\\、]+$/;
const ROLE_KEYS: Record<ColumnRole, string> = { current: "current", cumulative: "cumulative", "previous-year": "lastYear", previous: "previous", change: "change" };
const SEARCH_ROWS = 30;

/**
 * A template read off a form as an office drew it in Excel, blank or filled: the title and header block
 * above the table, the head (several rows, merged, 斜线), the 主栏 with its sections (一、), 其中 tree
 * (the 其中 prefix, indentation, numbering) and 合计 row, units from a 计量单位 column or inside labels and
 * heads, the 宾栏 columns with their roles (本期, 累计, 上年同期, 上期, 增减) and the formulas that compute
 * rates, changes and totals, kinds from units and the figures typed. What it cannot tell for certain it
 * says, with the cell, in `notes`; a result the schema refuses is a failure, never a template.
 */
export function inferTemplate(sheet: SheetSnapshot, options: InferOptions = {}): InferOutcome {
  const notes: InferNote[] = [];
  const note = (p: Problem<InferCode>) => notes.push({ sheet: sheet.name, problem: p });
  const head = findTableHead(sheet) ?? guessHead(sheet, note);
  if (!head) return { ok: false, problem: problem("infer.no-head", { sheet: sheet.name }) };
  const headCell = cellAddress(head.row, head.labelCol);
  if (head.columns.length === 0) return { ok: false, problem: problem("infer.no-columns", { sheet: sheet.name, cell: headCell }) };

  const columns = formColumns(sheet, head, note);
  const rows = formRows(sheet, head);
  const indicatorRows = rows.filter((r) => r.type === "indicator");
  if (indicatorRows.length === 0) return { ok: false, problem: problem("infer.no-rows", { sheet: sheet.name, cell: headCell }) };
  const header = readFormHeader(sheet, head.row);
  if (!header.title) note(problem("infer.no-title"));

  const keyOfRow = new Map(indicatorRows.map((r, i) => [r.row, `r${i + 1}`]));
  const columnAt = new Map(columns.map((c, i) => [c.col, i]));
  const listMode = columns.length === 1 || head.unitCol !== undefined || indicatorRows.some((r) => r.unit) || columns.some((c) => c.role && c.role !== "change");

  const valueColumns = columns.map((column, i) => valueColumn(column, i, { rows: indicatorRows, columns, columnAt, listMode, tableUnit: header.tableUnit, note }));
  const { sections, total, breakdowns } = stubTree(rows, { keyOfRow, columns, listMode, tableUnit: header.tableUnit, hasIndentation: indicatorRows.some((r) => r.level > 0), note });
  if (breakdowns > 0) note(problem("infer.breakdown-assumed", { count: breakdowns }));
  for (const r of rows) r.cells.forEach((c, i) => c.unread && note(problem("infer.formula-unread", { cell: cellAddress(r.row, columns[i].col), formula: c.unread })));

  const stubHead = cellText(cellAt(sheet, head.row, head.labelCol)).trim().replace(/[ \u3000]+/g, "");
  const draft: IndicatorTemplate = {
    id: "form",
    version: "1.0.0",
    kind: "indicators",
    title: header.title ?? sheet.name,
    ...(header.tableNo ? { tableNo: header.tableNo } : {}),
    ...(header.issuer ? { issuer: header.issuer } : {}),
    periodKind: header.periodKind,
    ...(stubHead ? { stubHead } : {}),
    columns: valueColumns,
    ...(total ? { totalRow: total } : {}),
    sections,
  };
  const template: IndicatorTemplate = { ...draft, id: options.id ?? `form-${formSignature(draft)}` };
  const checked = checkTemplate(template, sheet.name);
  if (!checked.ok) return { ok: false, problem: problem("infer.invalid", { sheet: sheet.name, details: checked.message }) };
  return { ok: true, template, notes };
}

/** Without a 主栏 head word: the first row with a 宾栏 head (本期, 累计…) or 计量单位, its leftmost text the 主栏. */
function guessHead(sheet: SheetSnapshot, note: (p: Problem<InferCode>) => void): TableHead | undefined {
  for (let row = 0; row < Math.min(SEARCH_ROWS, sheet.rows.length); row++) {
    const texts = (sheet.rows[row] ?? []).map((v) => cellText(v).trim().replace(/\s+/g, ""));
    if (!texts.some((t) => t && (roleOfHead(t) !== undefined || t === "计量单位"))) continue;
    const labelCol = texts.findIndex((t) => t !== "" && !/^(序号|编号|行次)$/.test(t));
    if (labelCol < 0) continue;
    const head = headAt(sheet, row, labelCol);
    if (head.columns.length === 0) continue;
    note(problem("infer.head-guessed", { cell: cellAddress(row, labelCol), head: texts[labelCol] }));
    return head;
  }
  return undefined;
}

/** The texts above a column's own head within the head rows (a group head, merged or not: 上年 over 同期). */
function textAbove(sheet: SheetSnapshot, head: TableHead, col: number, leafRow: number): string {
  let text = "";
  for (let row = head.row; row < leafRow; row++) {
    const merge = sheet.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
    text += cellText(merge ? cellAt(sheet, merge.top, merge.left) : cellAt(sheet, row, col)).replace(/\s+/g, "");
  }
  return text;
}

function formColumns(sheet: SheetSnapshot, head: TableHead, note: (p: Problem<InferCode>) => void): FormColumn[] {
  const taken = new Set<ColumnRole>();
  const columns = head.columns.map((c, i): FormColumn => {
    const parts = labelParts(c.leaf);
    const label = parts.label || c.leaf;
    // A leaf that says little (同期) is told by the head above it (上年).
    const above = textAbove(sheet, head, c.col, parseCellAddress(c.address)?.row ?? head.row);
    const own = roleOfHead(label);
    let role = own ?? (above ? roleOfHead(above + label) : undefined);
    // Named in full where its own head says too little (上年同期 for 同期 under 上年), and still known by its head.
    const told = !own && role && !c.group && above.length <= 6 ? { label: above + label, aliases: [label] } : undefined;
    if (role && role !== "change" && taken.has(role)) {
      note(problem("infer.column-role-repeated", { cell: c.address, head: label, role: ROLE_NAMES[role] }));
      role = undefined;
    }
    if (role) taken.add(role);
    return { col: c.col, address: c.address, head: c.leaf, label: told?.label ?? label, ...(told ? { aliases: told.aliases } : {}), ...(parts.unit ? { unit: parts.unit } : {}), ...(c.group ? { group: c.group } : {}), ...(role ? { role } : {}), key: `c${i + 1}` };
  });
  // Columns of roles are keyed by them (current, cumulative, lastYear), the others by place.
  const roleCount = new Map<ColumnRole, number>();
  for (const c of columns) if (c.role) roleCount.set(c.role, (roleCount.get(c.role) ?? 0) + 1);
  for (const c of columns) if (c.role && roleCount.get(c.role) === 1) c.key = ROLE_KEYS[c.role];
  const hasRoles = columns.some((c) => c.role);
  if (hasRoles)
    for (const c of columns) if (!c.role && !isPlainValueHead(c.label) && !namesARate(c.label)) note(problem("infer.column-role-unknown", { cell: c.address, head: c.label }));
  return columns;
}

/** The first text of a row and its column. */
function firstText(sheet: SheetSnapshot, row: number): { text: string; col: number } | undefined {
  const cells = sheet.rows[row] ?? [];
  for (let col = 0; col < cells.length; col++) {
    const text = cellText(cells[col]).trim();
    if (text) return { text, col };
  }
  return undefined;
}

function isFooter(text: string, hasFigures: boolean): boolean {
  const plain = text.replace(/[\s\u3000]+/g, "");
  if (FOOTER.test(plain)) return true;
  return headerFieldOf(plain) !== undefined && (/[:：]|盖章|签字|签名/.test(plain) || !hasFigures);
}

/** The rows of the table, from below the head to the notes or signatures under it. */
function formRows(sheet: SheetSnapshot, head: TableHead): FormRow[] {
  const rows: FormRow[] = [];
  const firstValueCol = Math.min(...head.columns.map((c) => c.col));
  for (let row = head.dataStart; row < sheet.rows.length; row++) {
    const first = firstText(sheet, row);
    if (!first) continue;
    const cells = head.columns.map((c): FormCell => {
      const value = cellAt(sheet, row, c.col);
      const text = cellText(value).trim();
      const formula = sheet.formulas?.[`${row},${c.col}`];
      const shape = formula ? formulaShape(formula) : undefined;
      return { text, value, dash: DASH.test(text), ...(shape ? { shape } : {}), ...(formula && !shape ? { unread: formula.replace(/^=/, "") } : {}) };
    });
    const hasFigures = cells.some((c) => (c.text && !c.dash) || c.shape || c.unread);
    if (isFooter(first.text, hasFigures)) break;
    const own = cellText(cellAt(sheet, row, head.labelCol));
    // A heading is often merged across the row from the 序号 column.
    const raw = own.trim() ? own : first.col < firstValueCol ? first.text : "";
    if (!raw) continue;
    const parts = labelParts(raw);
    const unitText = head.unitCol !== undefined ? cellText(cellAt(sheet, row, head.unitCol)).trim() : "";
    // A 计量单位 column's text is a unit whatever its word (亩, 册); one inside a label only when it is a known unit word.
    const unit = (unitText && (unitWord(unitText) ?? (unitText.length <= 6 && !/\d/.test(unitText) && !DASH.test(unitText) ? unitText : undefined))) || parts.unit;
    const merged = sheet.merges.some((m) => m.top <= row && row <= m.bottom && m.left <= head.labelCol && m.right >= firstValueCol);
    const indent = sheet.indents?.[`${row},${head.labelCol}`] ?? 0;
    const level = (indent > 0 ? indent : parts.spaces / 2) + (parts.rank >= 3 ? (parts.rank - 3) / 10 : 0);
    let type: FormRow["type"] = "indicator";
    if (isBreakdownMarker(raw) && !hasFigures) type = "marker";
    else if (TOTAL_LABELS.has(parts.label)) type = "total";
    // A heading's numbering may stand in the 序号 column (一 | 资金保障).
    const serial = head.serialCol !== undefined ? cellText(cellAt(sheet, row, head.serialCol)).trim() : "";
    const numberedHeading = headingRank(raw) > 0 || /^([一二三四五六七八九十]+[、.．]?|[(（][一二三四五六七八九十]+[)）])$/.test(serial);
    if (type === "indicator" && !hasFigures && !unit && (numberedHeading || merged || !own.trim())) type = "heading";
    rows.push({ row, address: cellAddress(row, own.trim() ? head.labelCol : first.col), type, parts, ...(unit ? { unit } : {}), level, cells });
  }
  return rows;
}

interface ColumnContext {
  rows: readonly FormRow[];
  columns: readonly FormColumn[];
  columnAt: ReadonlyMap<number, number>;
  listMode: boolean;
  tableUnit?: string;
  note: (p: Problem<InferCode>) => void;
}

/** The formula most of a column's cells share across their own row (复工率 = 已复工 ÷ 企业总数; 同比 = (本期 − 上年同期) ÷ 上年同期). */
function columnFormula(index: number, context: ColumnContext): ValueColumn["formula"] {
  const votes = new Map<string, { count: number; formula: NonNullable<ValueColumn["formula"]> }>();
  for (const r of context.rows) {
    const shape = r.cells[index].shape;
    if (!shape || (shape.type !== "ratio" && shape.type !== "change")) continue;
    const [a, b] = shape.type === "ratio" ? [shape.numerator, shape.denominator] : [shape.current, shape.base];
    if (a.row !== r.row || b.row !== r.row) continue;
    const [ca, cb] = [context.columnAt.get(a.col), context.columnAt.get(b.col)];
    if (ca === undefined || cb === undefined) continue;
    const [ka, kb] = [context.columns[ca].key, context.columns[cb].key];
    const formula: NonNullable<ValueColumn["formula"]> =
      shape.type === "ratio" ? { type: "ratio", numerator: ka, denominator: kb, scale: shape.scale } : { type: "change", current: ka, base: kb, scale: shape.scale };
    const id = JSON.stringify(formula);
    votes.set(id, { formula, count: (votes.get(id)?.count ?? 0) + 1 });
  }
  return [...votes.values()].sort((x, y) => y.count - x.count)[0]?.formula;
}

/** The kind the figures typed in some cells show: a fraction makes a decimal; none typed, undefined. */
function kindOfFigures(cells: readonly FormCell[]): ValueKind | undefined {
  const figures = cells.filter((c) => !c.shape && !c.dash && typeof c.value === "number").map((c) => c.value as number);
  if (figures.length === 0) return undefined;
  return figures.every((n) => Number.isInteger(n)) ? "integer" : "decimal";
}

function valueColumn(column: FormColumn, index: number, context: ColumnContext): ValueColumn {
  const { columns, listMode, note } = context;
  const out: ValueColumn = { key: column.key, label: column.label };
  if (column.aliases) out.aliases = column.aliases;
  if (column.group) out.group = column.group;
  let formula = columnFormula(index, context);
  let role = column.role;
  if (role === "change" && !formula) {
    const baseRole: ColumnRole = comparesWithPrevious(column.label) ? "previous" : "previous-year";
    const current = columns.find((c) => c.role === "current") ?? columns.find((c) => c.role === "cumulative");
    const base = columns.find((c) => c.role === baseRole);
    if (current && base) {
      formula = { type: "change", current: current.key, base: base.key, scale: 100 };
      note(problem("infer.change-assumed", { cell: column.address, head: column.label, current: current.label, base: base.label }));
    } else {
      role = undefined;
      note(problem("infer.change-without-base", { cell: column.address, head: column.label }));
    }
  }
  if (role) out.role = role;
  if (formula?.type === "change" && !role) out.role = "change";
  const unit = column.unit ?? (listMode ? undefined : context.tableUnit);
  const isRate = formula?.type === "ratio" || (unit !== undefined && kindOfUnit(unit) === "percent") || namesARate(column.label);
  if (formula) out.formula = formula;
  if (formula?.type === "change" || isRate) {
    out.kind = "percent";
    out.unit = unit ?? "%";
    if (!formula) {
      out.aggregate = "keep-per-unit";
      note(problem("infer.rate-without-formula", { cell: column.address, label: column.label }));
    }
    return out;
  }
  if (role === undefined && column.unit === undefined && listMode && !out.role) {
    // A list's plain column (数值): each row says what its figures are.
    return out;
  }
  if (listMode && column.unit === undefined) return out;
  if (unit) {
    out.unit = unit;
    out.kind = kindOfUnit(unit);
  } else {
    const figures = kindOfFigures(context.rows.map((r) => r.cells[index]));
    out.kind = figures ?? "integer";
    if (!figures) note(problem("infer.kind-guessed", { cell: column.address, label: column.label }));
  }
  out.aggregate = "sum";
  return out;
}

interface TreeContext {
  keyOfRow: ReadonlyMap<number, string>;
  columns: readonly FormColumn[];
  listMode: boolean;
  tableUnit?: string;
  hasIndentation: boolean;
  note: (p: Problem<InferCode>) => void;
}

/** A row's own figures: the kind, unit and aggregation of an indicator in a list (a grid's columns say them instead). */
function rowValue(r: FormRow, indicator: Indicator, context: TreeContext): void {
  const { keyOfRow, note } = context;
  const unit = r.unit ?? context.tableUnit;
  // A rate row: a cell dividing two rows of its own column.
  const ratio = r.cells
    .map((c, i) => ({ shape: c.shape, col: context.columns[i].col }))
    .find(({ shape, col }) => shape?.type === "ratio" && shape.numerator.col === col && shape.denominator.col === col && shape.numerator.row !== r.row);
  if (ratio?.shape?.type === "ratio") {
    const numerator = keyOfRow.get(ratio.shape.numerator.row);
    const denominator = keyOfRow.get(ratio.shape.denominator.row);
    if (numerator && denominator) {
      Object.assign(indicator, { unit: unit ?? "%", kind: "percent", formula: { numerator, denominator, scale: ratio.shape.scale }, aggregate: "recompute" });
      return;
    }
  }
  if (!context.listMode) return;
  if (unit) indicator.unit = unit;
  if ((unit && kindOfUnit(unit) === "percent") || namesARate(indicator.label)) {
    Object.assign(indicator, { kind: "percent", unit: unit ?? "%", aggregate: "keep-per-unit" });
    note(problem("infer.rate-without-formula", { cell: r.address, label: indicator.label }));
    return;
  }
  const figures = kindOfFigures(r.cells);
  let kind: ValueKind = unit ? kindOfUnit(unit) : (figures ?? "integer");
  if (kind === "integer" && figures === "decimal") kind = "decimal";
  if (!unit && !figures) note(problem("infer.kind-guessed", { cell: r.address, label: indicator.label }));
  indicator.kind = kind;
  indicator.aggregate = "sum";
}

/**
 * The 主栏: sections under their headings, each row under the row it is a 其中 part of — by the 其中
 * prefix (or a 其中： row), the indentation, and the numbering's rank (（1） under 1.) — and the 合计 row.
 */
function stubTree(rows: readonly FormRow[], context: TreeContext): { sections: IndicatorSection[]; total?: TotalRow; breakdowns: number } {
  const { keyOfRow, columns, note } = context;
  const sections: IndicatorSection[] = [];
  let section: IndicatorSection & { cell?: string } = { indicators: [] };
  let total: TotalRow | undefined;
  let stack: Array<{ level: number; indicator: Indicator; row: FormRow }> = [];
  let previous: { level: number; row: FormRow; parent?: Indicator; indicator: Indicator } | undefined;
  let marker = false;
  const labelsInSection = new Map<string, string>();
  const cellsOf = new Map<Indicator, FormRow>();
  let seenIndicator = false;

  const close = () => {
    if (section.indicators.length) sections.push(section.title ? { title: section.title, indicators: section.indicators } : { indicators: section.indicators });
    else if (section.title) note(problem("infer.empty-section", { cell: section.cell ?? "", title: section.title }));
  };
  for (const r of rows) {
    if (r.type === "heading") {
      close();
      section = { title: r.parts.label, cell: r.address, indicators: [] };
      stack = [];
      previous = undefined;
      labelsInSection.clear();
      continue;
    }
    if (r.type === "marker") {
      marker = true;
      continue;
    }
    if (r.type === "total") {
      total = { key: "total", label: r.parts.label, position: seenIndicator ? "last" : "first" };
      continue;
    }
    seenIndicator = true;
    const indicator: Indicator = { key: keyOfRow.get(r.row)!, label: r.parts.label };
    cellsOf.set(indicator, r);
    rowValue(r, indicator, context);
    const filled = columns.filter((_, i) => !r.cells[i].dash).map((c) => c.key);
    if (filled.length < columns.length && filled.length > 0) indicator.columns = filled;

    let level = r.level;
    // A 其中 part printed without indentation sits under the row above it all the same.
    const unindentedPart = previous?.parent !== undefined && previous.row.parts.breakdown && previous.row.level <= (cellsOf.get(previous.parent)?.level ?? 0);
    if ((r.parts.breakdown || marker) && previous) {
      const sibling = previous.row.parts.breakdown && previous.row.level === r.level && previous.parent !== undefined;
      level = sibling ? previous.level : Math.max(level, previous.level + 0.5);
    } else if (unindentedPart && r.level > (cellsOf.get(previous!.parent!)?.level ?? 0)) {
      // …and the parts after it, indented, are its siblings.
      level = previous!.level;
    } else if (previous?.parent && previous.row.parts.breakdown && !context.hasIndentation && r.level === previous.row.level) {
      note(problem("infer.after-breakdown", { cell: r.address, label: r.parts.label, parent: previous.parent.label }));
    }
    marker = false;
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const parent = stack[stack.length - 1]?.indicator;
    if (parent) (parent.children ??= []).push(indicator);
    else section.indicators.push(indicator);
    stack.push({ level, indicator, row: r });
    previous = { level, row: r, parent, indicator };

    const first = labelsInSection.get(r.parts.label);
    if (first) note(problem("infer.duplicate-label", { cell: r.address, label: r.parts.label, first }));
    else labelsInSection.set(r.parts.label, r.address);
  }
  close();

  // A total whose cells add up its parts is a complete breakdown; otherwise the parts are taken as overlapping.
  let breakdowns = 0;
  const visit = (indicator: Indicator) => {
    if (!indicator.children?.length) return;
    const row = cellsOf.get(indicator)!;
    const parts = new Set(indicator.children.map((c) => cellsOf.get(c)!.row));
    const sums = row.cells.some((c) => c.shape?.type === "sum" && c.shape.refs.length === parts.size && c.shape.refs.every((ref) => parts.has(ref.row)));
    indicator.breakdown = sums ? "complete" : "overlapping";
    if (!sums) breakdowns++;
    indicator.children.forEach(visit);
  };
  for (const s of sections) s.indicators.forEach(visit);
  return { sections, ...(total ? { total } : {}), breakdowns };
}
