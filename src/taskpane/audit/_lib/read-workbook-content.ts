import type { SheetSnapshot } from "../../../core/sheet";
import type { WorkbookContent } from "../../../core/recognize";
import type { WorkbookPort } from "../../../workbook/port";

/**
 * The workbook as the audit sees it, read through the port: the template bindings and the visible
 * sheets to audit — the one sheet asked for, or every visible sheet a binding names. Other sheets
 * are not read: a workbook may hold large sheets of its own that no audit looks at.
 */
export async function readWorkbookContent(port: WorkbookPort, only?: string): Promise<WorkbookContent> {
  const [infos, bindings] = await Promise.all([port.listSheets(), port.readBindings()]);
  const visible = infos.filter((s) => s.visibility === "visible").map((s) => s.name);
  const wanted =
    only !== undefined ? visible.filter((name) => name === only) : visible.filter((name) => bindings.some((b) => b.sheetName === name));
  const sheets: SheetSnapshot[] = [];
  for (const name of wanted) sheets.push(await port.readSheet(name));
  return { sheets, bindings };
}
