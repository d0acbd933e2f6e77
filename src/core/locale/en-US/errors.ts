import type { errorsZh } from "../zh-CN/errors";

export const errorsEn: typeof errorsZh = {
  "error.sheet-not-found": (p) =>
    p.sheet
      ? p.file
        ? `Workbook "${p.file}" has no sheet named "${p.sheet}".`
        : `Sheet "${p.sheet}" was not found; it may have been deleted or renamed.`
      : `Excel could not find the object to work on: ${p.detail}`,
  "error.item-not-found": (p) =>
    `Excel could not find what it was working on${p.sheet ? ` (on sheet "${p.sheet}")` : ""}; it may just have been deleted or moved. Try again.${p.detail ? ` (${p.detail})` : ""}`,
  "error.inactive-workbook": () => "Several workbooks are open and HuiBao's workbook is no longer the active window. Switch back to it and try again.",
  "error.invalid-selection": () => "The selection does not suit this operation (several ranges, whole rows or columns, or a chart). Click one cell and try again.",
  "error.access-denied": (p) =>
    `${p.sheet ? `Sheet "${p.sheet}"` : "The workbook"} is protected or read-only and cannot be changed. Unprotect it (Review › Unprotect Sheet) or open it for editing, then try again.`,
  "error.bad-password": (p) =>
    `${p.sheet ? `Sheet "${p.sheet}"` : "The sheet"} is protected with a password, which HuiBao cannot remove. Unprotect it in Excel with its password, then try again.`,
  "error.sheet-exists": (p) =>
    `${p.file ? `Workbook "${p.file}"` : "The workbook"} already has a sheet named "${p.sheet}"; nothing was changed (confirm replacing it to create it again).`,
  "error.busy": () => "Excel is in cell-edit mode; press Enter or Esc to finish editing, then try again.",
  "error.payload-too-large": (p) =>
    `${p.sheet ? `The data of sheet "${p.sheet}"` : "This data"} exceeds Excel's limit for one request (about 5 MB). Work in smaller parts and try again.`,
  "error.unsupported-host": (p) => `This version of Excel does not support the feature${p.detail ? ` (${p.detail})` : ""}; use Microsoft 365 or a newer Excel.`,
  "error.file-unreadable": (p) => `Cannot read "${p.file}"; the file may be damaged.`,
  "error.file-too-large": (p) => `"${p.file}" is too large to open.`,
  "error.legacy-xls": (p) => `"${p.file}" is a legacy .xls file; save it as .xlsx in Excel first.`,
  "error.encrypted": (p) => `"${p.file}" is password-protected; remove the password in Excel first.`,
  "error.not-a-workbook": (p) => `"${p.file}" is not an Excel workbook (.xlsx).`,
  "error.host-error": (p) => `Excel reported an error${p.code ? ` (${p.code})` : ""}: ${p.detail}`,
  "error.unexpected": (p) => `The operation failed: ${p.detail}`,
};
