import { METADATA_SHEET, bindingsToRows, rowsToBindings } from "../../_lib/binding-rows";
import type { TemplateBinding } from "../../port";
import { TEXT_FORMAT } from "./excel-values";

export interface StoredBindings {
  /** The metadata sheet, or null when the workbook has none yet. */
  sheet: Excel.Worksheet | null;
  bindings: TemplateBinding[];
}

/** Ask whether the metadata sheet exists; the caller syncs (together with whatever else it probes). */
export function probeBindingSheet(context: Excel.RequestContext): Excel.Worksheet {
  const sheet = context.workbook.worksheets.getItemOrNullObject(METADATA_SHEET);
  sheet.load("name");
  return sheet;
}

/**
 * The bindings, after `probeBindingSheet` has been synced: one more round trip when the sheet exists,
 * none when it does not.
 */
export async function loadBindings(context: Excel.RequestContext, probed: Excel.Worksheet): Promise<StoredBindings> {
  if (probed.isNullObject) return { sheet: null, bindings: [] };
  const used = probed.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  return { sheet: probed, bindings: used.isNullObject ? [] : rowsToBindings(used.values) };
}

/**
 * Queue the bindings as the whole content of the very hidden metadata sheet, created if needed. All
 * cells are text ("@"), so a sheet name such as "-1" or "=A" stays a name.
 */
export function queueBindings(context: Excel.RequestContext, stored: StoredBindings, bindings: readonly TemplateBinding[]): void {
  const sheet = stored.sheet ?? context.workbook.worksheets.add(METADATA_SHEET);
  if (stored.sheet) sheet.getRange().clear("Contents");
  const rows = bindingsToRows(bindings);
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...new Array<string>(width - r.length).fill("")]);
  const range = sheet.getRangeByIndexes(0, 0, values.length, width);
  range.numberFormat = values.map((r) => r.map(() => TEXT_FORMAT));
  range.values = values;
  sheet.visibility = "VeryHidden";
}
