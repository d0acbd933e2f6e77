import type { ExtractedCell, ExtractedReport, LedgerEntries } from "../extract";
import { entryCell, entryValue, ledgerEntriesOf } from "../extract/ledger-entries";
import { problem } from "../locale";
import { convertUnit, invalidProblem, parseValue, plainValue, sameUnit, type ParsedValue, type ParseField } from "../parse";
import { valueAsItStands } from "../parse/parse-value";
import { defaultDecimals } from "../layout/number-formats";
import { headerFields } from "../template/header-fields";
import { valueFields } from "../template/value-fields";
import type { LedgerTemplate, ReportTemplate } from "../template/types";
import { isReading, type EntryReadings, type FieldReading, type ReadingStep, type ReportReading, type RowValue } from "./reading";

type Field = ParseField & { key: string; label: string };

/**
 * A cell's value as the consolidation already read it against the same field: the parse, or the
 * value itself when it read as it stands (plainValue) and needed none. Keyed by the extracted cell.
 * A cell without one is read here; one that reads as it stands costs no more than a look-up.
 */
export type PriorParse = ParsedValue | number | string;

/**
 * A ledger entry's value as the consolidation read it: as a PriorParse, or a date that read as it stands
 * (plainDate), given as the cell's Date: its parse would say no more, and a ledger's date columns are
 * 120,000 cells for 200 ledgers.
 */
export type EntryPrior = PriorParse | Date;

/**
 * The steps of a reading that has none — nearly every cell of a consolidation — shared, frozen so that
 * nothing can add to it (only the readings' own arrays are ever added to).
 */
const NO_STEPS = Object.freeze([]) as unknown as ReadingStep[];

/**
 * A field's reading with its status and steps, the rest added by the caller. Written out key by key, not
 * spread from a shared base: the audit of a consolidation reads every cell of every file (720,000 for
 * 200 ledgers of 300 rows), and a spread per cell cost more than the rules themselves. A reading of text
 * or a number is made whole by textReading and numberOf, its value in the literal: a key added afterwards
 * would cost each of them a second allocation.
 */
function fieldReading(field: Field, cell: ExtractedCell, status: FieldReading["status"], steps: ReadingStep[]): FieldReading {
  return { key: field.key, label: field.label, kind: field.kind, decimals: field.decimals ?? defaultDecimals(field.kind), unit: field.unit, cell, status, steps };
}

function dateReading(field: Field, cell: ExtractedCell, steps: ReadingStep[], date: Date): FieldReading {
  const reading = fieldReading(field, cell, "date", steps);
  reading.date = date;
  return reading;
}

function textReading(field: Field, cell: ExtractedCell, steps: ReadingStep[], text: string): FieldReading {
  return { key: field.key, label: field.label, kind: field.kind, decimals: field.decimals ?? defaultDecimals(field.kind), unit: field.unit, cell, status: "text", steps, text };
}

function numberOf(field: Field, cell: ExtractedCell, steps: ReadingStep[], number: number): FieldReading {
  return { key: field.key, label: field.label, kind: field.kind, decimals: field.decimals ?? defaultDecimals(field.kind), unit: field.unit, cell, status: "number", steps, number };
}

/**
 * One cell read for a field: the parse (the one made before, when given: a cell is parsed once), then
 * the sheet's own unit of measure converted to the form's.
 */
export function readField(field: Field, cell: ExtractedCell, sheetUnit?: string, year?: number, given?: PriorParse): FieldReading {
  // A value that reads as it stands (nearly every cell) is read without a parse made up for it: parseValue
  // would begin with the same plainValue and wrap it in a parse with no steps. The consolidation hands
  // over only the parses it made, not these, so a ledger's audit keeps no entry for each of its cells.
  const prior = given ?? plainValue(cell.value, field);
  if (typeof prior === "string") return textReading(field, cell, NO_STEPS, prior);
  if (typeof prior === "number") return numberReading(field, cell, sheetUnit, prior, NO_STEPS);
  return readParsed(field, cell, sheetUnit, year, prior);
}

/** A cell that does not read as it stands: its parse (the one given, or made here) as a reading. */
function readParsed(field: Field, cell: ExtractedCell, sheetUnit: string | undefined, year: number | undefined, given: ParsedValue | undefined): FieldReading {
  const parsed: ParsedValue = given === undefined ? parseValue(cell.value, field, year ? { year } : {}) : given;
  switch (parsed.status) {
    case "empty":
      return fieldReading(field, cell, "empty", NO_STEPS);
    case "placeholder":
    case "nil":
      return fieldReading(field, cell, parsed.status, NO_STEPS);
    case "text":
      return textReading(field, cell, parsed.steps, parsed.value);
    case "date":
      return dateReading(field, cell, parsed.steps, parsed.value);
    case "invalid": {
      const reading = fieldReading(field, cell, "invalid", NO_STEPS);
      reading.invalid = invalidProblem(parsed);
      return reading;
    }
    case "number": {
      const typedUnit = parsed.steps.some((s) => s.code === "parse.step.unit-converted" || s.code === "parse.step.unit-dropped");
      const reading = numberReading(field, cell, typedUnit ? undefined : sheetUnit, parsed.value, parsed.steps.length === 0 ? NO_STEPS : [...parsed.steps]);
      if (parsed.qualifier && reading.status === "number") reading.qualifier = parsed.qualifier;
      return reading;
    }
  }
}

/**
 * A ledger cell's value: as it stands (a number or text, which readField would read with no step and
 * nothing converted: a ledger states no unit of its own; a whole day, which it would read as that day
 * with no step), or its whole reading. A ledger's audit makes no reading for the former until a rule
 * speaks of it (fieldIn): a date's would be a reading, its cell and that cell's text (2023/2/20), and a
 * ledger's two date columns are 120,000 cells for 200 ledgers, of which a rule speaks of few.
 */
function entryReading(field: Field, entries: LedgerEntries, entry: number, column: number, year: number | undefined, given: EntryPrior | undefined): RowValue {
  const value = entryValue(entries, entry, column);
  const prior = given ?? valueAsItStands(value, field);
  if (typeof prior === "string" || typeof prior === "number" || prior instanceof Date) return prior;
  return readParsed(field, entryCell(entries, entry, column)!, undefined, year, prior);
}

/**
 * The reading of a ledger entry's cell in the template's column `column` (undefined where the sheet has
 * no such column): the one made, or, for a value that reads as it stands, the one readField gives it.
 */
export function fieldIn(reading: ReportReading, entry: number, column: number): FieldReading | undefined {
  const template = reading.template as LedgerTemplate;
  const value = reading.entries.values[entry * template.columns.length + column];
  if (value === undefined || isReading(value)) return value;
  const field = template.columns[column];
  const cell = entryCell(reading.report.entries!, entry, column)!;
  // A date's is the reading readParsed makes of its parse with no step (parseValue's own for such a cell).
  if (value instanceof Date) return dateReading(field, cell, [], value);
  return typeof value === "number" ? numberOf(field, cell, NO_STEPS, value) : textReading(field, cell, NO_STEPS, value);
}

/** An indicator table's entries: none. */
const NO_ENTRIES: EntryReadings = Object.freeze({ rows: Object.freeze([]), values: Object.freeze([]) });

/**
 * A number read for a field, converted from the sheet's unit of measure into the form's (none given when
 * the clerk typed the unit with the figure, which the parse converted already); `steps` is the reading's
 * own (or NO_STEPS), to add the conversion to.
 */
function numberReading(field: Field, cell: ExtractedCell, sheetUnit: string | undefined, number: number, steps: ReadingStep[]): FieldReading {
  let value = number;
  if (sheetUnit && field.unit && !sameUnit(sheetUnit, field.unit)) {
    const converted = convertUnit(value, sheetUnit, field.unit);
    if (!converted) {
      const reading = fieldReading(field, cell, "invalid", steps);
      reading.invalid = problem("validate.unit-unconvertible", { label: field.label, from: sheetUnit, to: field.unit });
      return reading;
    }
    value = converted.value;
    steps = [...steps, problem("validate.unit-converted", { label: field.label, from: sheetUnit, to: field.unit, value })];
  }
  return numberOf(field, cell, steps, value);
}

/**
 * Parse every value an extracted report holds, against its template. A cell in `prior` was parsed
 * already, against the same field, by whoever read the report first (the consolidation): its parse is
 * taken, not made again; so is a ledger entry's value in `priorEntries` (by entry × column count + column).
 */
export function readReport(
  template: ReportTemplate,
  report: ExtractedReport,
  file?: string,
  prior?: ReadonlyMap<ExtractedCell, PriorParse>,
  priorEntries?: readonly (EntryPrior | undefined)[],
): ReportReading {
  const header: ReportReading["header"] = {};
  for (const f of headerFields(template.periodKind)) {
    const cell = report.header[f.key];
    if (cell) header[f.key] = readField({ key: f.key, label: f.label, kind: f.kind }, cell, undefined, undefined, prior?.get(cell));
  }
  const year = header.reportDate?.status === "date" ? header.reportDate.date?.getUTCFullYear() : undefined;
  const indicators = new Map<string, FieldReading>();
  const notes = new Map<string, string>();
  let entries = NO_ENTRIES;
  const ledger = template.kind === "ledger" ? ledgerEntriesOf(report, template) : undefined;
  if (template.kind === "indicators") {
    // In a table of several columns a value is named with its column (医用口罩·累计) wherever a finding speaks of it.
    const fields = valueFields(template);
    for (const extracted of Object.values(report.indicators)) {
      const field = fields.get(extracted.key);
      if (!field) continue;
      indicators.set(extracted.key, readField(field, extracted.value, extracted.unitOnSheet ?? report.tableUnit, year, prior?.get(extracted.value)));
      if (extracted.note?.text) notes.set(extracted.key, extracted.note.text);
    }
  } else if (ledger) {
    const columns = template.columns;
    const extracted = ledger;
    const values = new Array<RowValue | undefined>(extracted.values.length);
    // Indexed loops over one array of values: this runs for every cell of every ledger consolidated.
    for (let e = 0, i = 0; e < extracted.rows.length; e++) {
      for (let c = 0; c < columns.length; c++, i++) {
        if (extracted.columns[c] >= 0) values[i] = entryReading(columns[c], extracted, e, c, year, priorEntries?.[i]);
      }
    }
    entries = { rows: extracted.rows, values };
  }
  return { template, report, ...(file ? { file } : {}), indicators, entries, header, notes };
}
