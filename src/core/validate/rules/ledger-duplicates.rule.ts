import { withoutSpaces } from "../../_lib/without-spaces";
import { findingAt } from "../_lib/make-finding";
import { fieldIn } from "../read-report";
import type { Finding } from "../finding";
import type { Rule } from "../rule";

/** Two ledger rows alike in the identity columns (or in every column) are probably entered twice. */
export const ledgerDuplicatesRule: Rule = {
  id: "ledger-duplicates",
  check({ reading }) {
    const template = reading.template;
    if (template.kind !== "ledger") return [];
    const keys = template.identityColumns?.length ? template.identityColumns : template.columns.map((c) => c.key);
    const anchorColumn = template.columns.findIndex((c) => c.key === keys[0]);
    const labels = keys.map((k) => template.columns.find((c) => c.key === k)?.label ?? k).join("、");
    const seen = new Map<string, number>();
    const findings: Finding[] = [];
    for (const row of reading.rows) {
      // Each part prefixed with its length, so no two different rows make one key (as JSON of the parts would not).
      let identity = "";
      let filled = false;
      for (let i = 0; i < keys.length; i++) {
        const part = withoutSpaces(row.cells[keys[i]]?.text ?? "");
        if (part !== "") filled = true;
        identity += `${part.length}:${part}`;
      }
      if (!filled) continue;
      const first = seen.get(identity);
      if (first === undefined) {
        seen.set(identity, row.row);
        continue;
      }
      const anchor = fieldIn(template, row, anchorColumn >= 0 && row.values[anchorColumn] !== undefined ? anchorColumn : row.values.findIndex((v) => v !== undefined));
      if (anchor) findings.push(findingAt(reading, anchor, "validate.duplicate-row", "verify", { row: row.row + 1, other: first + 1, columns: labels }));
    }
    return findings;
  },
};
