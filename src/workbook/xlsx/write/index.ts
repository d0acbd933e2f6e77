// The lean .xlsx writer: a workbook of sheet plans written straight to OOXML (no Node, no ExcelJS).
export { PlannedXlsxWorkbook } from "./planned-xlsx-workbook";
export { crc32 } from "./_lib/crc32";
export { PIECE_BYTES, type OpenPart, type PackedPart, type Packer } from "./_lib/packer";
