import type { uiZh } from "../zh-CN/ui";

export const uiEn: typeof uiZh = {
  "ui.app-title": () => "HuiBao",

  "ui.mode-excel": () => "Excel",

  "ui.mode-browser": () => "Browser mode",

  "ui.starting": () => "Starting…",

  "ui.cancel": () => "Cancel",

  "ui.dismiss": () => "Dismiss",

  "ui.browser-hint": () => "Not running in Excel: create a workbook or open an .xlsx file, then Download to save it.",

  "ui.workbook.new": () => "New workbook",
  "ui.workbook.open": () => "Open .xlsx",
  "ui.workbook.download": () => "Download",
  "ui.workbook.current": (p) => `Workbook: ${p.name}`,
  "ui.workbook.none": () => "No workbook open.",
  "ui.workbook.default-name": () => "huibao-workbook.xlsx",
  "ui.workbook.loading": () => "Preparing the workbook…",
  "ui.workbook.opening": (p) => `Opening "${p.name}"…`,
  "ui.workbook.opened": (p) => `Opened "${p.name}".`,
  "ui.workbook.created": () => "Created an empty workbook.",
  "ui.workbook.downloading": (p) => `Building "${p.name}"…`,
  "ui.workbook.downloaded": (p) => `Downloaded "${p.name}".`,
  "ui.workbook.unsaved": () => "The workbook has changes not downloaded yet.",

  "ui.sheet.label": () => "Report sheet",
  "ui.sheet.placeholder": () => "Choose the sheet to fill in",
  "ui.sheet.none": () => "The workbook has no report made from a template yet; choose a template above and create one, or recognise the office's own form below.",
  "ui.sheet.unbound": (p) => `Sheet "${p.sheet}" was not made from a template. Switch to a report sheet, create one above, or recognise the office's own form below.`,
  "ui.sheet.template-unreadable": (p) => `The template (${p.id}) recorded for sheet "${p.sheet}" cannot be read and is not built in.`,
  "ui.sheet.loading": () => "Reading the workbook's reports…",

  "ui.tab.label": () => "Views",
  "ui.tab.fill": () => "Fill in",
  "ui.tab.audit": () => "Audit",
  "ui.tab.consolidate": () => "Consolidate",

  "ui.write.partly-written": (p) => `Sheets already made: ${p.sheets}; delete them in Excel before trying again.`,
  "ui.sheet.summary": (p) => `Sheet "${p.sheet}" is a summary made from the units' reports, not a unit's form; it is not edited here.`,
  "ui.sheet.summary-narrate": () => "Write narrative",
  "ui.workbook.restored": (p) => `Restored the workbook "${p.name}" not yet downloaded (as of ${p.time}). Remember to download it.`,
  "ui.workbook.kept": () => "The workbook has changes not yet downloaded, kept in this browser (a reload restores them); download it soon.",
  "ui.workbook.leave": () => "The workbook has changes not yet downloaded; download it before leaving.",
  "ui.workbook.switch-title": (p) => `"${p.name}" is not downloaded`,
  "ui.workbook.switch-body": (p) => `Opening "${p.next}" closes the current workbook "${p.name}", which has changes not yet downloaded.`,
  "ui.workbook.switch-download": () => "Download, then open",
  "ui.workbook.switch-discard": () => "Open without downloading",
  "ui.boot.office-slow": (p) => `Still not connected to Excel after ${p.seconds} s (office.js has not loaded). On an intranet without access to Microsoft's servers, use the browser mode instead.`,
  "ui.boot.use-browser": () => "Use the browser mode",
};
