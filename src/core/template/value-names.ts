import { memoizeObject } from "../_lib/object-memo";
import { tableCells, type TableRow } from "./table-cells";
import type { IndicatorTemplate } from "./types";

/**
 * A name for each value of a table that is unique within the template, the way a clerk would say it:
 * the row's label, or "section·label" where the label repeats across sections (企业总数 under 规上工业 and
 * 限上商贸), with the parent's label added where even that repeats; in a table of several columns the
 * column's head after it (规上工业·企业总数, 医用口罩·累计). Worked out once per template object, as its
 * table is: the audit of a consolidation names the values of every file it reads, and comparing every
 * row's candidate names with every other's is not free.
 */
export const valueNames: (template: IndicatorTemplate) => ReadonlyMap<string, string> = memoizeObject(nameValues);

function nameValues(template: IndicatorTemplate): ReadonlyMap<string, string> {
  const shape = tableCells(template);
  const rows = shape.rows;
  const candidates: Array<(r: TableRow) => string> = [
    (r) => r.indicator.label,
    (r) => [r.sectionTitle, r.indicator.label].filter(Boolean).join("·"),
    (r) => [r.sectionTitle, r.parent?.label, r.indicator.label].filter(Boolean).join("·"),
    (r) => [r.sectionTitle, r.parent?.label, `${r.indicator.label}(${r.indicator.key})`].filter(Boolean).join("·"),
  ];
  const rowNames = new Map<string, string>();
  for (const r of rows) {
    for (const [i, nameOf] of candidates.entries()) {
      const name = nameOf(r);
      const clashes = rows.filter((other) => nameOf(other) === name).length;
      if (clashes === 1 || i === candidates.length - 1) {
        rowNames.set(r.indicator.key, name);
        break;
      }
    }
  }
  const names = new Map<string, string>();
  for (const p of shape.placed) {
    const rowName = rowNames.get(p.cell.row) ?? p.indicator.label;
    const column = shape.multiColumn ? shape.columns.find((c) => c.key === p.cell.column) : undefined;
    names.set(p.indicator.key, column ? `${rowName}·${column.label}` : rowName);
  }
  return names;
}
