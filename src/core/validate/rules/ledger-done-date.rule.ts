import { cellText } from "../../form/cell-text";
import { findingAt } from "../_lib/make-finding";
import type { Finding } from "../finding";
import { fieldIn } from "../read-report";
import { isReading } from "../reading";
import type { Rule } from "../rule";

/** A row marked done (已完成) carries its 完成日期, and that date is not after the 报出日期. */
export const ledgerDoneDateRule: Rule = {
  id: "ledger-done-date",
  check({ reading }) {
    const template = reading.template;
    if (template.kind !== "ledger" || !template.status?.doneDateColumn) return [];
    const { column, doneValues, doneDateColumn } = template.status;
    const reportDate = reading.header.reportDate;
    const findings: Finding[] = [];
    const statusColumn = template.columns.findIndex((c) => c.key === column);
    const doneColumn = template.columns.findIndex((c) => c.key === doneDateColumn);
    const { rows, values } = reading.entries;
    const width = template.columns.length;
    for (let entry = 0; entry < rows.length; entry++) {
      // A done date read as a number or text is neither blank nor a date: nothing to say of it.
      const done = doneColumn < 0 || statusColumn < 0 ? undefined : values[entry * width + doneColumn];
      if (typeof done !== "object") continue;
      // The status as text, read in place: a status read as it stands is its text, no reading is made for it.
      const status = values[entry * width + statusColumn];
      const statusText = typeof status === "string" ? status : isReading(status) && status.status === "text" ? (status.text ?? "") : undefined;
      if (statusText === undefined || !doneValues.includes(statusText)) continue;
      if (isReading(done) && done.status === "empty") {
        findings.push(findingAt(reading, done, "validate.done-without-date", "error", { row: rows[entry] + 1, status: statusText }, { code: "fix.fill-date", params: {} }));
        continue;
      }
      const date = done instanceof Date ? done : done.status === "date" ? done.date : undefined;
      if (date && reportDate?.status === "date" && date > reportDate.date!) {
        // A whole day read as it stands has its reading made only now, to say so.
        const read = isReading(done) ? done : fieldIn(reading, entry, doneColumn)!;
        findings.push(findingAt(reading, read, "validate.done-after-report", "error", { row: rows[entry] + 1, date: read.cell.text, reportDate: cellText(reportDate.date!) }));
      }
    }
    return findings;
  },
};
