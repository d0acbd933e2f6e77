import type { inferZh } from "../zh-CN/infer";

export const inferEn: typeof inferZh = {
  "infer.no-head": (p) => `no table head on sheet "${p.sheet}" (no 主栏 head such as 指标名称 or 项目, no 本期/累计 column): the form cannot be inferred`,
  "infer.no-rows": (p) => `no rows below the head (${p.cell}) on sheet "${p.sheet}": the form cannot be inferred`,
  "infer.no-columns": (p) => `no value columns right of the head (${p.cell}) on sheet "${p.sheet}": the form cannot be inferred`,
  "infer.invalid": (p) => `the form inferred from sheet "${p.sheet}" is incomplete: ${p.details}`,
  "infer.head-guessed": (p) => `no 主栏 head found; the row of ${p.cell} "${p.head}" is taken as the head`,
  "infer.no-title": () => "no title above the head; the sheet's name is used",
  "infer.column-role-unknown": (p) => `column "${p.head}" (${p.cell}) is neither 本期, 累计 nor 上年同期 as far as can be told: a plain value column`,
  "infer.column-role-repeated": (p) => `column "${p.head}" (${p.cell}) is a second "${p.role}" column: a plain value column`,
  "infer.change-assumed": (p) => `column "${p.head}" (${p.cell}) has no formula: computed as (${p.current} − ${p.base}) ÷ ${p.base} × 100`,
  "infer.change-without-base": (p) => `column "${p.head}" (${p.cell}) is a change with nothing to compute it from: kept per unit, not summed`,
  "infer.rate-without-formula": (p) => `"${p.label}" (${p.cell}) is a rate without a formula: kept per unit, not summed`,
  "infer.kind-guessed": (p) => `"${p.label}" (${p.cell}) has no unit: taken as a count`,
  "infer.after-breakdown": (p) => `"${p.label}" (${p.cell}) follows a 其中 part of "${p.parent}" without indentation: taken as beside "${p.parent}", not under it`,
  "infer.breakdown-assumed": (p) => `${p.count} 其中 breakdowns audited as overlapping parts; set breakdown to complete or exclusive where that is what they are`,
  "infer.empty-section": (p) => `heading "${p.title}" (${p.cell}) has no rows under it: left out`,
  "infer.duplicate-label": (p) => `"${p.label}" (${p.cell}) repeats ${p.first} within one part: rename one of them`,
  "infer.formula-unread": (p) => `formula "${p.formula}" in ${p.cell} is not understood: the cell is taken as typed`,
  "infer.differs": (p) => `file "${p.file}", sheet "${p.sheet}" is another form than most files' "${p.form}": not consolidated as it`,
  "infer.notes-title": (p) => `${p.count} things to check:`,
  "infer.note-at": (p) => `sheet "${p.sheet}": ${p.note}`,
};
