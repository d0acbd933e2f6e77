import { parseCellAddress } from "../../src/core/sheet";
import type { Finding } from "../../src/core/validate";
import type { FindingMarker } from "../../src/workbook/finding-marker";
import type { WorkbookPort } from "../../src/workbook/port";

/** A FindingMarker that remembers the marks it holds and every call, for UI tests without a workbook. */
export interface FakeFindingMarker extends FindingMarker {
  readonly calls: {
    mark: Array<{ sheet: string; cells: string[] }>;
    clear: Array<string | undefined>;
    accept: Array<{ sheet: string; noteCell: string; note: string }>;
  };
  /** The cells marked now on a sheet, as the real markers leave them: a mark replaces the sheet's previous marks. */
  marked(sheet: string): string[];
  failNext(method: keyof FindingMarker, error: Error): void;
}

/** With a port, an accepted 说明 is also written into its 备注 cell, as the real markers do through theirs. */
export function fakeFindingMarker(port?: WorkbookPort): FakeFindingMarker {
  const marks = new Map<string, string[]>();
  const failures = new Map<string, Error>();
  const calls: FakeFindingMarker["calls"] = { mark: [], clear: [], accept: [] };
  const failIfAsked = (method: string) => {
    const error = failures.get(method);
    failures.delete(method);
    if (error) throw error;
  };
  return {
    calls,
    marked: (sheet) => marks.get(sheet) ?? [],
    failNext: (method, error) => void failures.set(method, error),
    async mark(sheet: string, findings: Finding[]) {
      failIfAsked("mark");
      const cells = [...new Set(findings.filter((f) => f.location.sheet === sheet).map((f) => f.location.cell))];
      calls.mark.push({ sheet, cells });
      marks.set(sheet, cells);
    },
    async clear(sheet?: string) {
      failIfAsked("clear");
      calls.clear.push(sheet);
      if (sheet === undefined) marks.clear();
      else marks.delete(sheet);
    },
    async acceptWithNote(sheet: string, noteCell: string, note: string) {
      failIfAsked("acceptWithNote");
      calls.accept.push({ sheet, noteCell, note });
      const at = parseCellAddress(noteCell);
      if (port && at) await port.writeCells(sheet, [{ ...at, value: note }]);
    },
  };
}
