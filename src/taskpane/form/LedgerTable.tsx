import {
  Button,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { message } from "../../core/locale";
import type { LedgerTemplate } from "../../core/template";
import { ValueInput } from "./ValueInput";

const useStyles = makeStyles({
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: { tableLayout: "auto", minWidth: "max-content" },
  serial: { width: "3em" },
  cell: { minWidth: "8em", verticalAlign: "top", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  footer: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalS },
});

/** A ledger's rows as a table of inputs, one column per template column, with 添加一行 and 删除 per row. */
export function LedgerTable(props: {
  template: LedgerTemplate;
  rows: Array<Record<string, string>>;
  onCell: (row: number, column: string, value: string) => void;
  onAddRow: () => void;
  onRemoveRow: (row: number) => void;
}) {
  const styles = useStyles();
  const { columns } = props.template;
  return (
    <div>
      <div className={styles.scroller}>
        <Table size="small" className={styles.table} aria-label={props.template.title}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.serial}>{message("ui.ledger.serial")}</TableHeaderCell>
              {columns.map((column) => (
                <TableHeaderCell key={column.key}>{column.unit ? `${column.label}（${column.unit}）` : column.label}</TableHeaderCell>
              ))}
              <TableHeaderCell>{message("ui.ledger.actions")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {props.rows.map((row, i) => (
              // Rows have no identity of their own; the index is what the sheet uses too.
              <TableRow key={i}>
                <TableCell className={styles.serial}>{i + 1}</TableCell>
                {columns.map((column) => (
                  <TableCell key={column.key} className={styles.cell}>
                    <ValueInput
                      kind={column.kind}
                      options={column.options}
                      ariaLabel={message("ui.ledger.cell-label", { column: column.label, n: i + 1 })}
                      value={row[column.key] ?? ""}
                      onChange={(value) => props.onCell(i, column.key, value)}
                    />
                  </TableCell>
                ))}
                <TableCell className={styles.cell}>
                  <Button
                    size="small"
                    aria-label={message("ui.ledger.remove-row-label", { n: i + 1 })}
                    onClick={() => props.onRemoveRow(i)}
                  >
                    {message("ui.ledger.remove-row")}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div className={styles.footer}>
        <Button onClick={props.onAddRow}>{message("ui.ledger.add-row")}</Button>
        <Caption1>{props.rows.length ? message("ui.ledger.count", { count: props.rows.length }) : message("ui.ledger.empty")}</Caption1>
      </div>
    </div>
  );
}
