import { tableRows } from "../template/table-cells";
import type { IndicatorTemplate, LedgerColumn } from "../template/types";
import { convertUnit, sameUnit } from "../parse/units";
import { normalizeLabel } from "./normalize-label";

export interface LabelCandidate {
  key: string;
  sectionIndex: number;
  unit?: string;
}

/** What a row label names: one row of the 主栏, or several that its section does not tell apart. */
export type LabelMatch = { key: string } | { ambiguous: string[] };

/** The section a heading row puts the rows below it in: a known one, or one the template does not know. */
export type SectionState = number | "unknown" | undefined;

/**
 * The 主栏's labels and aliases by normalised form. One label may belong to several rows when it
 * repeats across sections (企业总数 under each class of a one-column 复工复产 form): the section heading
 * above it decides, and when it cannot (no heading, or one the template does not know), the label is
 * ambiguous — never placed by position.
 */
export class IndicatorLabelIndex {
  private readonly byLabel = new Map<string, LabelCandidate[]>();
  private readonly sections = new Map<string, number>();
  private readonly keys: string[];

  constructor(template: IndicatorTemplate) {
    const rows = tableRows(template);
    this.keys = rows.map((r) => r.indicator.key);
    for (const r of rows) {
      for (const label of [r.indicator.label, ...(r.indicator.aliases ?? [])]) {
        const key = normalizeLabel(label).key;
        const list = this.byLabel.get(key) ?? [];
        if (!list.some((c) => c.key === r.indicator.key)) list.push({ key: r.indicator.key, sectionIndex: r.sectionIndex, ...(r.indicator.unit ? { unit: r.indicator.unit } : {}) });
        this.byLabel.set(key, list);
      }
    }
    template.sections.forEach((section, i) => {
      for (const title of [section.title, ...(section.aliases ?? [])]) if (title) this.sections.set(normalizeLabel(title).key, i);
    });
  }

  /** Every row key of the template. */
  allKeys(): string[] {
    return [...this.keys];
  }

  /** The section a heading row names, if any. */
  section(label: string): number | undefined {
    return this.sections.get(normalizeLabel(label).key);
  }

  /** Whether a label names some row, whatever its section. */
  knows(label: string): boolean {
    return this.byLabel.has(normalizeLabel(label).key);
  }

  /**
   * The row a label names, told apart where it repeats by the section heading above it, then by the
   * unit the sheet states for it (84消毒液 in 吨 and in 瓶).
   */
  match(label: string, section: SectionState, unit?: string): LabelMatch | undefined {
    const candidates = this.byLabel.get(normalizeLabel(label).key);
    if (!candidates) return undefined;
    if (candidates.length === 1) return { key: candidates[0].key };
    const inSection = candidates.filter((c) => c.sectionIndex === section);
    if (inSection.length === 1) return { key: inSection[0].key };
    const pool = inSection.length > 1 ? inSection : candidates;
    const byUnit = unit ? pool.filter((c) => c.unit !== undefined && (sameUnit(c.unit, unit) || convertUnit(1, unit, c.unit) !== undefined)) : [];
    return byUnit.length === 1 ? { key: byUnit[0].key } : { ambiguous: candidates.map((c) => c.key) };
  }
}

const indexes = new WeakMap<IndicatorTemplate, IndicatorLabelIndex>();

/** The label index of a template, built once per template object. */
export function labelIndexFor(template: IndicatorTemplate): IndicatorLabelIndex {
  let index = indexes.get(template);
  if (!index) indexes.set(template, (index = new IndicatorLabelIndex(template)));
  return index;
}

/** Ledger columns by normalised head text and aliases. */
export function columnLabelIndex(columns: readonly LedgerColumn[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const column of columns)
    for (const label of [column.label, ...(column.aliases ?? [])]) index.set(normalizeLabel(label).key, column.key);
  return index;
}
