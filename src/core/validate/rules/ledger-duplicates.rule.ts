import { FNV_OFFSET, fnv1a } from "../../_lib/fnv-1a";
import { withoutSpaces } from "../../_lib/without-spaces";
import { findingAt } from "../_lib/make-finding";
import { fieldIn } from "../read-report";
import { entryText } from "../../extract/ledger-entries";
import type { LedgerEntries } from "../../extract";
import type { Finding } from "../finding";
import type { Rule } from "../rule";

/** Two ledger rows alike in the identity columns (or in every column) are probably entered twice. */
export const ledgerDuplicatesRule: Rule = {
  id: "ledger-duplicates",
  check({ reading }) {
    const template = reading.template;
    if (template.kind !== "ledger") return [];
    const keys = template.identityColumns?.length ? template.identityColumns : template.columns.map((c) => c.key);
    const identityColumns = keys.map((k) => template.columns.findIndex((c) => c.key === k));
    const entries = reading.report.entries;
    if (!entries) return [];
    // The finding is anchored at the first identity column's cell, or the row's first cell where the sheet lacks that column.
    const anchorColumn = identityColumns[0] >= 0 && entries.columns[identityColumns[0]] >= 0 ? identityColumns[0] : entries.columns.findIndex((col) => col >= 0);
    const labels = keys.map((k) => template.columns.find((c) => c.key === k)?.label ?? k).join("、");
    // Rows are told apart by a hash of their identity, then by the identity itself where two hashes are
    // alike: no key string is made for each row (300 a ledger, each some three texts long), nor a map
    // entry. The first entry of each identity is kept in a table of twice as many slots as entries, at
    // its hash's slot or the next free one after it.
    const count = entries.rows.length;
    const mask = (1 << Math.ceil(Math.log2(2 * count + 1))) - 1;
    const slots = new Int32Array(mask + 1).fill(-1);
    const hashes = new Int32Array(count);
    const findings: Finding[] = [];
    for (let entry = 0; entry < count; entry++) {
      let h = FNV_OFFSET;
      let filled = false;
      for (let i = 0; i < identityColumns.length; i++) {
        const part = identityPart(entries, entry, identityColumns[i]);
        if (part !== "") filled = true;
        // Each part closed by its length, so no two different rows hash as one because their parts run together.
        h = Math.imul(fnv1a(part, h) ^ part.length, 0x01000193);
      }
      if (!filled) continue;
      let slot = h & mask;
      while (slots[slot] >= 0 && !(hashes[slots[slot]] === h && sameIdentity(entries, identityColumns, slots[slot], entry))) slot = (slot + 1) & mask;
      const first = slots[slot];
      if (first < 0) {
        slots[slot] = entry;
        hashes[entry] = h;
        continue;
      }
      const anchor = anchorColumn < 0 ? undefined : fieldIn(reading, entry, anchorColumn);
      if (anchor) findings.push(findingAt(reading, anchor, "validate.duplicate-row", "verify", { row: entries.rows[entry] + 1, other: entries.rows[first] + 1, columns: labels }));
    }
    return findings;
  },
};

/** An entry's text in an identity column, spaces dropped ("" where the template or the sheet has no such column). */
function identityPart(entries: LedgerEntries, entry: number, column: number): string {
  return column < 0 ? "" : withoutSpaces(entryText(entries, entry, column) ?? "");
}

function sameIdentity(entries: LedgerEntries, identityColumns: readonly number[], a: number, b: number): boolean {
  for (let i = 0; i < identityColumns.length; i++) if (identityPart(entries, a, identityColumns[i]) !== identityPart(entries, b, identityColumns[i])) return false;
  return true;
}
