/**
 * Bounds on what the .xlsx value reader accepts. Unit workbooks come from outside (e-mail, chat
 * groups), so every size a file declares is checked before anything is inflated or allocated.
 */
export interface ReadLimits {
  /** Size of the file itself, in bytes. */
  maxFileBytes: number;
  /** Sum of the inflated sizes of the parts actually read (workbook, strings, styles, sheets), in bytes. */
  maxTotalUncompressedBytes: number;
  /**
   * Largest inflated/compressed ratio allowed for a part bigger than `ratioCheckAboveBytes`.
   * Sheet XML compresses 10–50×, a very repetitive sheet a few hundred ×; deflate tops out near 1032×.
   */
  maxCompressionRatio: number;
  /** Parts smaller than this are never refused for their ratio: they cannot hurt. */
  ratioCheckAboveBytes: number;
  /** Number of entries in the zip's central directory. */
  maxZipEntries: number;
  /** Rows per sheet (Excel's own limit is 1,048,576). */
  maxRows: number;
  /** Columns per sheet (Excel's own limit is 16,384, column XFD). */
  maxColumns: number;
  /** Grid cells allocated for one workbook (the rows of the snapshots, counting the nulls between values). */
  maxCells: number;
  /**
   * Characters in one cell (Excel's own limit is 32,767). A longer text cannot come from Excel, so the
   * file is refused with the sheet and cell named rather than truncated: nothing is lost silently.
   */
  maxStringLength: number;
}

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
export const EXCEL_MAX_STRING_LENGTH = 32_767;

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxTotalUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 500,
  ratioCheckAboveBytes: 1024 * 1024,
  maxZipEntries: 20_000,
  maxRows: EXCEL_MAX_ROWS,
  maxColumns: EXCEL_MAX_COLUMNS,
  maxCells: 5_000_000,
  maxStringLength: EXCEL_MAX_STRING_LENGTH,
});
