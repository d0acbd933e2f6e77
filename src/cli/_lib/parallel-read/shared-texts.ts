import type { ValidationFindingLike } from "../../../core/consolidate";

/**
 * The texts of the audit's findings as the main thread keeps them from the reading threads: one string
 * for each text, however many findings and files repeat it. A message is copied string by string (a
 * structured clone shares objects, never strings), so each of the 28,000 findings of 200 ledgers arrived
 * with its own copies of its code, severity, sheet, cell, labels and compared values — some 270 of its 500
 * bytes — all kept until the summary is written and copied meanwhile by the collector's scavenges. Put
 * back as the first string of the same text, each copy is dropped young, before any scavenge copies it.
 * Only equal strings are exchanged: no value changes.
 */
export class SharedTexts {
  private readonly known = new Map<string, string>();

  /** The string kept for `text`: the first one seen equal to it. */
  of(text: string): string {
    const kept = this.known.get(text);
    if (kept !== undefined) return kept;
    this.known.set(text, text);
    return text;
  }

  /** The findings' string fields, and their params' (one level down), replaced by the strings kept for them, in place. */
  shareFindings(findings: readonly ValidationFindingLike[]): void {
    for (let i = 0; i < findings.length; i++) {
      this.shareFields(findings[i] as unknown as Record<string, unknown>);
      const params = findings[i].params as Record<string, unknown> | undefined;
      if (params) this.shareFields(params);
    }
  }

  private shareFields(record: Record<string, unknown>): void {
    for (const key in record) {
      const value = record[key];
      if (typeof value === "string") record[key] = this.of(value);
    }
  }
}
