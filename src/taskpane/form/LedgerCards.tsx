import { Button, Caption1, Field, Text, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import { formFieldKey } from "../../core/form";
import { message } from "../../core/locale";
import type { LedgerColumn, LedgerTemplate } from "../../core/template";
import { ValueInput } from "./ValueInput";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  item: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  serial: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
  // One line per row in the list: the long 问题表述 is cut with an ellipsis, the full text is in the card.
  summary: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  status: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
  card: {
    display: "grid",
    // One field a line at pane width; at 1000 px the card may use the width, two or three fields a line.
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 18em), 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  cardHead: { gridColumn: "1 / -1", display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  wide: { gridColumn: "1 / -1" },
  field: { minWidth: 0 },
  footer: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
});

/** Width in characters from which a text column is written on several lines (问题表述, 整改措施). */
const LONG_TEXT_WIDTH = 20;

function isLongText(column: LedgerColumn): boolean {
  return column.kind === "text" && (column.width ?? 0) >= LONG_TEXT_WIDTH;
}

/** What a row is about, in one line of the list: its first long text (问题表述), else its first text filled. */
function summaryOf(template: LedgerTemplate, row: Record<string, string>): string {
  const texts = template.columns.filter((c) => c.kind === "text" && (row[c.key] ?? "").trim() !== "");
  const main = texts.find(isLongText) ?? texts[0];
  return main ? row[main.key]!.trim() : "";
}

/**
 * A ledger (整改台账: 13 columns, long texts) at pane width, edited one row at a time: the rows as a list
 * of one-line summaries, the selected one opened below as a card of fields, long texts on several
 * lines. 添加一行 adds a row and opens it; 删除 removes the open one.
 */
export function LedgerCards(props: {
  template: LedgerTemplate;
  rows: Array<Record<string, string>>;
  onCell: (row: number, column: string, value: string) => void;
  onAddRow: () => void;
  onRemoveRow: (row: number) => void;
  /** A row to open (a finding's row, taken to from 审核); a new object each time it is asked for. */
  reveal?: { row: number };
}) {
  const styles = useStyles();
  const { template, rows } = props;
  const [selected, setSelected] = useState(rows.length ? 0 : -1);
  const [focusCard, setFocusCard] = useState(false);
  const card = useRef<HTMLDivElement>(null);
  const open = rows.length ? Math.min(Math.max(selected, 0), rows.length - 1) : -1;
  const statusColumn = template.status?.column;

  useEffect(() => {
    if (props.reveal) setSelected(props.reveal.row);
  }, [props.reveal]);
  useEffect(() => {
    if (!focusCard) return;
    setFocusCard(false);
    card.current?.querySelector<HTMLElement>("input, textarea, [role=combobox]")?.focus();
  }, [focusCard, open]);

  const add = () => {
    props.onAddRow();
    setSelected(rows.length);
    setFocusCard(true);
  };
  const remove = (row: number) => {
    props.onRemoveRow(row);
    setSelected(Math.min(row, rows.length - 2));
  };

  return (
    <div className={styles.root}>
      {rows.length > 0 && (
        <ol className={styles.list} aria-label={message("ui.ledger.rows", { title: template.title })}>
          {rows.map((row, i) => {
            const summary = summaryOf(template, row);
            const status = statusColumn ? (row[statusColumn] ?? "") : "";
            return (
              // Rows have no identity of their own; the index is what the sheet uses too.
              <li key={i}>
                <button
                  type="button"
                  className={mergeClasses(styles.item, i === open && styles.selected)}
                  aria-current={i === open ? "true" : undefined}
                  aria-label={message("ui.ledger.row-summary", { n: i + 1, summary: summary || message("ui.ledger.row-blank"), status })}
                  onClick={() => {
                    setSelected(i);
                    setFocusCard(true);
                  }}
                >
                  <span className={styles.serial}>{i + 1}</span>
                  <span className={styles.summary}>{summary || message("ui.ledger.row-blank")}</span>
                  {status && <span className={styles.status}>{status}</span>}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {open >= 0 && (
        <div ref={card} role="group" aria-label={message("ui.ledger.row-label", { n: open + 1 })} className={styles.card}>
          <div className={styles.cardHead}>
            <Text weight="semibold">{message("ui.ledger.row-label", { n: open + 1 })}</Text>
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={message("ui.ledger.remove-row-label", { n: open + 1 })}
              onClick={() => remove(open)}
            >
              {message("ui.ledger.remove-row")}
            </Button>
          </div>
          {template.columns.map((column) => (
            <Field
              key={column.key}
              className={mergeClasses(styles.field, isLongText(column) && styles.wide)}
              label={column.unit ? `${column.label}（${column.unit}）` : column.label}
              required={column.required}
            >
              {(control) => (
                <ValueInput
                  {...control}
                  fieldKey={formFieldKey({ kind: "ledger", row: open, column: column.key })}
                  kind={column.kind}
                  options={column.options}
                  multiline={isLongText(column)}
                  value={rows[open]![column.key] ?? ""}
                  onChange={(value) => props.onCell(open, column.key, value)}
                />
              )}
            </Field>
          ))}
        </div>
      )}
      <div className={styles.footer}>
        <Button icon={<AddRegular />} onClick={add}>
          {message("ui.ledger.add-row")}
        </Button>
        <Caption1>{rows.length ? message("ui.ledger.count", { count: rows.length }) : message("ui.ledger.empty")}</Caption1>
      </div>
    </div>
  );
}
