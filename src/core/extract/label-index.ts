import { flattenIndicators } from "../template/indicator-tree";
import type { IndicatorTemplate, LedgerColumn } from "../template/types";
import { normalizeLabel } from "./normalize-label";

export interface LabelCandidate {
  key: string;
  sectionIndex: number;
}

/**
 * Template labels and aliases by normalised form. One label may belong to several indicators when it
 * repeats across sections (复工复产: 企业总数 under each class); the section decides.
 */
export class IndicatorLabelIndex {
  private readonly byLabel = new Map<string, LabelCandidate[]>();
  private readonly sections = new Map<string, number>();
  private readonly keys: string[];

  constructor(template: IndicatorTemplate) {
    const placed = flattenIndicators(template);
    this.keys = placed.map((p) => p.indicator.key);
    for (const p of placed) {
      for (const label of [p.indicator.label, ...(p.indicator.aliases ?? [])]) {
        const key = normalizeLabel(label).key;
        const list = this.byLabel.get(key) ?? [];
        if (!list.some((c) => c.key === p.indicator.key)) list.push({ key: p.indicator.key, sectionIndex: p.sectionIndex });
        this.byLabel.set(key, list);
      }
    }
    template.sections.forEach((section, i) => {
      if (section.title) this.sections.set(normalizeLabel(section.title).key, i);
    });
  }

  /** Every indicator key of the template. */
  allKeys(): string[] {
    return [...this.keys];
  }

  /** The section a heading row names, if any. */
  section(label: string): number | undefined {
    return this.sections.get(normalizeLabel(label).key);
  }

  /** The indicator a label names, preferring the current section when the label repeats. */
  match(label: string, currentSection: number | undefined, taken: ReadonlySet<string>): string | undefined {
    const candidates = this.byLabel.get(normalizeLabel(label).key);
    if (!candidates) return undefined;
    // The first candidate not taken, unless one in the current section is also free.
    let first: LabelCandidate | undefined;
    for (const c of candidates) {
      if (taken.has(c.key)) continue;
      if (c.sectionIndex === currentSection) return c.key;
      first ??= c;
    }
    return first?.key;
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
