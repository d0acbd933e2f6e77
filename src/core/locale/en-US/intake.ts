import type { intakeZh } from "../zh-CN/intake";

const fileLabel = (file?: string): string => (file ? `File "${file}"` : "The file");
const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const SAVE_AS_XLSX = 'Open it in Excel or WPS, choose "File › Save As", pick "Excel Workbook (*.xlsx)" and submit it again';
const ASK_RESEND = "Ask the reporting unit to send it again (ideally after opening it in Excel or WPS to check it)";

export const intakeEn: typeof intakeZh = {
  "intake.file-too-large": (p) =>
    `${fileLabel(p.file)} is ${megabytes(p.bytes)}, more than the allowed ${megabytes(p.limit)}. Check that it is the report; if so, remove unrelated sheets and pictures and save it again.`,
  "intake.content-too-large": (p) =>
    `${fileLabel(p.file)} expands to more than ${megabytes(p.limit)}; that is not a normal report (it may be a crafted archive) and was not read. ${ASK_RESEND}.`,
  "intake.suspicious-compression": (p) =>
    `${fileLabel(p.file)}: part "${p.part}" has an abnormal compression ratio (tiny data expanding enormously); it looks crafted and was not read. ${ASK_RESEND}.`,
  "intake.too-many-parts": (p) => `${fileLabel(p.file)} holds more than ${p.limit} parts; that is not a normal report and was not read. ${ASK_RESEND}.`,
  "intake.too-many-rows": (p) =>
    `${fileLabel(p.file)}, sheet "${p.sheet}", has more than ${p.limit} rows, beyond what can be read. Remove extra rows (or split the data over several files) and submit it again.`,
  "intake.too-many-columns": (p) =>
    `${fileLabel(p.file)}, sheet "${p.sheet}", goes beyond ${p.limit} columns at ${p.cell}, outside Excel's range; the file may be damaged. ${ASK_RESEND}.`,
  "intake.too-many-cells": (p) =>
    `${fileLabel(p.file)} has more than ${p.limit} cells, beyond what can be read. Remove unrelated sheets or data and submit it again.`,
  "intake.text-too-long": (p) =>
    `${fileLabel(p.file)}, sheet "${p.sheet}", cell ${p.cell} holds ${p.length} characters, more than Excel's limit of ${p.limit} per cell (Excel itself cannot save it; another program wrote the file). Shorten that cell's text and submit it again.`,
  "intake.damaged": (p) => `${fileLabel(p.file)} is damaged or incomplete (perhaps cut off while sending or downloading) and cannot be read. ${ASK_RESEND}.`,
  "intake.not-a-workbook": (p) => `${fileLabel(p.file)} is not an Excel workbook (.xlsx) and cannot be read. ${ASK_RESEND}.`,
  "intake.legacy-xls": (p) => `${fileLabel(p.file)} is in the old Excel 97-2003 format (.xls), which cannot be read directly. ${SAVE_AS_XLSX}.`,
  "intake.legacy-et": (p) => `${fileLabel(p.file)} is a WPS spreadsheet (.et), which cannot be read directly. ${SAVE_AS_XLSX}.`,
  "intake.encrypted": (p) =>
    `${fileLabel(p.file)} has an open password and cannot be read. In Excel choose "File › Info › Protect Workbook › Encrypt with Password", clear the password, save and submit it again (WPS: "File › Document Encryption › Password Encryption").`,
  "intake.encrypted-legacy": (p) =>
    `${fileLabel(p.file)} is an old Excel 97-2003 file (.xls) with an open password and cannot be read. Open it with its password in Excel or WPS, clear the password ("File › Info › Protect Workbook › Encrypt with Password"), then choose "File › Save As", pick "Excel Workbook (*.xlsx)" and submit it again.`,
  "intake.csv": (p) => `${fileLabel(p.file)} is really a CSV text file (only named like an Excel file) and cannot be read as a report. ${SAVE_AS_XLSX}.`,
  "intake.html": (p) =>
    `${fileLabel(p.file)} is really a web page (HTML), as business systems often "export to Excel", and cannot be read as a report. ${SAVE_AS_XLSX}.`,
  "intake.xml-spreadsheet": (p) =>
    `${fileLabel(p.file)} is in the Excel 2003 XML format (as business systems often "export to Excel"), which cannot be read directly. ${SAVE_AS_XLSX}.`,
  "intake.ods": (p) => `${fileLabel(p.file)} is an OpenDocument spreadsheet (.ods, from LibreOffice or WPS), which cannot be read directly. ${SAVE_AS_XLSX}.`,
  "intake.xlsb": (p) => `${fileLabel(p.file)} is an Excel binary workbook (.xlsb), which cannot be read directly. ${SAVE_AS_XLSX}.`,
  "intake.zip-other": (p) =>
    `${fileLabel(p.file)} is a zip archive without an Excel workbook in it (perhaps a Word document or several zipped files). Check that the report itself was sent. ${ASK_RESEND}.`,
  "intake.empty": (p) => `${fileLabel(p.file)} is empty (0 bytes), perhaps because sending or downloading failed. ${ASK_RESEND}.`,
  "intake.unknown": (p) => `${fileLabel(p.file)} is not an Excel workbook: it is damaged or not a spreadsheet at all. ${ASK_RESEND}.`,
};
