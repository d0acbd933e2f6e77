import type { extractZh } from "../zh-CN/extract";

export const extractEn: typeof extractZh = {
  "extract.unmatched-label": (p) => `the template has no indicator "${p.label}"; the figure is not counted`,
  "extract.ambiguous-label": (p) =>
    `"${p.label}" is in the form more than once (${p.candidates}) and the section heading above does not tell which; the row's figures were not counted — check the heading`,
  "extract.duplicate-row": (p) => `"${p.label}" already appeared at ${p.first}; this repeated row was not counted`,
  "extract.unknown-column": (p) => `Column "${p.head}" is not a column of this form; its figures were not counted`,
  "extract.ambiguous-column": (p) => `The form's column "${p.column}" matches more than one column of the sheet (${p.heads}); none of them was counted`,
  "extract.column-of-two": (p) => `Column "${p.head}" could be any of the form's columns ${p.columns}; it was not counted`,
  "extract.not-filled": (p) => `"${p.label}" takes no figure in column "${p.column}" (— on the form); not counted`,
  "extract.no-column-heads": (p) =>
    p.count > 1 ? `The table has no column heads and its figures are in ${p.count} columns; none could be placed` : "The table has no column heads; no value column could be found",
  "extract.not-migrated": (p) => `"${p.label}" belongs to an earlier version of the form and has no place in version ${p.version}; not counted`,
  "extract.missing-columns": (p) => `The form's column(s) "${p.columns}" were not found on the sheet (or not uniquely); the sheet's other columns: ${p.found.map((head) => `"${head}"`).join(", ") || "—"}`,
};
