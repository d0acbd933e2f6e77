import { memoizeObject } from "../_lib/object-memo";
import { tableCells } from "./table-cells";
import { valueNames } from "./value-names";
import type { IndicatorTemplate, TableValue } from "./types";

/**
 * Each value of an indicator table as the field its cells are read against, by value key: the value
 * itself, named by valueNames where the table has several columns (医用口罩·累计), so that a finding
 * on it says which column. Made once per template object: the audit reads every value of every file,
 * and a copy of the value per cell cost more than reading the cell.
 */
export const valueFields: (template: IndicatorTemplate) => ReadonlyMap<string, TableValue> = memoizeObject(fieldsOf);

function fieldsOf(template: IndicatorTemplate): ReadonlyMap<string, TableValue> {
  const shape = tableCells(template);
  if (!shape.multiColumn) return shape.byKey;
  const names = valueNames(template);
  const fields = new Map<string, TableValue>();
  for (const [key, value] of shape.byKey) fields.set(key, { ...value, label: names.get(value.key) ?? value.label });
  return fields;
}
