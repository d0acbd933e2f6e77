import type { SheetSnapshot } from "../../../core/sheet";
import type { ReadLimits } from "./read-limits";
import type { RawInflater } from "./zip-archive";

/** The values of a workbook file, as read by readWorkbookValues. */
export interface WorkbookValues {
  /** The sheets asked for, in tab order. */
  sheets: SheetSnapshot[];
  /** Every sheet of the workbook in tab order (hidden and very hidden ones included). */
  sheetNames: string[];
  /** The workbook uses the 1904 date system (old Mac files); dates in `sheets` are already converted. */
  date1904: boolean;
}

export interface ReadWorkbookOptions {
  /** Names of the sheets to read (those absent from the workbook are left out; compare with sheetNames), or "all" (the default). */
  sheets?: string[] | "all";
  /** Bounds checked before and while reading; defaults to DEFAULT_READ_LIMITS, partial overrides are merged. */
  limits?: Partial<ReadLimits>;
  /** Named in error messages ("文件“城关镇.xlsx”…"). */
  fileName?: string;
  /** Checked between parts and every few thousand rows. */
  signal?: AbortSignal;
  /** How parts are inflated (fflate by default; the CLI passes Node's zlib). */
  inflater?: RawInflater;
  /** Collect formula text (default true); the values are the cached results either way. */
  formulas?: boolean;
}
