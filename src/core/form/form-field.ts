import type { SheetAnchors } from "../layout/sheet-plan";
import { cellAddress, parseCellAddress } from "../sheet";
import type { HeaderKey } from "../template/header-fields";

/**
 * A field of a template's form, as the form knows it: a header field (填报单位), a value of the table
 * (by its key, 医用口罩·本期数), or one column of a ledger row. The form shows no cell addresses, so
 * whatever names a cell (a finding of the audit) is brought to the form through this.
 */
export type FormField =
  | { kind: "header"; key: HeaderKey }
  | { kind: "value"; key: string }
  | { kind: "ledger"; row: number; column: string };

/**
 * The field's key, stable across renders: the form puts it on its input (data-key) so that the
 * pane can find the input of a cell, and the live checks file their findings under it.
 */
export function formFieldKey(field: FormField): string {
  switch (field.kind) {
    case "header":
      return `header.${field.key}`;
    case "value":
      return field.key;
    case "ledger":
      return `ledger.${field.row}.${field.column}`;
  }
}

/** Every header field and table value by the A1 address of its cell (ledger rows are found by formFieldAt). */
export function formFieldsByCell(anchors: SheetAnchors): Map<string, FormField> {
  const byCell = new Map<string, FormField>();
  for (const [key, at] of Object.entries(anchors.header)) if (at) byCell.set(cellAddress(at.row, at.col), { kind: "header", key: key as HeaderKey });
  for (const [key, at] of Object.entries(anchors.indicators ?? {})) byCell.set(cellAddress(at.row, at.valueCol), { kind: "value", key });
  return byCell;
}

/** The form's field at a cell of the sheet (A1), or undefined where the form has none (a 备注, a title). */
export function formFieldAt(anchors: SheetAnchors, address: string): FormField | undefined {
  const at = parseCellAddress(address);
  if (!at) return undefined;
  const found = formFieldsByCell(anchors).get(cellAddress(at.row, at.col));
  if (found || !anchors.ledger || at.row < anchors.ledger.firstRow) return found;
  const column = Object.entries(anchors.ledger.columns).find(([, col]) => col === at.col)?.[0];
  return column === undefined ? undefined : { kind: "ledger", row: at.row - anchors.ledger.firstRow, column };
}
