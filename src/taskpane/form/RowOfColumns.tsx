import { Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { message } from "../../core/locale";
import type { TableValue, ValueColumn } from "../../core/template";
import type { Finding } from "../../core/validate";
import { fieldValidation } from "../audit";
import { computedText } from "./_lib/computed-text";
import { RowNote, useNoteKey } from "./RowNote";
import { ValueInput } from "./ValueInput";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  // The row's columns side by side, as many as the pane's width holds, the rest on the next line.
  // Aligned at the top: a column with a message under it must not stretch its neighbour's box to its height.
  columns: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  column: { flexGrow: 1, flexBasis: "7.5em", minWidth: 0 },
  native: { width: "100%", minWidth: 0 },
  unit: { whiteSpace: "nowrap" },
  note: { minWidth: 0, alignSelf: "stretch" },
});

/**
 * One row of a table of several columns: its label (with its unit), then one input per column it is
 * filled in (computed ones read-only), each named by row and column for a screen reader, and one 备注
 * for the row.
 */
export function RowOfColumns(props: {
  label: string;
  /** The row's label and unit as shown above its inputs (医用口罩（万只）). */
  heading: string;
  depth: number;
  cells: Array<{ column: ValueColumn; value: TableValue; name: string }>;
  byKey: ReadonlyMap<string, TableValue>;
  values: Record<string, string>;
  note: string;
  findings?: Record<string, Finding[]>;
  onValue: (key: string, value: string) => void;
  onNote: (value: string) => void;
}) {
  const styles = useStyles();
  const noteKey = useNoteKey();
  return (
    <div role="group" onKeyDown={noteKey.onKeyDown} aria-label={props.label} className={styles.row} style={{ paddingLeft: `${props.depth * 20}px` }} data-depth={props.depth}>
      <Text weight="semibold">{props.heading}</Text>
      <div className={styles.columns}>
        {props.cells.map(({ column, value, name }) => {
          const computed = Boolean(value.formula || value.change || value.isTotal);
          const unit = column.unit ?? (value.change ? value.unit : undefined);
          return (
            <Field
              key={value.key}
              className={styles.column}
              label={{ children: column.label, "aria-label": name }}
              required={value.required}
              hint={computed ? message("ui.form.computed-hint") : undefined}
              {...fieldValidation(props.findings?.[value.key])}
            >
              {(control) =>
                computed ? (
                  <Input {...control} data-key={value.key} input={{ className: styles.native }} readOnly value={computedText(value, props.byKey, props.values)} contentAfter={unit ? <span className={styles.unit}>{unit}</span> : undefined} />
                ) : (
                  <ValueInput {...control} fieldKey={value.key} kind={value.kind} options={value.options} unit={unit} value={props.values[value.key] ?? ""} onChange={(typed) => props.onValue(value.key, typed)} />
                )
              }
            </Field>
          );
        })}
      </div>
      <RowNote className={styles.note} label={props.label} value={props.note} onChange={props.onNote} opening={noteKey.opening} />
    </div>
  );
}
