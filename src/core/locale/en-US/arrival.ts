import type { arrivalZh } from "../zh-CN/arrival";

export const arrivalEn: typeof arrivalZh = {
  "parse.invalid.formula-uncomputed": (_p) =>
    "formula not computed: the file was saved without its formulas' results (usually written by a program); open and save it in Excel or WPS and send it again",

  "parse.invalid.scientific": (p) => `"${p.raw}" is in scientific notation, not a figure as clerks write it (perhaps copied from elsewhere); not read as a number: write the digits`,

  "consolidate.input.unit-conflict": (p) =>
    `Sheet "${p.sheet}" of ${p.file ? `file "${p.file}"` : "the file"} names "${p.written}" (${p.byHeader}) as reporting unit at ${p.cell}, but the file name says "${p.byFile}": whose report it is cannot be told, so it is not used and does not replace "${p.byHeader}"'s report. Check the reporting unit and send it again`,
  "consolidate.input.sheet-without-unit": (p) =>
    `Sheet "${p.sheet}" of ${p.file ? `file "${p.file}"` : "the file"} also looks like this form but names no reporting unit, so whose report it is cannot be told; not counted (sheet "${p.kept}" is)`,
  "consolidate.input.same-unit-sheet": (p) => `Sheet "${p.sheet}" of ${p.file ? `file "${p.file}"` : "the file"} is "${p.unit}"'s report as is sheet "${p.kept}"; only "${p.kept}" is counted`,
  "consolidate.input.part-of-total": (p) =>
    `Sheet "${p.sheet}" (${p.unit}) of ${p.file ? `file "${p.file}"` : "the file"} is already included in the totals of sheet "${p.totalSheet}" (${p.total}); listed, not added again`,
  "consolidate.input.covered-by-parent": (p) =>
    `"${p.unit}" (${p.file ? `file "${p.file}"` : "the file"}, sheet "${p.sheet}") is included in its parent "${p.parent}"'s summary ("${p.parentFile}"); not added again`,
  "consolidate.value.audit-error": (p) => `audit error, not counted: ${p.reason}`,
  "consolidate.head.covered": (p) => `Units included in their upper level's summary (${p.count}; counted once, not missing)`,
  "consolidate.finding.unit-decided": (p) =>
    `Unit confirmed by the consolidating clerk: reporting unit "${p.written}" and file name "${p.file}" name different units; counted for "${p.unit}" as the ${p.by === "header" ? "sheet's reporting unit" : "file name"} says`,
  "consolidate.unit-how.clerk-decided": () => "confirmed by clerk",
  "consolidate.finding.several-units": (p) => `File "${p.file}" holds the reports of ${p.count} units (${p.units}); each is counted`,

  "reminder.title": (p) => `[Reminder] ${p.title}${p.period ? ` (${p.period})` : ""}`,
  "reminder.missing": (p) => `${p.count} unit(s) have not reported yet: ${p.names}.`,
  "reminder.refused": (p) => `${p.count} report(s) could not be used; please correct and send again:`,
  "reminder.refused-item": (p) => `${p.index}. ${p.who}: ${p.reason}`,
  "reminder.values-rejected": (p) => `${p.count} value(s) not counted (${p.cells})`,
  "reminder.values-not-found": (p) => `${p.count} value(s) not found on the sheet (${p.names}); please fill them in as the form asks`,
  "reminder.rejected-cell": (p) => `"${p.sheet}" ${p.cell} "${p.label}": ${p.reason}`,
  "reminder.deadline": () => "Please report as soon as possible. Thank you!",
  "reminder.all-in": (p) => `All ${p.count} units have reported; no reminder needed.`,
};
