import type { officeZh } from "../zh-CN/office";

export const officeEn: typeof officeZh = {
  "office.not-in-excel": () => "This page is not running inside Excel, so it cannot read or write the workbook. Open it with the 打开汇报通 button on Excel's Home tab.",
  "office.skipped-validation": (p) =>
    `This Excel does not support data validation (ExcelApi 1.8); sheet "${p.sheet}" has no input prompts or drop-downs. Use the audit after filling it in.`,
  "office.skipped-page-layout": (p) =>
    `This Excel does not support page setup (ExcelApi 1.9); sheet "${p.sheet}" has no A4 paper, scaling or print titles. Set them in Page Layout before printing.`,
  "office.page-layout-failed": (p) =>
    `Sheet "${p.sheet}" was created, but Excel did not complete its page setup (A4 paper, scaling, print titles); set them in Page Layout before printing. Reason: ${p.detail}`,
  "office.skipped-list": (p) =>
    `The options for sheet "${p.sheet}" from ${p.cell} contain a comma or exceed 255 characters, so Excel cannot show them as a drop-down; the audit checks them instead.`,
};
