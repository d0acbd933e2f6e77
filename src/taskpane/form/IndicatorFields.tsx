import { Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { message } from "../../core/locale";
import { fills, flattenIndicators, isGrid, tableCells, valueNames, type PlacedIndicator, type TableValue } from "../../core/template";
import type { Finding } from "../../core/validate";
import { fieldValidation } from "../audit";
import { computedText } from "./_lib/computed-text";
import type { IndicatorFieldsProps } from "./_lib/indicator-fields-props";
import { GridEditor } from "./GridEditor";
import { RowNote, useNoteKey } from "./RowNote";
import { RowOfColumns } from "./RowOfColumns";
import { ValueInput } from "./ValueInput";

const useStyles = makeStyles({
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  value: { flexGrow: 3, flexBasis: 0, minWidth: 0 },
  note: { flexGrow: 2, flexBasis: 0, minWidth: 0 },
  field: { minWidth: 0 },
  native: { width: "100%", minWidth: 0 },
  unit: { whiteSpace: "nowrap" },
  section: { marginTop: tokens.spacingVerticalL, marginBottom: tokens.spacingVerticalXS },
});

/**
 * The indicator table as a form: section headings, each indicator with its unit beside the input,
 * 其中 children indented under their total, and rates computed live from their parts, read-only. In a
 * table of several columns each row shows its columns side by side (see RowOfColumns); a grid of
 * categories × measures is filled as a grid (see GridEditor).
 */
export function IndicatorFields(props: IndicatorFieldsProps) {
  const shape = tableCells(props.template);
  if (isGrid(props.template)) return <GridEditor {...props} />;
  if (shape.multiColumn) return <TableRows {...props} />;
  const placed = flattenIndicators(props.template);
  const firstChildren = new Set(placed.filter((p) => p.parent?.children?.[0] === p.indicator).map((p) => p.indicator.key));
  const labelOf = (p: PlacedIndicator) => (firstChildren.has(p.indicator.key) ? message("ui.form.child-prefix") : "") + p.indicator.label;

  return (
    <>
      {placed.map((p, i) => (
        <IndicatorRow
          key={p.indicator.key}
          placed={p}
          heading={p.sectionTitle && placed[i - 1]?.sectionIndex !== p.sectionIndex ? p.sectionTitle : undefined}
          label={labelOf(p)}
          byKey={shape.byKey}
          values={props.values}
          note={props.notes[p.indicator.key] ?? ""}
          findings={props.findings?.[p.indicator.key]}
          onValue={props.onValue}
          onNote={(value) => props.onNote(p.indicator.key, value)}
        />
      ))}
    </>
  );
}

/** One indicator of a one-column table: its input with the unit, and its 备注 beside it (Alt+M). */
function IndicatorRow(props: {
  placed: PlacedIndicator;
  heading?: string;
  label: string;
  byKey: ReadonlyMap<string, TableValue>;
  values: Record<string, string>;
  note: string;
  findings?: Finding[];
  onValue: (key: string, value: string) => void;
  onNote: (value: string) => void;
}) {
  const styles = useStyles();
  const noteKey = useNoteKey();
  const { indicator, depth } = props.placed;
  return (
    <div onKeyDown={noteKey.onKeyDown}>
      {props.heading && (
        <Subtitle2 as="h3" block className={styles.section}>
          {props.heading}
        </Subtitle2>
      )}
      <Field
        className={styles.field}
        style={{ paddingLeft: `${depth * 20}px` }}
        data-depth={depth}
        label={props.label}
        required={indicator.required}
        hint={indicator.formula ? message("ui.form.computed-hint") : indicator.scopeNote}
        {...fieldValidation(props.findings)}
      >
        {(control) => (
          <div className={styles.row}>
            {indicator.formula ? (
              <Input
                {...control}
                data-key={indicator.key}
                className={styles.value}
                input={{ className: styles.native }}
                readOnly
                value={computedText(indicator, props.byKey, props.values)}
                contentAfter={indicator.unit ? <span className={styles.unit}>{indicator.unit}</span> : undefined}
              />
            ) : (
              <ValueInput
                {...control}
                fieldKey={indicator.key}
                className={styles.value}
                kind={indicator.kind}
                options={indicator.options}
                unit={indicator.unit}
                value={props.values[indicator.key] ?? ""}
                onChange={(value) => props.onValue(indicator.key, value)}
              />
            )}
            <RowNote className={styles.note} label={indicator.label} value={props.note} onChange={props.onNote} opening={noteKey.opening} />
          </div>
        )}
      </Field>
    </div>
  );
}

/** A table of several columns: its rows in form order under their section headings, each with its columns. */
function TableRows(props: IndicatorFieldsProps) {
  const styles = useStyles();
  const shape = tableCells(props.template);
  const names = valueNames(props.template);
  return (
    <>
      {shape.rows.map((r, i) => {
        const { indicator } = r;
        const title = !r.isTotal && props.template.sections[r.sectionIndex]?.title;
        const heading = title && shape.rows[i - 1]?.sectionIndex !== r.sectionIndex;
        const firstChild = r.parent?.children?.[0] === indicator;
        const label = (r.depth > 0 && firstChild ? message("ui.form.child-prefix") : "") + indicator.label;
        const cells = shape.columns
          .filter((column) => fills(indicator, column))
          .flatMap((column) => {
            const key = shape.keyOf(indicator.key, column.key);
            const value = key === undefined ? undefined : shape.byKey.get(key);
            return value ? [{ column, value, name: names.get(value.key) ?? value.key }] : [];
          });
        return (
          <div key={indicator.key}>
            {heading && (
              <Subtitle2 as="h3" block className={styles.section}>
                {title}
              </Subtitle2>
            )}
            <RowOfColumns
              label={indicator.label}
              heading={indicator.unit ? `${label}（${indicator.unit}）` : label}
              depth={r.depth}
              cells={cells}
              byKey={shape.byKey}
              values={props.values}
              note={props.notes[indicator.key] ?? ""}
              findings={props.findings}
              onValue={props.onValue}
              onNote={(value) => props.onNote(indicator.key, value)}
            />
          </div>
        );
      })}
    </>
  );
}
