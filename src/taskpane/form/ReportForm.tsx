import { Button, Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { emptyFormState, formFieldAt, formFieldKey, formToCells, sheetToForm } from "../../core/form";
import { planSheet } from "../../core/layout";
import { message } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import { useLiveFindings } from "../audit";
import type { DraftKey, DraftStore, FormDraft } from "../drafts";
import { ChoiceDialog, enterIntent, timeText } from "../shared";
import { moveFocus } from "./_lib/move-focus";
import { StatusBar, useOperation, type Notice } from "../status";
import { formReducer, type FormModel } from "./form-reducer";
import { HeaderFields } from "./HeaderFields";
import { IndicatorFields } from "./IndicatorFields";
import { LedgerCards } from "./LedgerCards";
import { useDraftAutosave } from "./useDraftAutosave";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sheet: { margin: 0, color: tokens.colorNeutralForeground3 },
  dirty: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const TEXT_INPUT_TYPES = new Set(["text", "date", "datetime-local", "search", "tel", "number"]);

/** A cell of the sheet to take the clerk to, a new serial each time it is asked for. */
export interface FieldRequest {
  sheet: string;
  address: string;
  serial: number;
}

/** How long a field taken to is looked for while the form draws it (a ledger row opening): 20 × 50 ms. */
const FOCUS_TRIES = 20;
const FOCUS_RETRY_MS = 50;

function initialModel(templateId: string, draft: FormDraft | undefined): FormModel {
  if (!draft) return { form: emptyFormState(templateId), dirty: false, sheetRowCount: 0, changedAt: "", confirmingRead: false };
  return { form: draft.form, dirty: true, sheetRowCount: draft.sheetRowCount, changedAt: draft.savedAt, confirmingRead: false };
}

/**
 * What the form shows before its first operation: without a draft it opens by reading its sheet,
 * busy from the first paint, so 保存 is never offered over an empty form. (A restored draft is
 * announced at the top of the form, where the clerk starts reading.)
 */
function initialStatus(sheetName: string, draft: FormDraft | undefined): { busy?: string; notice?: Notice } {
  return draft ? {} : { busy: message("ui.form.reading", { sheet: sheetName }) };
}

/**
 * The form of one report sheet, generated from its template. 保存 writes every value in one
 * `writeCells` call; 读取 loads the sheet back. Unsaved content is kept as a draft and restored
 * when the form opens again; without a draft the form opens with what the sheet holds.
 */
export function ReportForm(props: {
  port: WorkbookPort;
  template: ReportTemplate;
  sheetName: string;
  workbookKey: string;
  drafts: DraftStore;
  /** A cell to go to (a finding clicked in 审核): its field takes the focus once the form has read its sheet. */
  focus?: FieldRequest;
  /** Told once the focus went there (or there is no field for that cell), so it is not asked again. */
  onFocused?: () => void;
}) {
  const { port, template, sheetName, drafts } = props;
  const styles = useStyles();
  const plan = useMemo(() => planSheet(template, { sheetName }), [template, sheetName]);
  const anchors = plan.anchors;
  const key = useMemo<DraftKey>(
    () => ({ workbook: props.workbookKey, sheet: sheetName, templateId: template.id }),
    [props.workbookKey, sheetName, template.id],
  );
  const [draft] = useState(() => drafts.load(key));
  const [restoredNotice, setRestoredNotice] = useState<Notice | undefined>(() =>
    draft ? { intent: "info", text: message("ui.form.draft-restored", { time: timeText(draft.savedAt) }) } : undefined,
  );
  const [model, dispatch] = useReducer(formReducer, undefined, () => initialModel(template.id, draft));
  const operation = useOperation(initialStatus(sheetName, draft));
  const { run } = operation;
  useDraftAutosave(drafts, key, model);
  const live = useLiveFindings(template, plan, model.form);

  const read = useCallback(
    (quiet: boolean) => {
      dispatch({ type: "confirm-read", open: false });
      return run(
        message("ui.form.reading", { sheet: sheetName }),
        async () => {
          const snapshot = await port.readSheet(sheetName);
          const form = sheetToForm(template, anchors, snapshot);
          const sheetRowCount = anchors.ledger ? Math.max(0, snapshot.rows.length - anchors.ledger.firstRow) : 0;
          dispatch({ type: "loaded", form, sheetRowCount, keepEdits: quiet });
        },
        { done: () => (quiet ? undefined : { intent: "success", text: message("ui.form.read-done", { sheet: sheetName }) }), place: { sheet: sheetName } },
      );
    },
    [port, sheetName, template, anchors, run],
  );

  // Opening without a draft shows what the sheet holds; a restored draft is left as it is.
  const restored = model.dirty;
  useEffect(() => {
    if (!restored) void read(true);
    // Only when the form opens (the form is keyed by sheet and template); later reads are the clerk's choice.
  }, []);

  const save = () => {
    const form = model.form;
    const sheetRowCount = model.sheetRowCount;
    void run(
      message("ui.form.saving", { sheet: sheetName }),
      async () => {
        const writes = formToCells(template, anchors, form, sheetRowCount);
        await port.writeCells(sheetName, writes);
        dispatch({ type: "saved", form, sheetRowCount: Math.max(form.rows.length, sheetRowCount) });
        return writes.length;
      },
      { done: (count) => ({ intent: "success", text: message("ui.form.saved", { sheet: sheetName, count }) }), place: { sheet: sheetName } },
    );
  };

  // A finding's cell taken to its field: a ledger row is opened first, and the input looked for until it is drawn.
  const field = useMemo(() => (props.focus ? formFieldAt(anchors, props.focus.address) : undefined), [props.focus, anchors]);
  const reveal = useMemo(() => (field?.kind === "ledger" ? { row: field.row } : undefined), [field]);
  const root = useRef<HTMLElement>(null);
  const { focus, onFocused } = props;
  const reading = operation.busy !== undefined;
  useEffect(() => {
    if (!focus || reading) return;
    if (!field) {
      onFocused?.();
      return;
    }
    const key = formFieldKey(field);
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = () => {
      const input = [...(root.current?.querySelectorAll<HTMLElement>("[data-key]") ?? [])].find((element) => element.dataset.key === key);
      if (input) {
        input.focus();
        input.scrollIntoView?.({ block: "center" });
        onFocused?.();
      } else if (tries++ < FOCUS_TRIES) timer = setTimeout(look, FOCUS_RETRY_MS);
      else onFocused?.();
    };
    look();
    return () => clearTimeout(timer);
  }, [focus, field, reading, onFocused]);

  const askRead = () => (model.dirty ? dispatch({ type: "confirm-read", open: true }) : void read(false));

  // As in Excel: Enter moves on (Shift+Enter back), Ctrl+Enter saves; a grid moves by itself (defaultPrevented).
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const intent = event.defaultPrevented ? undefined : enterIntent(event);
    if (!intent) return;
    if (intent === "save") {
      event.preventDefault();
      if (!operation.busy) save();
      return;
    }
    const target = event.target as HTMLElement;
    if (!(target instanceof HTMLInputElement) || !TEXT_INPUT_TYPES.has(target.type)) return;
    event.preventDefault();
    moveFocus(event.currentTarget, target, intent === "next" ? 1 : -1);
  };

  // The save bar sticks to the pane's bottom: a field that takes the focus under it is brought up into view.
  const actions = useRef<HTMLDivElement>(null);
  const keepInView = (event: FocusEvent<HTMLElement>) => {
    const bar = actions.current;
    const target = event.target as HTMLElement;
    if (!bar || bar.contains(target)) return;
    if (target.getBoundingClientRect().bottom > bar.getBoundingClientRect().top) target.scrollIntoView({ block: "center" });
  };

  const { form } = model;
  return (
    <section
      ref={root}
      className={styles.root}
      aria-label={template.title}
      onKeyDown={onKeyDown}
      onFocus={keepInView}
      onCompositionStart={live.onCompositionStart}
      onCompositionEnd={live.onCompositionEnd}
    >
      <div>
        <Subtitle1 as="h2" block>
          {template.title}
        </Subtitle1>
        <Caption1 as="p" block className={styles.sheet}>
          {message("ui.form.sheet", { sheet: sheetName })}
        </Caption1>
      </div>
      <StatusBar notice={restoredNotice} onDismiss={() => setRestoredNotice(undefined)} />
      <HeaderFields
        template={template}
        position="top"
        header={form.header}
        findings={live.findings}
        onChange={(key, value) => dispatch({ type: "header", key, value })}
      />
      {template.kind === "indicators" ? (
        <IndicatorFields
          template={template}
          values={form.values}
          notes={form.notes}
          findings={live.findings}
          onValue={(key, value) => dispatch({ type: "value", key, value })}
          onNote={(key, value) => dispatch({ type: "note", key, value })}
        />
      ) : (
        <LedgerCards
          template={template}
          rows={form.rows}
          onCell={(row, column, value) => dispatch({ type: "cell", row, column, value })}
          onAddRow={() => dispatch({ type: "add-row" })}
          onRemoveRow={(row) => dispatch({ type: "remove-row", row })}
          reveal={reveal}
        />
      )}
      <HeaderFields
        template={template}
        position="bottom"
        header={form.header}
        findings={live.findings}
        onChange={(key, value) => dispatch({ type: "header", key, value })}
      />
      <div ref={actions} className={styles.actions}>
        <Button appearance="primary" disabled={!!operation.busy} onClick={save}>
          {message("ui.form.save")}
        </Button>
        <Button disabled={!!operation.busy} onClick={askRead}>
          {message("ui.form.read")}
        </Button>
        {model.dirty && !operation.busy && <Caption1 className={styles.dirty}>{message("ui.form.unsaved")}</Caption1>}
      </div>
      <StatusBar busy={operation.busy} notice={operation.notice} onDismiss={() => operation.notify(undefined)} />
      <ChoiceDialog
        open={model.confirmingRead}
        title={message("ui.form.discard-title")}
        body={message("ui.form.discard-body", { sheet: sheetName })}
        choices={[{ value: "read", label: message("ui.form.discard-confirm") }]}
        onChoose={(choice) => (choice ? void read(false) : dispatch({ type: "confirm-read", open: false }))}
      />
    </section>
  );
}
