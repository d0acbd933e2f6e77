import type { WorkbookContent } from "../../core/recognize";
import { computeUncachedFormulas } from "../../core/sheet";
import { METADATA_SHEET, rowsToBindings } from "../_lib/binding-rows";
import type { WorkbookValues } from "./read";

/**
 * A workbook's values as core sees them: the clerk's sheets, and the template bindings kept in the
 * very hidden sheet. A formula saved without its result (a file written by a script) is computed where
 * it is simple and marked 公式未计算 where not, so it is never read as a blank.
 */
export function contentFromValues(values: WorkbookValues, file: string): WorkbookContent {
  const metadata = values.sheets.find((s) => s.name === METADATA_SHEET);
  return {
    file,
    sheets: values.sheets.filter((s) => s.name !== METADATA_SHEET).map(computeUncachedFormulas),
    bindings: metadata ? rowsToBindings(metadata.rows) : [],
  };
}
