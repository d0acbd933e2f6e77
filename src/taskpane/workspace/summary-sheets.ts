import { findSummaries } from "../../app";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";

/** What was found in a workbook, and for which sheet list and templates. */
interface Known {
  templates: readonly ReportTemplate[];
  sheets: string;
  found: Promise<ReadonlySet<string>>;
}

const known = new WeakMap<WorkbookPort, Known>();

/**
 * The workbook's summary sheets (汇总表), as 综述 finds them. Finding them reads every sheet, so it is
 * done again only when the workbook's sheet list changes (a summary written, a sheet added or
 * removed), not each time 填报 is shown or another sheet is chosen; the list itself is cheap to read.
 */
export async function summarySheets(port: WorkbookPort, templates: readonly ReportTemplate[]): Promise<ReadonlySet<string>> {
  const sheets = (await port.listSheets()).map((s) => `${s.name}\u0000${s.visibility}`).join("\n");
  const before = known.get(port);
  if (before && before.templates === templates && before.sheets === sheets) return before.found;
  const found = findSummaries(port, templates).then((list) => new Set(list.map((s) => s.sheetName)));
  known.set(port, { templates, sheets, found });
  // A read that failed is tried again next time rather than kept.
  found.catch(() => known.get(port)?.found === found && known.delete(port));
  return found;
}
