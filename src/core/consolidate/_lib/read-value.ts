import { message, type MessageCode } from "../../locale";
import type { ExtractedCell } from "../../extract";
import { parseValue } from "../../parse/parse-value";
import type { ParseStep, ParsedValue } from "../../parse/parsed-value";
import { convertUnit, normalizeUnit, sameUnit, unitFamily } from "../../parse/units";
import type { ValueKind } from "../../template/types";
import type { Explained, ValueAccount } from "../consolidation-result";
import { explain } from "./explain";
import type { FindingDraft } from "./finding-draft";

/** What reading a value needs to know of its indicator or ledger column. */
export interface ValueField {
  key: string;
  label: string;
  kind: ValueKind;
  unit?: string;
  decimals?: number;
  options?: string[];
}

export interface ValueContext {
  sheet: string;
  /** The unit of measure the unit's sheet states for this value, when it differs from the template's. */
  sheetUnit?: string;
  /** The report's year, for a 2月20日 written without one. */
  year?: number;
}

export interface ValueReading {
  account: ValueAccount;
  findings: FindingDraft[];
}

/** Parser steps that change the figure's unit of measure (3.2万 → 32000; 2000元 → 0.2万元). */
const CONVERTING_STEPS = new Set<ParseStep["code"]>(["parse.step.unit-converted", "parse.step.multiplier"]);

function stepNote(step: ParseStep): Explained {
  const render = message as (code: MessageCode, params?: unknown) => string;
  return { code: step.code, params: step.params as Record<string, unknown>, message: render(step.code, step.params) };
}

/** A count unit with no 万/亿 before it (个, 家, 人): two of them differ in name, not in size. */
function isPlainCount(unit: string): boolean {
  const family = unitFamily(unit);
  return family !== undefined && family.id.startsWith("count:") && family.base === normalizeUnit(unit);
}

function rejectedBy(parsed: ParsedValue): Explained | undefined {
  switch (parsed.status) {
    case "placeholder":
      return explain("parse.placeholder", { raw: parsed.raw });
    case "nil":
      return explain("parse.nil", { raw: parsed.raw });
    case "invalid": {
      const render = message as (code: MessageCode, params?: unknown) => string;
      return { code: parsed.reason, params: parsed.params as Record<string, unknown>, message: render(parsed.reason, parsed.params) };
    }
    default:
      return undefined;
  }
}

/**
 * Read one cell of a unit's sheet for a field of the template: parsed tolerantly, converted into the
 * template's unit of measure where the sheet used another (万只 for 只), and accounted for —
 * accepted (with how it was read), rejected with the reason, or blank. Text is never read as 0.
 */
export function readValue(cell: ExtractedCell, field: ValueField, context: ValueContext): ValueReading {
  const base = { sheet: context.sheet, cell: cell.address, key: field.key, label: field.label, raw: cell.text, notes: [] as Explained[] };
  const differs = context.sheetUnit !== undefined && field.unit !== undefined && field.unit !== "" && !sameUnit(context.sheetUnit, field.unit);
  const fieldUnit = differs ? context.sheetUnit : field.unit;
  const parsed = parseValue(cell.value, { kind: field.kind, unit: fieldUnit, decimals: field.decimals, options: field.options }, { year: context.year });
  if (parsed.status === "empty") return { account: { ...base, status: "blank" }, findings: [] };
  const reason = rejectedBy(parsed);
  if (reason) return rejected(base, reason);
  if (parsed.status === "date" || parsed.status === "text") {
    const notes = parsed.steps.map(stepNote);
    return { account: { ...base, status: "accepted", value: parsed.value, notes }, findings: notesAsFindings(base, notes) };
  }
  if (parsed.status !== "number") return rejected(base, explain("parse.invalid.not-a-number", { raw: cell.text }));

  const notes = parsed.steps.map(stepNote);
  const qualifier = parsed.qualifier ? { qualifier: parsed.qualifier } : {};
  let value = parsed.value;
  let converted: ValueAccount["converted"];
  if (parsed.steps.some((s) => CONVERTING_STEPS.has(s.code))) converted = { from: cell.text, to: fieldUnit ?? "" };
  const findings: FindingDraft[] = [];
  if (differs) {
    const result = convertUnit(value, context.sheetUnit!, field.unit!);
    // 9.99e307 吨 is a finite figure but Infinity 公斤: counted, it would turn the total into Infinity.
    if (result && !Number.isFinite(result.value)) {
      return rejected(base, explain("consolidate.value.conversion-overflow", { raw: cell.text, from: context.sheetUnit!, to: field.unit! }));
    }
    if (result) {
      notes.push(explain("consolidate.value.sheet-unit-converted", { raw: String(value), from: context.sheetUnit!, to: field.unit!, value: result.value }));
      converted = { from: context.sheetUnit!, to: field.unit!, original: value };
      value = result.value;
    } else if (isPlainCount(context.sheetUnit!) && isPlainCount(field.unit!)) {
      findings.push({
        severity: "verify",
        code: "consolidate.finding.unit-taken-as-is",
        sheet: context.sheet,
        cell: cell.address,
        indicator: field.label,
        message: message("consolidate.finding.unit-taken-as-is", { label: field.label, cell: cell.address, unit: context.sheetUnit!, fieldUnit: field.unit! }),
      });
    } else {
      return rejected(base, explain("consolidate.value.unit-mismatch", { raw: cell.text, unit: context.sheetUnit!, fieldUnit: field.unit! }));
    }
  }
  const account: ValueAccount = { ...base, status: "accepted", value, ...qualifier, ...(converted ? { converted } : {}), notes };
  return { account, findings: [...findings, ...notesAsFindings(base, notes)] };
}

function rejected(base: Omit<ValueAccount, "status">, reason: Explained): ValueReading {
  const finding: FindingDraft = {
    severity: "error",
    code: "consolidate.finding.value-rejected",
    sheet: base.sheet,
    cell: base.cell,
    indicator: base.label,
    message: message("consolidate.finding.value-rejected", { label: base.label, cell: base.cell, reason: reason.message }),
  };
  return { account: { ...base, status: "rejected", reason }, findings: [finding] };
}

function notesAsFindings(base: Omit<ValueAccount, "status">, notes: readonly Explained[]): FindingDraft[] {
  return notes.map((note) => ({
    severity: "hint",
    code: "consolidate.finding.value-converted",
    sheet: base.sheet,
    cell: base.cell,
    indicator: base.label,
    message: message("consolidate.finding.value-converted", { label: base.label, cell: base.cell, note: note.message }),
  }));
}
