/** Reading a table by its two axes: why a filled cell was not read as a value of the form. */
export const extractZh = {
  "extract.unmatched-label": (p: { label: string }) => `表式中没有“${p.label}”这一指标，该数未计入汇总`,
  "extract.ambiguous-label": (p: { label: string; candidates: string }) =>
    `“${p.label}”在表式中不止一处（${p.candidates}），上方的分组标题无法确定是哪一处，该行数值未计入；请核对分组标题`,
  "extract.duplicate-row": (p: { label: string; first: string }) => `“${p.label}”已在 ${p.first} 出现过，重复的这一行未计入`,
  "extract.unknown-column": (p: { head: string }) => `列“${p.head}”不是本表式的栏目，该列数值未计入`,
  "extract.ambiguous-column": (p: { column: string; heads: string }) =>
    `表式的“${p.column}”栏在表中对应不止一列（${p.heads}），无法确定取哪一列，这些列的数值均未计入`,
  "extract.column-of-two": (p: { head: string; columns: string }) => `列“${p.head}”可能是表式的“${p.columns}”中任一栏，无法确定，该列数值未计入`,
  "extract.not-filled": (p: { label: string; column: string }) => `“${p.label}”在“${p.column}”栏不应填写（表式中为“—”），该数值未计入`,
  "extract.no-column-heads": (p: { count: number }) =>
    p.count > 1 ? `表中没有栏目标题，数值分布在 ${p.count} 列中，无法确定各列是什么，均未计入` : "表中没有栏目标题，无法确定数值列，未计入",
  "extract.not-migrated": (p: { label: string; version: string }) => `“${p.label}”是旧版表式的栏目，${p.version} 版表式中没有对应项，该数值未计入`,
  "extract.missing-columns": (p: { columns: string; found: readonly string[] }) =>
    `表中没有找到（或无法唯一确定）表式的“${p.columns}”栏；表中的其他栏目：${p.found.map((head) => `“${head}”`).join("、") || "—"}`,
};
