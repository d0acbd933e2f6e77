import { withoutSpaces } from "../../_lib/without-spaces";
import { findingAt } from "../_lib/make-finding";
import { fieldIn } from "../read-report";
import { entryText } from "../../extract/ledger-entries";
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
    const seen = new Map<string, number>();
    const findings: Finding[] = [];
    for (let entry = 0; entry < entries.rows.length; entry++) {
      // Each part prefixed with its length, so no two different rows make one key (as JSON of the parts would not).
      let identity = "";
      let filled = false;
      for (let i = 0; i < identityColumns.length; i++) {
        const part = identityColumns[i] < 0 ? "" : withoutSpaces(entryText(entries, entry, identityColumns[i]) ?? "");
        if (part !== "") filled = true;
        identity += `${part.length}:${part}`;
      }
      if (!filled) continue;
      const first = seen.get(identity);
      if (first === undefined) {
        seen.set(identity, entries.rows[entry]);
        continue;
      }
      const anchor = anchorColumn < 0 ? undefined : fieldIn(reading, entry, anchorColumn);
      if (anchor) findings.push(findingAt(reading, anchor, "validate.duplicate-row", "verify", { row: entries.rows[entry] + 1, other: first + 1, columns: labels }));
    }
    return findings;
  },
};
