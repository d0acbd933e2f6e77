import type { FileReaderOptions, FileReading, UnitInput } from "../../core/consolidate";
import type { Problem } from "../../core/locale";
import type { SheetSnapshot } from "../../core/sheet";
import type { WorkbookPort } from "../../workbook/port";
import type { Progress } from "../progress";

/**
 * A unit's report as consolidation takes it: a name to show while it is read, and how to read it.
 * Reading is the caller's business (a file on disk, a file picked in the page); a file that cannot be
 * read comes back as an unreadable input with its reason, never as a failure.
 */
export interface UnitSource {
  name: string;
  read(): Promise<UnitInput>;
}

/**
 * The same sources read elsewhere (the command line's worker threads), each against the template as
 * createFileReader reads it with these options: every file's reading handed to `take` once, in any
 * order; the progress hears of each file as it is handed out, and once more when all are in; a cancel
 * ends the reading and throws. `undefined` back when it could not start, for the caller to read in turn.
 */
export interface ParallelSourceReader {
  readAll(options: FileReaderOptions, take: (reading: FileReading) => void, progress: Progress): Promise<"read" | undefined>;
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
