import type { CellRange } from "../../../core/sheet";

export interface CellPosition {
  row: number;
  col: number;
}

/**
 * Cover a set of cells with rectangles: runs of adjacent columns in a row, stacked while the rows
 * below have the same run. A ledger's 30 × 11 input cells become a handful of ranges, so formats and
 * values go to Excel in one call per rectangle instead of one per cell. Duplicates are ignored.
 */
export function rectanglesOf(cells: Iterable<CellPosition>): CellRange[] {
  const byRow = new Map<number, Set<number>>();
  for (const { row, col } of cells) {
    let cols = byRow.get(row);
    if (!cols) byRow.set(row, (cols = new Set()));
    cols.add(col);
  }
  const done: CellRange[] = [];
  let open = new Map<string, CellRange>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, CellRange>();
    for (const [left, right] of runsOf([...byRow.get(row)!].sort((a, b) => a - b))) {
      const key = `${left}:${right}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) {
        above.bottom = row;
        open.delete(key);
        next.set(key, above);
      } else {
        next.set(key, { top: row, left, bottom: row, right });
      }
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** [first, last] of each run of consecutive numbers in a sorted list. */
function runsOf(sorted: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/** Rows and columns of a rectangle. */
export function sizeOf(range: CellRange): { rows: number; cols: number } {
  return { rows: range.bottom - range.top + 1, cols: range.right - range.left + 1 };
}
