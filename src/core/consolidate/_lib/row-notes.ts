import { message } from "../../locale";
import { tableCells } from "../../template/table-cells";
import type { IndicatorTemplate } from "../../template/types";

/**
 * The 备注 of each row of the 汇总表, gathered from the totals of its values: a row of a table with several
 * columns (本期 | 累计) has one 备注 for all of them, so a note said of some of its values only is prefixed
 * with their columns (累计：不含县教育局…), and one said of all of them is written once.
 */
export class RowNotes {
  private readonly columnOf = new Map<string, string>();
  private readonly rows = new Map<number, { col: number; values: number; notes: Map<string, string[]> }>();
  private readonly rowOf = new Map<string, number>();

  constructor(template: IndicatorTemplate) {
    const shape = tableCells(template);
    if (!shape.multiColumn) return;
    for (const row of shape.rows)
      for (const column of shape.columns) {
        const key = shape.keyOf(row.indicator.key, column.key);
        if (key) this.columnOf.set(key, column.label);
      }
  }

  /** A value of the row at `row`, whose 备注 is at `col`. */
  value(row: number, col: number, key: string): void {
    const entry = this.rows.get(row) ?? { col, values: 0, notes: new Map<string, string[]>() };
    entry.values++;
    this.rows.set(row, entry);
    this.rowOf.set(key, row);
  }

  add(key: string, note: string): void {
    const notes = this.rows.get(this.rowOf.get(key)!)!.notes;
    const columns = notes.get(note) ?? [];
    columns.push(this.columnOf.get(key) ?? "");
    notes.set(note, columns);
  }

  texts(): Array<{ row: number; col: number; text: string }> {
    const out: Array<{ row: number; col: number; text: string }> = [];
    for (const [row, { col, values, notes }] of this.rows) {
      if (notes.size === 0) continue;
      const text = [...notes]
        .map(([note, columns]) => (columns.length < values && columns.every(Boolean) ? message("consolidate.note.of-columns", { columns: columns.join("、"), note }) : note))
        .join("；");
      out.push({ row, col, text });
    }
    return out;
  }
}
