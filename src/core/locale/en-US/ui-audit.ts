import type { uiAuditZh } from "../zh-CN/ui-audit";

export const uiAuditEn: typeof uiAuditZh = {
  "ui.audit.heading": () => "Audit",
  "ui.audit.scope": () => "Audit",
  "ui.audit.scope-sheet": (p) => `the current sheet "${p.sheet}"`,
  "ui.audit.scope-sheet-none": () => "the current sheet (no report chosen yet)",
  "ui.audit.scope-workbook": () => "every report in the workbook",
  "ui.audit.run": () => "Audit",
  "ui.audit.rerun-hint": () => "Audit again after changes; the previous marks are cleared first.",
  "ui.audit.running-sheet": (p) => `Auditing sheet "${p.sheet}"…`,
  "ui.audit.running-workbook": () => "Auditing every report in the workbook…",
  "ui.audit.no-workbook": () => "Create a workbook or open an .xlsx file under Fill in first, then audit it.",
  "ui.audit.not-a-report": (p) => `Sheet "${p.sheet}" was not made from a template and matches no built-in form; it cannot be audited.`,
  "ui.audit.no-reports": () => "The workbook holds no report sheet made from a template; nothing to audit.",
  "ui.audit.passed": (p) => `Audit passed: no problems found in ${p.sheets}.`,
  "ui.audit.summary": (p) =>
    `Audited ${p.sheets}: ${p.error} error(s), ${p.verify} to verify, ${p.hint} hint(s). The cells concerned are marked on the sheet with a fill and a note.`,
  "ui.audit.mark-failed": (p) => `The problems are listed, but they could not be marked on the sheet: ${p.detail}`,
  "ui.audit.browser-hint": () =>
    "The browser page has no grid: click a problem to highlight where it is; the cells are marked in the workbook, visible in Excel once downloaded.",
  "ui.audit.group": (p) => `${p.severity} (${p.count})`,
  "ui.audit.location": (p) => `At: ${p.field ? `${p.field} (sheet "${p.sheet}" ${p.cell})` : `sheet "${p.sheet}" ${p.cell}`}`,
  "ui.audit.location-file": (p) => `At: ${p.field ? `${p.field} ("${p.file}", sheet "${p.sheet}" ${p.cell})` : `"${p.file}", sheet "${p.sheet}" ${p.cell}`}`,
  "ui.audit.fix": (p) => `Suggestion: ${p.fix}`,
  "ui.audit.accept": () => "Explain and accept",
  "ui.audit.note-label": (p) => `Explanation (written to the note cell ${p.cell})`,
  "ui.audit.note-hint": () => "Say why the figure changed or differs, e.g. “two new checkpoints”.",
  "ui.audit.note-existing": (p) => `Note ${p.cell} already says: ${p.text}`,
  "ui.audit.note-write": () => "Write the note",
  "ui.audit.note-writing": (p) => `Writing the explanation into sheet "${p.sheet}" ${p.cell}…`,
  "ui.audit.note-written": (p) => `The explanation was written into the note cell ${p.cell} of sheet "${p.sheet}".`,
  "ui.audit.accepted": (p) => `Explained (note ${p.cell}): ${p.note}`,
};
