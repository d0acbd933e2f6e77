import type { WorkbookContent } from "../../core/recognize";
import { METADATA_SHEET, rowsToBindings } from "../_lib/binding-rows";
import type { WorkbookValues } from "./read";

/** A workbook's values as core sees them: the clerk's sheets, and the template bindings kept in the very hidden sheet. */
export function contentFromValues(values: WorkbookValues, file: string): WorkbookContent {
  const metadata = values.sheets.find((s) => s.name === METADATA_SHEET);
  return {
    file,
    sheets: values.sheets.filter((s) => s.name !== METADATA_SHEET),
    bindings: metadata ? rowsToBindings(metadata.rows) : [],
  };
}
