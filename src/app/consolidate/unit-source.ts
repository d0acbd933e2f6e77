import type { UnitInput } from "../../core/consolidate";
import type { Problem } from "../../core/locale";
import type { SheetSnapshot } from "../../core/sheet";
import type { WorkbookPort } from "../../workbook/port";

/**
 * A unit's report as consolidation takes it: a name to show while it is read, and how to read it.
 * Reading is the caller's business (a file on disk, a file picked in the page); a file that cannot be
 * read comes back as an unreadable input with its reason, never as a failure.
 */
export interface UnitSource {
  name: string;
  read(): Promise<UnitInput>;
}

/** The roster (单位名录): its sheets, or why the file holding it cannot be read. */
export interface RosterSource {
  name: string;
  read(): Promise<{ ok: true; sheets: readonly SheetSnapshot[] } | { ok: false; problem: Problem }>;
}

/**
 * A sheet of an open workbook as a unit's report, under the name it is listed by (the unit can be
 * told from it when 填报单位 is blank), with the sheet's own binding.
 */
export function sheetSource(port: WorkbookPort, sheet: string, name: string, order: number): UnitSource {
  return {
    name,
    read: async () => {
      const [snapshot, bindings] = await Promise.all([port.readSheet(sheet), port.readBindings()]);
      return { fileName: name, order, sheets: [snapshot], bindings: bindings.filter((b) => b.sheetName === sheet) };
    },
  };
}

/** A sheet of an open workbook as the roster. */
export function sheetRosterSource(port: WorkbookPort, sheet: string): RosterSource {
  return { name: sheet, read: async () => ({ ok: true, sheets: [await port.readSheet(sheet)] }) };
}
