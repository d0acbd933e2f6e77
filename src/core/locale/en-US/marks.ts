import type { marksZh } from "../zh-CN/marks";

export const marksEn: typeof marksZh = {
  "marks.note-line": (p) => `[${p.severity}] ${p.message}`,
  "marks.note-line-fix": (p) => `[${p.severity}] ${p.message} (suggestion: ${p.fix})`,
  "marks.note-empty": (p) => `Sheet "${p.sheet}" ${p.cell}: the explanation must not be empty; say why the figure changed or differs, then confirm.`,
  "marks.bad-cell": (p) => `"${p.cell}" in sheet "${p.sheet}" is not a valid cell address.`,
};
