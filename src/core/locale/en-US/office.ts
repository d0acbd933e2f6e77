import type { officeZh } from "../zh-CN/office";

export const officeEn: typeof officeZh = {
  "office.not-in-excel": () => "This page is not running inside Excel, so it cannot read or write the workbook. Open it with the 打开汇报通 button on Excel's Home tab.",
  "office.busy": () => "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  "office.sheet-not-found": (p) => `Sheet "${p.sheet}" was not found; it may have been deleted or renamed.`,
  "office.item-not-found": (p) => `Excel could not find the object to work on: ${p.detail}`,
  "office.sheet-exists": (p) => `Sheet "${p.sheet}" already exists. Nothing was changed so no data is overwritten; confirm replacing it to create it again.`,
  "office.payload-too-large": (p) =>
    `${p.sheet ? `The data of sheet "${p.sheet}"` : "This data"} exceeds Excel's limit for one request (about 5 MB). Work in smaller parts and try again.`,
  "office.unsupported-host": (p) => `This version of Excel lacks a required feature (${p.detail}). Use Excel 2019 or later, Microsoft 365 or Excel on the web.`,
  "office.host-error": (p) => `Excel reported an error (${p.code}): ${p.detail}`,
  "office.skipped-validation": (p) =>
    `This Excel does not support data validation (ExcelApi 1.8); sheet "${p.sheet}" has no input prompts or drop-downs. Use the audit after filling it in.`,
  "office.skipped-page-layout": (p) =>
    `This Excel does not support page setup (ExcelApi 1.9); sheet "${p.sheet}" has no A4 paper, scaling or print titles. Set them in Page Layout before printing.`,
  "office.page-layout-failed": (p) =>
    `Sheet "${p.sheet}" was created, but Excel did not complete its page setup (A4 paper, scaling, print titles); set them in Page Layout before printing. Reason: ${p.detail}`,
  "office.skipped-list": (p) =>
    `The options for sheet "${p.sheet}" from ${p.cell} contain a comma or exceed 255 characters, so Excel cannot show them as a drop-down; the audit checks them instead.`,
};
