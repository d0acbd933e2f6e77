import { numberFormatFor } from "../../layout/number-formats";
import { printSetupFor } from "../../layout/print-setup";
import { certainlyFits, wrappedHeight } from "../../layout/wrapped-height";
import type { ColumnLook, PlannedCell, PlannedScalar, RowBlock, SheetPlan, StyleRole } from "../../layout/sheet-plan";
import type { CellRange } from "../../sheet";
import { excelSerial } from "../../sheet/excel-serial";

/** A value for a summary cell: text from the inputs stays text, dates become serial days. */
export type SummaryValue = string | number | Date | null | undefined;

/** Text is put as a string with the text format, whatever its column's format. */
const TEXT_FORMAT = "@";

/** The look of each column of a data row, as values() gives its cells. */
function looksOf(width: number, styles: readonly StyleRole[], formats: ReadonlyArray<string | undefined>): ColumnLook[] {
  return Array.from({ length: width }, (_, col) => {
    const numberFormat = formats[col] || undefined;
    return numberFormat ? { style: styles[col] ?? "label", locked: true, numberFormat, textFormat: TEXT_FORMAT } : { style: styles[col] ?? "label", locked: true, textFormat: TEXT_FORMAT };
  });
}

function sameLooks(looks: readonly ColumnLook[], width: number, styles: readonly StyleRole[], formats: ReadonlyArray<string | undefined>): boolean {
  if (looks.length !== width) return false;
  for (let col = 0; col < width; col++) if (looks[col].style !== (styles[col] ?? "label") || looks[col].numberFormat !== (formats[col] || undefined)) return false;
  return true;
}

/**
 * Builds the plain listing sheets of the summary (明细, 未报, 审核, 来源): a title across the table,
 * a head row, then rows. Text is always put as a string with the text format, so a unit's "=1+1"
 * or "-" stays what it was. Data rows following one another with the same looks are held as one block
 * of rows (see RowBlock): the 审核情况 of a ledger summary is 170,000 rows, a million cells.
 */
export class TableBuilder {
  readonly cells: PlannedCell[] = [];
  readonly blocks: RowBlock[] = [];
  /** The block the next data row may join, until a row of another kind is put. */
  private open?: RowBlock;
  readonly merges: CellRange[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly dataBars: CellRange[] = [];
  private nextRow = 0;
  private titleText = "";

  constructor(private readonly width: number) {}

  get row(): number {
    return this.nextRow;
  }

  title(text: string): void {
    this.titleText = text;
    const row = this.nextRow++;
    this.put(row, 0, text, "title");
    for (let col = 1; col < this.width; col++) this.put(row, col, null, "title");
    if (this.width > 1) this.merges.push({ top: row, left: 0, bottom: row, right: this.width - 1 });
    this.rowHeights[row] = 32;
  }

  head(texts: readonly string[]): number {
    const row = this.nextRow++;
    texts.forEach((text, col) => this.put(row, col, text, "tableHead"));
    this.rowHeights[row] = 22;
    return row;
  }

  /** A line of text across the table (a note such as "名录中的单位均已报送"). */
  line(text: string, style: StyleRole = "label"): void {
    const row = this.nextRow++;
    this.put(row, 0, text, style, "@");
    for (let col = 1; col < this.width; col++) this.put(row, col, null, style);
    if (this.width > 1) this.merges.push({ top: row, left: 0, bottom: row, right: this.width - 1 });
  }

  /** A data row; each value with the style and number format of its column (or its own). */
  values(values: readonly SummaryValue[], styles: readonly StyleRole[], formats: ReadonlyArray<string | undefined> = []): number {
    const row = this.nextRow++;
    if (this.addToBlock(row, values, styles, formats)) return row;
    values.forEach((value, col) => {
      const style = styles[col] ?? "label";
      if (value instanceof Date) this.put(row, col, excelSerial(value), style, formats[col] ?? numberFormatFor("date"));
      else if (typeof value === "string") this.put(row, col, value, style, "@");
      else this.put(row, col, value ?? null, style, formats[col]);
    });
    return row;
  }

  /** A data row added to the open block (or one opened for it); false for a row with a date, whose cell takes a look of its own. */
  private addToBlock(row: number, values: readonly SummaryValue[], styles: readonly StyleRole[], formats: ReadonlyArray<string | undefined>): boolean {
    for (const value of values) if (value instanceof Date) return false;
    let block = this.open;
    if (!block || block.top + block.rowCount !== row || !sameLooks(block.looks, values.length, styles, formats)) {
      block = this.open = { at: this.cells.length, top: row, left: 0, rowCount: 0, looks: looksOf(values.length, styles, formats), columns: Array.from({ length: values.length }, (): PlannedScalar[] => []) };
      this.blocks.push(block);
    }
    for (let col = 0; col < values.length; col++) block.columns[col].push((values[col] as PlannedScalar | undefined) ?? null);
    block.rowCount++;
    return true;
  }

  skip(rows = 1): void {
    this.nextRow += rows;
  }

  /** The sheet, printed with its head row (and frozen columns, the unit's) on every page. */
  plan(sheetName: string, columnWidths: number[], freeze: { rows: number; columns: number }, headRow: number): SheetPlan {
    this.fitRowsToText(columnWidths);
    return {
      sheetName,
      // Listing sheets are no template's form: an empty id tells writers not to bind them.
      templateId: "",
      templateVersion: "",
      columnWidths,
      rowHeights: this.rowHeights,
      cells: this.cells,
      ...(this.blocks.length ? { blocks: this.blocks } : {}),
      merges: this.merges,
      validations: [],
      freeze,
      print: printSetupFor({
        title: this.titleText || sheetName,
        columnWidths,
        rowHeights: this.rowHeights,
        rowCount: this.nextRow,
        titleRows: { first: headRow, last: headRow },
        ...(freeze.columns > 0 ? { titleColumns: { first: 0, last: freeze.columns - 1 } } : {}),
      }),
      protect: false,
      anchors: { header: {} },
      ...(this.dataBars.length ? { dataBars: this.dataBars } : {}),
    };
  }

  /** Rows tall enough for their wrapped text: the heads, and the cells of a column (not the merged title and lines). */
  private fitRowsToText(columnWidths: readonly number[]): void {
    const merged = new Set(this.merges.map((m) => m.top));
    for (const cell of this.cells) {
      if (typeof cell.value !== "string" || merged.has(cell.row) || cell.style === "title") continue;
      const height = wrappedHeight(cell.value, columnWidths[cell.col] ?? 10);
      if (height > (this.rowHeights[cell.row] ?? 0)) this.rowHeights[cell.row] = height;
    }
    for (const block of this.blocks)
      block.columns.forEach((column, c) => {
        const width = columnWidths[block.left + c] ?? 10;
        if (block.looks[c].style === "title") return;
        for (let r = 0; r < block.rowCount; r++) {
          const value = column[r];
          if (typeof value !== "string" || merged.has(block.top + r)) continue;
          // A row its earlier columns made tall enough is not measured again (审核情况: 28,000 rows of six texts).
          const current = this.rowHeights[block.top + r] ?? 0;
          if (certainlyFits(value, width, current)) continue;
          const height = wrappedHeight(value, width);
          if (height > current) this.rowHeights[block.top + r] = height;
        }
      });
  }

  private put(row: number, col: number, value: PlannedScalar, style: StyleRole, numberFormat?: string): void {
    this.open = undefined;
    // Two literals, not a spread of a new object: the 审核情况 of a ledger summary has 170,000 cells.
    this.cells.push(numberFormat ? { row, col, value, style, locked: true, numberFormat } : { row, col, value, style, locked: true });
  }
}
