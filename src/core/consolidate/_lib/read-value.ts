import { problem } from "../../locale";
import type { ExtractedCell } from "../../extract";
import { invalidProblem } from "../../parse/describe-parse";
import { parseValue, plainValue } from "../../parse/parse-value";
import type { ParseStep, ParsedValue } from "../../parse/parsed-value";
import { convertUnit, normalizeUnit, sameUnit, unitFamily } from "../../parse/units";
import type { ValueKind } from "../../template/types";
import type { CellValue } from "../../sheet";
import type { ValueAccount, ValueNote, ValueReason } from "../consolidation-result";
import { memoizeString } from "../../_lib/string-memo";
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
  /**
   * Keeps each cell's parse for the audit, which reads the same cells against the same fields: it takes
   * these and parses nothing again. Only a parse against the field itself is kept, and none of a value
   * read as it stands (plainValue), which the reader hands over itself where it keeps them all.
   */
  keep?: (cell: ExtractedCell, parsed: ParsedValue) => void;
}

/** Parser steps that change the figure's unit of measure (3.2万 → 32000; 2000元 → 0.2万元). */
const CONVERTING_STEPS = new Set<ParseStep["code"]>(["parse.step.unit-converted", "parse.step.multiplier"]);

/** A count unit with no 万/亿 before it (个, 家, 人): two of them differ in name, not in size. */
const isPlainCount = memoizeString((unit: string): boolean => {
  const family = unitFamily(unit);
  return family !== undefined && family.id.startsWith("count:") && family.base === normalizeUnit(unit);
});

/**
 * The notes of a value read as typed. Nearly every value of a consolidation has none, so they all
 * share this one (frozen: nothing may add to it).
 */
const NO_NOTES: readonly ValueNote[] = Object.freeze([]);

function notesOf(steps: readonly ParseStep[]): readonly ValueNote[] {
  return steps.length === 0 ? NO_NOTES : steps;
}

function rejectedBy(parsed: ParsedValue): ValueReason | undefined {
  switch (parsed.status) {
    case "placeholder":
      return problem("parse.placeholder", { raw: parsed.raw });
    case "nil":
      return problem("parse.nil", { raw: parsed.raw });
    case "invalid":
      return invalidProblem(parsed);
    default:
      return undefined;
  }
}

// The accounts below are written out whole, key by key: a value account is made for every cell of
// every file (720,000 for 200 ledgers of 300 rows), and spreading a shared base into each costs
// more than everything else consolidation does with it.

function accepted(cell: ExtractedCell, field: ValueField, context: ValueContext, notes: readonly ValueNote[], value: number | string | Date): ValueAccount {
  return { sheet: context.sheet, cell: cell.address, key: field.key, label: field.label, raw: cell.text, notes, status: "accepted", value };
}

function blank(cell: ExtractedCell, field: ValueField, context: ValueContext): ValueAccount {
  return { sheet: context.sheet, cell: cell.address, key: field.key, label: field.label, raw: cell.text, notes: NO_NOTES, status: "blank" };
}

/** Whether the sheet states its own unit of measure for the value, and not the template's. */
function unitDiffers(field: ValueField, context: ValueContext): boolean {
  return context.sheetUnit !== undefined && field.unit !== undefined && field.unit !== "" && !sameUnit(context.sheetUnit, field.unit);
}

/**
 * The common case, a number or text as typed in the template's unit, with nothing to parse or tell:
 * its value, accepted as it stands, or undefined for any other cell, which readValue reads. Nothing is
 * kept for the audit: it reads such a value as cheaply itself (readField), where a map entry for each
 * would cost more. (A ledger's reader, which states no unit of its own, takes valueAsItStands alone.)
 */
function readAsTyped(value: CellValue, field: ValueField, context: ValueContext): number | string | undefined {
  if (unitDiffers(field, context)) return undefined;
  return plainValue(value, field);
}

/**
 * Read one cell of a unit's sheet for a field of the template: parsed tolerantly, converted into the
 * template's unit of measure where the sheet used another (万只 for 只), and accounted for —
 * accepted (with how it was read), rejected with the reason, or blank. Text is never read as 0.
 * What the clerk should hear about it is added to `findings`.
 */
export function readValue(cell: ExtractedCell, field: ValueField, context: ValueContext, findings: FindingDraft[]): ValueAccount {
  const plain = readAsTyped(cell.value, field, context);
  if (plain !== undefined) return accepted(cell, field, context, NO_NOTES, plain);
  return readParsedValue(cell, field, context, findings);
}

/**
 * readValue of a cell its caller found does not read as typed (readAsTyped gave undefined): parsed
 * at once, not looked at as typed a second time. A ledger's reader takes every cell through
 * readAsTyped first, and its blanks, text in a number column and the like come here.
 */
export function readParsedValue(cell: ExtractedCell, field: ValueField, context: ValueContext, findings: FindingDraft[]): ValueAccount {
  const differs = unitDiffers(field, context);
  const fieldUnit = differs ? context.sheetUnit : field.unit;
  const parseField = differs ? { kind: field.kind, unit: fieldUnit, decimals: field.decimals, options: field.options } : field;
  const parsed = parseValue(cell.value, parseField, context);
  // Parsed in the sheet's unit, the cell means something else to the audit, which reads it in the form's.
  if (!differs) context.keep?.(cell, parsed);
  if (parsed.status === "empty") return blank(cell, field, context);
  const reason = rejectedBy(parsed);
  if (reason) return rejected(cell, field, context, reason, findings);
  if (parsed.status === "date" || parsed.status === "text") {
    const notes = notesOf(parsed.steps);
    pushNoteFindings(findings, cell, field, context, notes);
    return accepted(cell, field, context, notes, parsed.value);
  }
  if (parsed.status !== "number") return rejected(cell, field, context, problem("parse.invalid.not-a-number", { raw: cell.text }), findings);

  let notes = notesOf(parsed.steps);
  let value = parsed.value;
  let converted: ValueAccount["converted"];
  if (parsed.steps.some((s) => CONVERTING_STEPS.has(s.code))) converted = { from: cell.text, to: fieldUnit ?? "" };
  let takenAsIs: FindingDraft | undefined;
  if (differs) {
    const result = convertUnit(value, context.sheetUnit!, field.unit!);
    // 9.99e307 吨 is a finite figure but Infinity 公斤: counted, it would turn the total into Infinity.
    if (result && !Number.isFinite(result.value)) {
      return rejected(cell, field, context, problem("consolidate.value.conversion-overflow", { raw: cell.text, from: context.sheetUnit!, to: field.unit! }), findings);
    }
    if (result) {
      notes = [...notes, problem("consolidate.value.sheet-unit-converted", { raw: String(value), from: context.sheetUnit!, to: field.unit!, value: result.value })];
      converted = { from: context.sheetUnit!, to: field.unit!, original: value };
      value = result.value;
    } else if (isPlainCount(context.sheetUnit!) && isPlainCount(field.unit!)) {
      takenAsIs = {
        ...problem("consolidate.finding.unit-taken-as-is", { label: field.label, cell: cell.address, unit: context.sheetUnit!, fieldUnit: field.unit! }),
        severity: "verify",
        sheet: context.sheet,
        cell: cell.address,
        indicator: field.label,
      };
    } else {
      return rejected(cell, field, context, problem("consolidate.value.unit-mismatch", { raw: cell.text, unit: context.sheetUnit!, fieldUnit: field.unit! }), findings);
    }
  }
  const account = accepted(cell, field, context, notes, value);
  if (parsed.qualifier) account.qualifier = parsed.qualifier;
  if (converted) account.converted = converted;
  if (takenAsIs) findings.push(takenAsIs);
  // "0.4 or 40%?" is asked by the audit where it reads this cell (`keep` is set): it has the row's figures to
  // hand and asks only where they do not settle it. Nor is it asked of a formula's result (the form's own
  // locked rate or change), which no clerk typed. The value's notes keep the step either way.
  const askedElsewhere = cell.formula || context.keep !== undefined;
  pushNoteFindings(findings, cell, field, context, askedElsewhere ? notes.filter((n) => n.code !== "parse.step.percent-fraction") : notes);
  return account;
}

function rejected(cell: ExtractedCell, field: ValueField, context: ValueContext, reason: ValueReason, findings: FindingDraft[]): ValueAccount {
  findings.push({
    ...problem("consolidate.finding.value-rejected", { label: field.label, cell: cell.address, reason }),
    severity: "error",
    sheet: context.sheet,
    cell: cell.address,
    indicator: field.label,
  });
  return { sheet: context.sheet, cell: cell.address, key: field.key, label: field.label, raw: cell.text, notes: NO_NOTES, status: "rejected", reason };
}

function pushNoteFindings(findings: FindingDraft[], cell: ExtractedCell, field: ValueField, context: ValueContext, notes: readonly ValueNote[]): void {
  for (const note of notes) {
    findings.push({
      ...problem("consolidate.finding.value-converted", { label: field.label, cell: cell.address, note }),
      severity: "hint",
      sheet: context.sheet,
      cell: cell.address,
      indicator: field.label,
    });
  }
}
