import { Button, Caption1, Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useReducer } from "react";
import { auditWorkbook, type AuditItem, type AuditOutcome, type AuditScope } from "../../app";
import { message } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import type { FindingMarker } from "../../workbook/finding-marker";
import type { WorkbookPort } from "../../workbook/port";
import { StatusBar, errorText, useOperation, type Notice } from "../status";
import { auditReducer, initialAuditState } from "./audit-reducer";
import { FindingList } from "./FindingList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

function outcomeNotice(outcome: AuditOutcome, scope: AuditScope): Notice {
  if (outcome.sheets.length === 0) {
    return scope.kind === "sheet"
      ? { intent: "warning", text: message("ui.audit.not-a-report", { sheet: scope.sheet }) }
      : { intent: "warning", text: message("ui.audit.no-reports") };
  }
  const sheets = outcome.sheets.map((s) => `“${s.sheet}”`).join("、");
  if (outcome.markError !== undefined)
    return { intent: "warning", text: message("ui.audit.mark-failed", { detail: errorText(outcome.markError) }) };
  if (outcome.items.length === 0) return { intent: "success", text: message("ui.audit.passed", { sheets }) };
  return { intent: "info", text: message("ui.audit.summary", { sheets, ...outcome.summary }) };
}

/**
 * 审核: audit the current report sheet or every report sheet of the workbook, list the findings by
 * severity and mark them on the sheets. A click on a finding takes the clerk to its cell where there
 * is a grid to go to (`select`, Excel); the browser page has none, so the finding is highlighted and
 * its place named. A 核实 finding is accepted with a 说明 written into its row's 备注 cell.
 */
export function AuditView(props: {
  port: WorkbookPort;
  marker: FindingMarker;
  templates: readonly ReportTemplate[];
  /** The current report sheet: Excel's active sheet, or the sheet chosen in the browser page. */
  sheet?: string;
  /** Activate the sheet and select the cell (Excel); absent in the browser page. */
  select?: (sheet: string, address: string) => Promise<void>;
  /** After the workbook was changed (marks, a 说明), so the browser page knows it needs downloading. */
  onChanged?: () => void;
}) {
  const styles = useStyles();
  const { port, marker, sheet } = props;
  const [state, dispatch] = useReducer(auditReducer, initialAuditState);
  const operation = useOperation();
  const scope: AuditScope = state.scope === "sheet" && sheet ? { kind: "sheet", sheet } : { kind: "workbook" };

  const run = () =>
    operation.run(
      message(scope.kind === "sheet" ? "ui.audit.running-sheet" : "ui.audit.running-workbook", { sheet: sheet ?? "" }),
      async () => {
        const outcome = await auditWorkbook(port, { scope, templates: props.templates, marker });
        if (outcome.sheets.length) props.onChanged?.();
        dispatch({ type: "done", outcome });
        return outcome;
      },
      { done: (outcome) => outcomeNotice(outcome, scope), place: scope.kind === "sheet" ? { sheet: scope.sheet } : {} },
    );

  const select = (item: AuditItem) => {
    dispatch({ type: "select", id: item.id });
    const { sheet: at, cell } = item.finding.location;
    void operation.run(undefined, async () => props.select?.(at, cell), { place: { sheet: at } });
  };

  const accept = (item: AuditItem, note: string) => {
    const target = item.note;
    if (!target) return;
    const at = item.finding.location.sheet;
    void operation.run(
      message("ui.audit.note-writing", { sheet: at, cell: target.cell }),
      async () => {
        await marker.acceptWithNote(at, target.cell, note);
        props.onChanged?.();
        dispatch({ type: "accepted", id: item.id, cell: target.cell, note });
      },
      { done: () => ({ intent: "success", text: message("ui.audit.note-written", { sheet: at, cell: target.cell }) }), place: { sheet: at } },
    );
  };

  const outcome = state.outcome;
  return (
    <section className={styles.root} aria-label={message("ui.audit.heading")}>
      <Field label={message("ui.audit.scope")}>
        <RadioGroup
          value={scope.kind}
          onChange={(_, data) => dispatch({ type: "scope", scope: data.value === "sheet" ? "sheet" : "workbook" })}
        >
          <Radio
            value="sheet"
            disabled={!sheet}
            label={sheet ? message("ui.audit.scope-sheet", { sheet }) : message("ui.audit.scope-sheet-none")}
          />
          <Radio value="workbook" label={message("ui.audit.scope-workbook")} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!!operation.busy} onClick={() => void run()}>
          {message("ui.audit.run")}
        </Button>
        {outcome && !operation.busy && <Caption1 className={styles.muted}>{message("ui.audit.rerun-hint")}</Caption1>}
      </div>
      <StatusBar busy={operation.busy} notice={operation.notice} onDismiss={() => operation.notify(undefined)} />
      {outcome && outcome.items.length > 0 && (
        <>
          {!props.select && <Text className={styles.muted}>{message("ui.audit.browser-hint")}</Text>}
          <FindingList
            items={outcome.items}
            selected={state.selected}
            accepting={state.accepting}
            accepted={state.accepted}
            busy={!!operation.busy}
            onSelect={select}
            onAccepting={(id) => dispatch({ type: "accepting", id })}
            onAccept={accept}
          />
        </>
      )}
    </section>
  );
}
