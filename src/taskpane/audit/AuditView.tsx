import { Button, Caption1, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useReducer, useState } from "react";
import { auditWorkbook, type AuditItem, type AuditOutcome, type AuditScope } from "../../app";
import { message } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import type { FindingMarker } from "../../workbook/finding-marker";
import type { WorkbookPort } from "../../workbook/port";
import { StatusBar, errorText, useOperation, type Notice } from "../status";
import { auditReducer, initialAuditState } from "./audit-reducer";
import type { UnsavedForms } from "./unsaved-forms";
import { FindingList } from "./FindingList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Sheets named as the clerk reads them: “城关镇”、“东关街道”. */
const quoted = (sheets: readonly string[]) => sheets.map((s) => `“${s}”`).join("、");

/** The outcome's notice, saying first which forms were saved for the audit. */
function withSaved(notice: Notice, saved: readonly string[]): Notice {
  return saved.length ? { ...notice, text: `${message("ui.audit.saved-first", { sheets: quoted(saved) })}\n${notice.text}` } : notice;
}

function outcomeNotice(outcome: AuditOutcome, scope: AuditScope): Notice {
  if (outcome.sheets.length === 0) {
    return scope.kind === "sheet"
      ? { intent: "warning", text: message("ui.audit.not-a-report", { sheet: scope.sheet }) }
      : { intent: "warning", text: message("ui.audit.no-reports") };
  }
  const sheets = quoted(outcome.sheets.map((s) => s.sheet));
  if (outcome.markError !== undefined)
    return { intent: "warning", text: message("ui.audit.mark-failed", { detail: errorText(outcome.markError) }) };
  if (outcome.items.length === 0) return { intent: "success", text: message("ui.audit.passed", { sheets }) };
  return { intent: "info", text: message("ui.audit.summary", { sheets, ...outcome.summary }) };
}

/**
 * 审核: audit the current report sheet or every report sheet of the workbook, list the findings by
 * severity and mark them on the sheets. A click on a finding takes the clerk to its place (`select`):
 * Excel selects its cell; the browser page, which has no grid, opens the form at its field. A 核实
 * finding is accepted with a 说明 written into its row's 备注 cell.
 */
export function AuditView(props: {
  port: WorkbookPort;
  marker: FindingMarker;
  templates: readonly ReportTemplate[];
  /** The current report sheet: Excel's active sheet, or the sheet chosen in the browser page. */
  sheet?: string;
  /** Go to a finding's cell: Excel activates the sheet and selects it; the browser page opens 填报 at its field. */
  select?: (sheet: string, address: string) => Promise<void>;
  /** Where `select` goes: Excel's grid (the default), or the form's field in 填报 (the browser page), as the hint says. */
  selectsOn?: "grid" | "form";
  /** After the workbook was changed (marks, a 说明), so the browser page knows it needs downloading. */
  onChanged?: () => void;
  /** What 填报 holds unsaved: saved first, so the audit checks what the form shows. */
  unsaved?: UnsavedForms;
}) {
  const styles = useStyles();
  const { port, marker, sheet } = props;
  const [state, dispatch] = useReducer(auditReducer, initialAuditState);
  const operation = useOperation();
  const scope: AuditScope = state.scope === "sheet" && sheet ? { kind: "sheet", sheet } : { kind: "workbook" };
  const { unsaved } = props;
  const [pending, setPending] = useState<string[]>([]);
  const scopeKey = scope.kind === "sheet" ? scope.sheet : "";

  // Said before the audit runs, so the clerk knows the form will be saved.
  useEffect(() => {
    let live = true;
    if (!unsaved) return;
    unsaved.find(scope).then(
      (sheets) => live && setPending(sheets),
      () => live && setPending([]),
    );
    return () => {
      live = false;
    };
  }, [unsaved, scope.kind, scopeKey]);

  const run = () =>
    operation.run(
      message(scope.kind === "sheet" ? "ui.audit.running-sheet" : "ui.audit.running-workbook", { sheet: sheet ?? "" }),
      async () => {
        const saved = unsaved ? await unsaved.save(scope) : [];
        if (saved.length) {
          props.onChanged?.();
          setPending([]);
        }
        const outcome = await auditWorkbook(port, { scope, templates: props.templates, marker });
        if (outcome.sheets.length) props.onChanged?.();
        dispatch({ type: "done", outcome });
        return { outcome, saved };
      },
      { done: ({ outcome, saved }) => withSaved(outcomeNotice(outcome, scope), saved), place: scope.kind === "sheet" ? { sheet: scope.sheet } : {} },
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
      {pending.length > 0 && !operation.busy && (
        <MessageBar intent="info">
          <MessageBarBody>{message("ui.audit.unsaved", { sheets: quoted(pending) })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {/* While a 说明 is being written, its 写入备注 is the one primary action. */}
        <Button appearance={state.accepting ? "secondary" : "primary"} disabled={!!operation.busy} onClick={() => void run()}>
          {message("ui.audit.run")}
        </Button>
        {outcome && !operation.busy && <Caption1 className={styles.muted}>{message("ui.audit.rerun-hint")}</Caption1>}
      </div>
      <StatusBar busy={operation.busy} notice={operation.notice} onDismiss={() => operation.notify(undefined)} />
      {outcome && outcome.items.length > 0 && (
        <>
          {props.selectsOn === "form" && <Text className={styles.muted}>{message("ui.audit.browser-hint")}</Text>}
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
