/**
 * What a file is, judged by its content, never by its name: clerks rename .xls to .xlsx, and business
 * systems "export to Excel" as HTML.
 *
 * - xlsx / xlsm: readable (a zip holding a SpreadsheetML workbook; xlsm has macros, which are never run)
 * - xlsb: Excel binary workbook; ods: OpenDocument spreadsheet
 * - legacy-xls: Excel 97-2003 and older (an OLE2 compound file with a Workbook/Book stream, or bare BIFF)
 * - et: the same container written by WPS, recognised by its .et/.ett name since its content is the same
 * - encrypted: password to open (an OLE2 file with EncryptedPackage/EncryptionInfo, or an .xls with FILEPASS)
 * - csv / html / xml-spreadsheet (Excel 2003 XML): text under a workbook's name
 * - zip-other: a zip without a workbook (a .docx, an archive of several files)
 * - damaged: starts like a zip but is cut off or broken
 * - empty: 0 bytes; unknown: anything else
 */
export type FileKind =
  | "xlsx"
  | "xlsm"
  | "xlsb"
  | "ods"
  | "legacy-xls"
  | "et"
  | "encrypted"
  | "csv"
  | "html"
  | "xml-spreadsheet"
  | "zip-other"
  | "damaged"
  | "empty"
  | "unknown";
