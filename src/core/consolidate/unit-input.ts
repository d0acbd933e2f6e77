import type { Problem } from "../locale";
import type { SheetSnapshot } from "../sheet";

/**
 * One file a unit sent, as the consolidation sees it. Reading the file is the adapter's business;
 * what reaches core is plain data: the sheets' values and the template bindings kept in the
 * workbook's metadata sheet (the same fields as the workbook port's TemplateBinding).
 */
export interface InputBinding {
  sheetName: string;
  templateId: string;
  templateVersion: string;
  /** The template's JSON as stored in the workbook. */
  templateJson: string;
}

export interface ReadInput {
  fileName: string;
  /**
   * Which file came later when a unit sent two and their 报出日期 do not tell: a position in the
   * order received or the file's modification time. Never the position in the array passed in,
   * so the result does not depend on the order files are listed in.
   */
  order: number;
  /** The file's SHA-256 in hex, for the 来源清单. */
  sha256?: string;
  sheets: SheetSnapshot[];
  bindings?: InputBinding[];
}

/** A file that could not be read (a password, a legacy .xls, a damaged zip): counted as rejected with the reason. */
export interface UnreadableInput {
  fileName: string;
  order?: number;
  sha256?: string;
  /** Why, as the adapter that read it says: a problem, or words it already has (a message from the host). */
  error: { code: string } & ({ problem: Problem } | { message: string });
}

export type UnitInput = ReadInput | UnreadableInput;

export function isUnreadableInput(input: UnitInput): input is UnreadableInput {
  return "error" in input;
}
