import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Label,
  Option,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useReducer, useRef, useState, type ReactNode } from "react";
import { needsReminder, PartialWriteError, writeSummary, type ClashAnswer, type NameClash, type Summary } from "../../app";
import type { UnitDecision } from "../../core/consolidate";
import type { SheetPlan } from "../../core/layout";
import { message } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import { DistributePanel } from "../distribute";
import { ChoiceDialog, HiddenFileInput, PaneDivider, useQuestion } from "../shared";
import { StatusBar, bringIntoView, errorText, useOperation, type Notice } from "../status";
import { unitRowAddress } from "./_lib/unit-row-address";
import { consolidateReducer, initialConsolidateState, type SummaryOutcome } from "./consolidate-reducer";
import { FilePicker } from "./FilePicker";
import { readUnitFile, type UnitFileReader } from "./read-unit-file";
import { ResultGlance } from "./ResultGlance";
import { ReminderBox } from "./ReminderBox";
import { consolidateOffThread } from "./consolidate-off-thread";
import type { ConsolidationRun, PickedSource } from "./run-consolidation";
import { loadSignature, saveSignature } from "./signature-store";
import { unitConflicts, type UnitConflict } from "./unit-conflicts";
import type { NewWorkbook, SummaryTarget } from "./summary-target";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, ":focus": { outlineStyle: "none" } },
  dropdown: { minWidth: 0 },
  // 填表人 and 联系电话 side by side where the pane is wide, one under the other at 320 px.
  signature: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, "& > *": { flex: "1 1 9em", minWidth: 0 } },
  // Fluent's Input keeps a minimum width of its own; here it takes the field's.
  signatureInput: { width: "100%", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

const ROSTER_SHEET = /单位名录|名录/;

/** The open workbook's report sheets (bound to a template) and a 单位名录 sheet, if any; nothing when the summary goes to a new workbook. */
function useWorkbookSheets(target: SummaryTarget, generation: number) {
  const [found, setFound] = useState<{ reports: string[]; roster?: string }>({ reports: [] });
  const port = target.kind === "open-workbook" ? target.port : undefined;
  useEffect(() => {
    if (!port) return;
    let live = true;
    Promise.all([port.listSheets(), port.readBindings()]).then(
      ([sheets, bindings]) => {
        const visible = sheets.filter((s) => s.visibility === "visible").map((s) => s.name);
        if (live)
          setFound({
            reports: visible.filter((n) => bindings.some((b) => b.sheetName === n)),
            roster: visible.find((n) => ROSTER_SHEET.test(n)),
          });
      },
      // Without the list the clerk can still consolidate files; the sheets are simply not offered.
      () => live && setFound({ reports: [] }),
    );
    return () => {
      live = false;
    };
  }, [port, generation]);
  return found;
}

/** What a run came to: the summary written, the clerk's cancel of the question, or why no summary was made. */
type RunEnd = { kind: "written"; outcome: SummaryOutcome } | { kind: "cancelled" } | { kind: "refused"; reason: string };

/**
 * 汇总: the units' files (picked or dropped; in Excel also report sheets of the open workbook), an
 * optional roster, the template (recognised by default), then read with progress and a 取消 that
 * stops cleanly with nothing written. The summary goes to new sheets of the open workbook in Excel —
 * never over the clerk's sheets without asking — or to a new workbook to download in the browser.
 */
export function ConsolidateView(props: {
  target: SummaryTarget;
  templates: readonly ReportTemplate[];
  readFile?: UnitFileReader;
  /** 生成综述: hand the summary just made to the 综述 view. Without it the button is not shown. */
  onNarrate?: (outcome: SummaryOutcome) => void;
  /** Put the 催报 notice on the clipboard; the Clipboard API by default. */
  writeText?: (text: string) => Promise<void>;
}) {
  const styles = useStyles();
  const { target, templates } = props;
  const [state, dispatch] = useReducer(consolidateReducer, initialConsolidateState, (initial) => ({ ...initial, ...loadSignature() }));
  const operation = useOperation();
  const question = useQuestion<NameClash, "rename" | "replace">();
  const unitQuestion = useQuestion<UnitConflict, UnitDecision | "keep">();
  const [generation, setGeneration] = useState(0);
  const [distributing, setDistributing] = useState(false);
  const workbook = useWorkbookSheets(target, generation);
  const controller = useRef<AbortController | undefined>(undefined);
  const running = state.running;
  const progress = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const started = !!running;
  // The progress comes into view as the run starts (the 开始汇总 button may be the last thing on
  // screen), and the summary's first lines once it is written; the outcome's notice takes the focus.
  useEffect(() => {
    if (started) bringIntoView(progress.current, { focus: true });
  }, [started]);
  useEffect(() => {
    if (state.outcome) bringIntoView(result.current, { focus: false, block: "start" });
  }, [state.outcome]);
  const cancelled = (): Notice => ({ intent: "info", text: message("ui.consolidate.cancelled") });

  /** The summary into the open workbook (asking before taking a name it has) or into a new workbook. */
  const write = async (summary: Summary, signal: AbortSignal): Promise<{ written: SheetPlan[]; workbook?: NewWorkbook } | undefined> => {
    if (target.kind === "open-workbook") {
      try {
        const outcome = await writeSummary(target.port, summary, { onTaken: (clash): Promise<ClashAnswer> => question.ask(clash) }, { signal });
        return "written" in outcome ? outcome : undefined;
      } finally {
        setGeneration((g) => g + 1);
      }
    }
    // A new workbook: should writing fail, it is dropped and nothing is left half-written.
    const book = await target.createWorkbook(message("ui.consolidate.file-name", { title: summary.template.title }));
    const outcome = await writeSummary(book.port, summary, {}, { signal });
    return "written" in outcome ? { ...outcome, workbook: book } : undefined;
  };

  const consolidateAndWrite = async (signal: AbortSignal): Promise<RunEnd> => {
    const port = target.kind === "open-workbook" ? target.port : undefined;
    const sources: PickedSource[] = [...state.files.map((file) => ({ kind: "file" as const, file })), ...state.sheets.map((sheet) => ({ kind: "sheet" as const, sheet }))];
    const rosterSheet = port && state.useRosterSheet ? workbook.roster : undefined;
    const roster: PickedSource | undefined = state.rosterFile ? { kind: "file", file: state.rosterFile } : rosterSheet ? { kind: "sheet", sheet: rosterSheet } : undefined;
    const consolidation = (unitDecisions?: Record<string, UnitDecision>) =>
      consolidateOffThread({
        sources,
        roster,
        templateId: state.templateId || undefined,
        templates,
        port,
        readFile: props.readFile ?? readUnitFile,
        preparer: state.preparer,
        phone: state.phone,
        ...(unitDecisions ? { unitDecisions } : {}),
        signal,
        onProgress: (done, total, name) => dispatch({ type: "progress", stage: "reading", done, total, name }),
      });
    let run: ConsolidationRun = await consolidation();
    if (!run.ok) return { kind: "refused", reason: run.reason };
    // A sheet whose 填报单位 names one unit and its file name another is the clerk's to decide: each
    // is asked about once, and the files are read again with the answers. No answer keeps it apart.
    const decisions: Record<string, UnitDecision> = {};
    for (const conflict of unitConflicts(run.result)) {
      const answer = await unitQuestion.ask(conflict);
      signal.throwIfAborted();
      if (answer === "header" || answer === "file") decisions[conflict.key] = answer;
    }
    if (Object.keys(decisions).length > 0) {
      run = await consolidation(decisions);
      if (!run.ok) return { kind: "refused", reason: run.reason };
    }
    dispatch({ type: "progress", stage: "writing", done: 0, total: run.summary.plans.length, name: "" });
    const written = await write(run.summary, signal);
    if (!written) return { kind: "cancelled" };
    const sheets = written.written.filter((p) => !p.veryHidden).map((p) => p.sheetName);
    const reminder = needsReminder(run.result) ? { reminder: run.summary.reminder } : {};
    return { kind: "written", outcome: { result: run.result, sheets, detail: written.written[run.summary.detail], ...(written.workbook ? { workbook: written.workbook } : {}), ...reminder } };
  };

  const start = async () => {
    if (running) return;
    const abort = new AbortController();
    controller.current = abort;
    operation.notify(undefined);
    saveSignature({ preparer: state.preparer, phone: state.phone });
    dispatch({ type: "progress", stage: "reading", done: 0, total: state.files.length + state.sheets.length, name: "" });
    const end = await operation.run(undefined, () => consolidateAndWrite(abort.signal), {
      done: (end): Notice => {
        if (end.kind === "refused") return { intent: "warning", text: end.reason };
        if (end.kind === "cancelled") return cancelled();
        const { result, sheets, workbook: book } = end.outcome;
        return { intent: "success", text: message(book ? "ui.consolidate.done-browser" : "ui.consolidate.done-excel", { units: result.units.length, sheets: sheets.join("、") }) };
      },
      failed: (error): Notice => {
        if (abort.signal.aborted) return cancelled();
        if (error instanceof PartialWriteError) return { intent: "error", text: message("ui.consolidate.write-failed", { detail: errorText(error) }) };
        return { intent: "error", text: errorText(error) };
      },
    });
    dispatch(end?.kind === "written" ? { type: "written", outcome: end.outcome } : { type: "stopped" });
  };

  const goToUnit = (unit: string) => {
    dispatch({ type: "highlight", unit });
    const outcome = state.outcome;
    if (target.kind !== "open-workbook" || !outcome || outcome.workbook) return;
    const address = unitRowAddress(outcome.detail, unit);
    if (!address) return;
    void operation.run(undefined, () => target.selectCell(outcome.detail.sheetName, address), { place: { sheet: outcome.detail.sheetName } });
  };

  const download = () => {
    const book = state.outcome?.workbook;
    if (!book || target.kind !== "new-workbook") return;
    void operation.run(undefined, async () => target.download(await book.toBytes(), book.fileName), { place: { file: book.fileName } });
  };

  const sourceCount = state.files.length + state.sheets.length;
  const template = templates.find((t) => t.id === state.templateId);
  const clash = question.asking;
  return (
    <section className={styles.root} aria-label={message("ui.consolidate.heading")}>
      <div className={styles.group}>
        <Subtitle2 as="h3">{message("ui.consolidate.inputs")}</Subtitle2>
        <FilePicker
          files={state.files}
          disabled={!!running}
          onAdd={(files) => dispatch({ type: "add-files", files })}
          onRemove={(index) => dispatch({ type: "remove-file", index })}
          onClear={() => dispatch({ type: "clear-files" })}
        />
        {workbook.reports.length > 0 && (
          <CheckGroup label={message("ui.consolidate.workbook-sheets")}>
            {workbook.reports.map((sheet) => (
              <Checkbox
                key={sheet}
                label={sheet}
                disabled={!!running}
                checked={state.sheets.includes(sheet)}
                onChange={(_, data) => dispatch({ type: "toggle-sheet", sheet, on: data.checked === true })}
              />
            ))}
          </CheckGroup>
        )}
      </div>
      <RosterPicker
        file={state.rosterFile}
        sheet={target.kind === "open-workbook" ? workbook.roster : undefined}
        useSheet={state.useRosterSheet}
        disabled={!!running}
        onFile={(file) => dispatch({ type: "roster-file", file })}
        onUseSheet={(use) => dispatch({ type: "use-roster-sheet", use })}
      />
      <Field label={message("ui.consolidate.template")}>
        <Dropdown
          className={styles.dropdown}
          disabled={!!running}
          value={template?.title ?? message("ui.consolidate.template-auto")}
          selectedOptions={[state.templateId]}
          onOptionSelect={(_, data) => dispatch({ type: "template", id: data.optionValue ?? "" })}
        >
          <Option value="">{message("ui.consolidate.template-auto")}</Option>
          {templates.map((t) => (
            <Option key={t.id} value={t.id}>
              {t.title}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <CheckGroup label={message("ui.consolidate.signature")} hint={message("ui.consolidate.signature-hint")}>
        <div className={styles.signature}>
          <Field label={message("ui.consolidate.preparer")}>
            <Input className={styles.signatureInput} disabled={!!running} value={state.preparer} onChange={(_, data) => dispatch({ type: "signature", preparer: data.value })} />
          </Field>
          <Field label={message("ui.consolidate.phone")}>
            <Input className={styles.signatureInput} type="tel" disabled={!!running} value={state.phone} onChange={(_, data) => dispatch({ type: "signature", phone: data.value })} />
          </Field>
        </div>
      </CheckGroup>
      <div className={styles.row}>
        {/* Once a result is shown, the result's action (生成综述, else 下载) is the view's one primary action. */}
        <Button appearance={state.outcome ? "secondary" : "primary"} disabled={!!running || sourceCount === 0} onClick={() => void start()}>
          {message("ui.consolidate.start")}
        </Button>
        {sourceCount === 0 && <Text>{message("ui.consolidate.no-inputs")}</Text>}
      </div>
      {running && (
        <div ref={progress} tabIndex={-1} className={styles.progress} role="group" aria-label={message("ui.consolidate.progress")}>
          <ProgressBar
            value={running.stage === "writing" || running.total === 0 ? undefined : running.done / running.total}
            thickness="large"
          />
          <div className={styles.row}>
            <Text>
              {running.stage === "writing"
                ? message("ui.consolidate.writing")
                : running.name
                  ? message("ui.consolidate.reading", { done: running.done + 1, total: running.total, name: running.name })
                  : message("ui.consolidate.computing")}
            </Text>
            {running.stage === "reading" && !clash && !unitQuestion.asking && <Button onClick={() => controller.current?.abort()}>{message("ui.cancel")}</Button>}
          </div>
        </div>
      )}
      <div ref={result} className={styles.group}>
        <StatusBar notice={operation.notice} onDismiss={() => operation.notify(undefined)} />
        {state.outcome && props.onNarrate && !running && (
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => state.outcome && props.onNarrate?.(state.outcome)}>
              {message("ui.consolidate.narrate")}
            </Button>
          </div>
        )}
      </div>
      {state.outcome && (
        <>
          <PaneDivider />
          {state.outcome.reminder && !running && <ReminderBox text={state.outcome.reminder} onNotice={operation.notify} writeText={props.writeText} />}
          <ResultGlance
            outcome={state.outcome}
            indicator={state.indicator}
            highlighted={state.highlighted}
            inWorkbook={!state.outcome.workbook}
            busy={!!running}
            onIndicator={(key) => dispatch({ type: "indicator", key })}
            onUnit={goToUnit}
            onDownload={download}
            downloadPrimary={!props.onNarrate}
          />
        </>
      )}
      <PaneDivider />
      <div className={styles.group}>
        <Subtitle2 as="h3">{message("ui.distribute.heading")}</Subtitle2>
        <div className={styles.row}>
          <Button aria-expanded={distributing} onClick={() => setDistributing((open) => !open)}>
            {message("ui.distribute.open")}
          </Button>
        </div>
        {distributing && <DistributePanel templates={templates} />}
      </div>
      <ChoiceDialog
        open={!!clash}
        title={message("ui.consolidate.exists-title")}
        body={
          clash
            ? message("ui.consolidate.exists-body", {
                sheets: clash.taken.join("、"),
                renamed: clash.renamed.filter((p) => !p.veryHidden).map((p) => p.sheetName).join("、"),
              })
            : ""
        }
        choices={[
          { value: "rename", label: message("ui.consolidate.exists-rename"), primary: true },
          { value: "replace", label: message("ui.consolidate.exists-replace") },
        ]}
        onChoose={question.answer}
      />
      <ChoiceDialog
        open={!!unitQuestion.asking}
        title={message("ui.consolidate.unit-title")}
        body={unitQuestion.asking ? message("ui.consolidate.unit-body", unitQuestion.asking) : ""}
        choices={
          unitQuestion.asking
            ? [
                // Kept apart is the safe answer: no unit's report is replaced by a file that may not be its own.
                { value: "keep", label: message("ui.consolidate.unit-keep"), primary: true },
                { value: "header", label: message("ui.consolidate.unit-header", { unit: unitQuestion.asking.byHeader }) },
                { value: "file", label: message("ui.consolidate.unit-file", { unit: unitQuestion.asking.byFile }) },
              ]
            : []
        }
        onChoose={unitQuestion.answer}
      />
    </section>
  );
}

/** The roster: a file of its own, or (Excel) the open workbook's 单位名录 sheet. */
function RosterPicker(props: {
  file?: File;
  sheet?: string;
  useSheet: boolean;
  disabled: boolean;
  onFile: (file?: File) => void;
  onUseSheet: (use: boolean) => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <CheckGroup label={message("ui.consolidate.roster")} hint={message("ui.consolidate.roster-hint")}>
      <div className={styles.row}>
        <Button size="small" disabled={props.disabled} onClick={() => input.current?.click()}>
          {message("ui.consolidate.roster-pick")}
        </Button>
        {props.file && (
          <>
            <Text>{props.file.name}</Text>
            <Button size="small" appearance="subtle" disabled={props.disabled} onClick={() => props.onFile(undefined)}>
              {message("ui.consolidate.remove")}
            </Button>
          </>
        )}
        <HiddenFileInput inputRef={input} accept=".xlsx,.xlsm" testId="consolidate-roster-input" onFile={props.onFile} />
      </div>
      {props.sheet && !props.file && (
        <Checkbox
          disabled={props.disabled}
          checked={props.useSheet}
          label={message("ui.consolidate.roster-sheet", { sheet: props.sheet })}
          onChange={(_, data) => props.onUseSheet(data.checked === true)}
        />
      )}
    </CheckGroup>
  );
}

/**
 * A labelled group of controls. Not a Field: a Field hands its label to the first control inside,
 * and each checkbox here has a label of its own.
 */
function CheckGroup(props: { label: string; hint?: string; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className={styles.group}>
      <Label id={id} weight="semibold">
        {props.label}
      </Label>
      {props.children}
      {props.hint && <Caption1 className={styles.muted}>{props.hint}</Caption1>}
    </div>
  );
}
