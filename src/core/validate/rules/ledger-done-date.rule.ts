import { cellText } from "../../form/cell-text";
import { findingAt } from "../_lib/make-finding";
import { fieldIn } from "../read-report";
import type { Finding } from "../finding";
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
      // A done date read as it stands is a number or text: neither blank nor a date, nothing to say of it.
      if (doneColumn < 0 || statusColumn < 0 || typeof values[entry * width + doneColumn] !== "object") continue;
      const status = fieldIn(reading, entry, statusColumn);
      const done = fieldIn(reading, entry, doneColumn);
      if (!status || !done || status.status !== "text" || !doneValues.includes(status.text ?? "")) continue;
      if (done.status === "empty") {
        findings.push(findingAt(reading, done, "validate.done-without-date", "error", { row: rows[entry] + 1, status: status.text ?? "" }, { code: "fix.fill-date", params: {} }));
      } else if (done.status === "date" && reportDate?.status === "date" && done.date! > reportDate.date!) {
        findings.push(findingAt(reading, done, "validate.done-after-report", "error", { row: rows[entry] + 1, date: done.cell.text, reportDate: cellText(reportDate.date!) }));
      }
    }
    return findings;
  },
};
