// The lean .xlsx writer: a workbook of sheet plans written straight to OOXML (no Node, no ExcelJS).
export { PlannedXlsxWorkbook } from "./planned-xlsx-workbook";
export type { Crc32, Packer, PieceBufferSource, PieceDeflater, RawDeflater } from "./_lib/zip-package";
