import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState, type KeyboardEvent } from "react";
import { message } from "../../core/locale";
import { tableCells, valueNames, type TableValue } from "../../core/template";
import { findingMessage, type Finding } from "../../core/validate";
import { enterIntent } from "../shared";
import { computedText } from "./_lib/computed-text";
import type { IndicatorFieldsProps } from "./_lib/indicator-fields-props";
import { gridMove, type GridStep } from "./_lib/grid-move";
import { moveFocus } from "./_lib/move-focus";
import { isNoteKey, NoteButton, RowNote } from "./RowNote";

const useStyles = makeStyles({
  // Only the grid scrolls sideways, and only when its columns do not fit the pane.
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  head: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
    lineHeight: tokens.lineHeightBase200,
    // A head reads on one line (企业总数（家）); squeezed to the pane it broke a character a line.
    // The grid scrolls sideways in its own box instead, the category column kept in view.
    whiteSpace: "nowrap",
  },
  // The category column stays in view while the measures scroll.
  stub: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    textAlign: "left",
    whiteSpace: "nowrap",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  rowHead: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalXXS },
  cell: { padding: 0, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, minWidth: "3.5em" },
  input: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    border: "none",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    font: "inherit",
    textAlign: "right",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    ":focus": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  },
  computed: { backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground2 },
  error: { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorPaletteRedBorder2}` },
  warning: { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorPaletteDarkOrangeBorder2}` },
  below: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS },
  finding: { margin: 0 },
  findingError: { color: tokens.colorPaletteRedForeground1 },
  findingWarning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Whether the caret stands where an arrow key leaves the input (as Excel leaves a cell): at its edge, or the whole text selected. */
function atEdge(input: HTMLInputElement, step: GridStep): boolean {
  if (step === "up" || step === "down") return true;
  const start = input.selectionStart ?? 0;
  const end = input.selectionEnd ?? 0;
  if (start === 0 && end === input.value.length) return true;
  return step === "left" ? start === 0 && end === 0 : start === input.value.length;
}

const ARROWS: Record<string, GridStep> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right" };

/**
 * A grid of categories × measures (复工复产: 规上工业 … as rows, 企业总数 | 已复工 | 复工率 … as columns, a 合计
 * row) filled as in Excel: Enter moves down (Shift+Enter up), Tab right, the arrow keys move when the
 * caret is at the input's edge or its text is all selected. Computed cells (rates, the 合计 row) are
 * read-only and passed over. The category column stays put when the grid scrolls sideways at pane width.
 * A row's 备注 opens under the grid with Alt+M or the row's note button.
 */
export function GridEditor(props: IndicatorFieldsProps) {
  const styles = useStyles();
  const shape = tableCells(props.template);
  const names = valueNames(props.template);
  const [opened, setOpened] = useState<Record<string, number>>({});
  const openNote = (row: string) => setOpened((o) => ({ ...o, [row]: (o[row] ?? 0) + 1 }));
  const { columns, rows } = shape;
  const groups = columns.reduce<Array<{ label?: string; span: number }>>((runs, column) => {
    const last = runs.at(-1);
    if (last && column.group !== undefined && last.label === column.group) last.span += 1;
    else runs.push({ label: column.group, span: 1 });
    return runs;
  }, []);
  const twoRows = groups.some((g) => g.label !== undefined);
  const stubHead = props.template.stubHead ?? message("ui.grid.stub");
  const cells = rows.map((r) =>
    columns.map((column) => {
      const key = shape.keyOf(r.indicator.key, column.key);
      return key === undefined ? undefined : shape.byKey.get(key);
    }),
  );
  const editable = cells.map((row) => row.map((value) => value !== undefined && !isComputed(value)));

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const input = event.target as HTMLElement;
    if (!(input instanceof HTMLInputElement) || input.dataset.row === undefined) return;
    const at = { row: Number(input.dataset.row), col: Number(input.dataset.col) };
    if (isNoteKey(event)) {
      event.preventDefault();
      openNote(rows[at.row]!.indicator.key);
      return;
    }
    const intent = enterIntent(event);
    const step: GridStep | undefined = intent === "next" ? "down" : intent === "previous" ? "up" : intent === undefined ? ARROWS[event.key] : undefined;
    if (!step || event.altKey || (!intent && (event.shiftKey || event.ctrlKey || event.metaKey))) return;
    if (!intent && !atEdge(input, step)) return;
    const to = gridMove(editable, at, step);
    const table = event.currentTarget;
    if (to) {
      event.preventDefault();
      const target = table.querySelector<HTMLInputElement>(`input[data-row="${to.row}"][data-col="${to.col}"]`);
      target?.focus();
      target?.select();
    } else if (intent) {
      // Enter below the last row goes on to the form's next input after the grid, as the rest of the form does.
      event.preventDefault();
      const inputs = [...table.querySelectorAll<HTMLInputElement>("input[data-row]:not([readonly])")];
      moveFocus(table.closest("section") ?? document.body, step === "down" ? inputs.at(-1)! : inputs[0]!, step === "down" ? 1 : -1);
    }
  };

  const noted = rows.filter((r) => (props.notes[r.indicator.key] ?? "") !== "" || opened[r.indicator.key]);
  const findings = rows.flatMap((r, i) => cells[i]!.flatMap((value) => (value ? (props.findings?.[value.key] ?? []).map((f) => ({ value, f })) : [])));

  return (
    <div>
      <div className={styles.scroller}>
        <table className={styles.table} aria-label={props.template.title} onKeyDown={onKeyDown}>
          <thead>
            <tr>
              <th scope="col" rowSpan={twoRows ? 2 : 1} className={mergeClasses(styles.head, styles.stub)}>
                {stubHead}
              </th>
              {twoRows
                ? groups.map((g, i) => (
                    <th key={i} scope="colgroup" colSpan={g.span} rowSpan={g.label === undefined ? 2 : 1} className={styles.head}>
                      {g.label ?? headOf(columns[groups.slice(0, i).reduce((n, x) => n + x.span, 0)]!)}
                    </th>
                  ))
                : columns.map((column) => (
                    <th key={column.key} scope="col" className={styles.head}>
                      {headOf(column)}
                    </th>
                  ))}
            </tr>
            {twoRows && (
              <tr>
                {columns
                  .filter((column) => column.group !== undefined)
                  .map((column) => (
                    <th key={column.key} scope="col" className={styles.head}>
                      {headOf(column)}
                    </th>
                  ))}
              </tr>
            )}
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.indicator.key}>
                <th scope="row" className={mergeClasses(styles.head, styles.stub)}>
                  <span className={styles.rowHead}>
                    {r.indicator.label}
                    {!r.isTotal && (
                      <NoteButton label={r.indicator.label} onClick={() => openNote(r.indicator.key)} />
                    )}
                  </span>
                </th>
                {cells[i]!.map((value, j) =>
                  value === undefined ? (
                    <td key={columns[j]!.key} className={mergeClasses(styles.cell, styles.computed)} aria-hidden>
                      —
                    </td>
                  ) : (
                    <td key={value.key} className={mergeClasses(styles.cell, editable[i]![j] ? undefined : styles.computed, stateClass(styles, props.findings?.[value.key]))}>
                      <input
                        className={mergeClasses(styles.input, editable[i]![j] ? undefined : styles.computed)}
                        data-row={i}
                        data-col={j}
                        data-key={value.key}
                        aria-label={names.get(value.key) ?? value.key}
                        aria-invalid={props.findings?.[value.key]?.some((f) => f.severity === "error") || undefined}
                        inputMode="decimal"
                        {...(editable[i]![j]
                          ? { value: props.values[value.key] ?? "", onChange: (e) => props.onValue(value.key, e.target.value) }
                          : { value: computedText(value, shape.byKey, props.values), readOnly: true, tabIndex: -1, title: message("ui.form.computed-hint") })}
                      />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(noted.length > 0 || findings.length > 0) && (
        <div className={styles.below}>
          {findings.map(({ value, f }, k) => (
            <Caption1 as="p" key={k} className={mergeClasses(styles.finding, f.severity === "error" ? styles.findingError : f.severity === "verify" ? styles.findingWarning : undefined)}>
              {`${names.get(value.key) ?? value.key}：${findingMessage(f)}`}
            </Caption1>
          ))}
          {noted.map((r) => (
            <RowNote
              key={r.indicator.key}
              label={r.indicator.label}
              value={props.notes[r.indicator.key] ?? ""}
              onChange={(text) => props.onNote(r.indicator.key, text)}
              opening={opened[r.indicator.key] ?? 0}
            />
          ))}
        </div>
      )}
    </div>
  );
}

/** A value the form computes: a rate across the row, a change, a 合计. */
function isComputed(value: TableValue): boolean {
  return Boolean(value.formula || value.change || value.isTotal);
}

function headOf(column: { label: string; unit?: string }): string {
  return column.unit ? `${column.label}（${column.unit}）` : column.label;
}

function stateClass(styles: ReturnType<typeof useStyles>, findings: readonly Finding[] | undefined): string | undefined {
  if (findings?.some((f) => f.severity === "error")) return styles.error;
  if (findings?.some((f) => f.severity === "verify")) return styles.warning;
  return undefined;
}
