import {
  Button,
  Caption1,
  Checkbox,
  Divider,
  Dropdown,
  Field,
  Label,
  Option,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useReducer, useRef, useState, type ReactNode } from "react";
import { summaryPlans, type ConsolidationResult } from "../../core/consolidate";
import { summaryNarrative } from "../../core/narrative";
import { freeSheetNames, type SheetPlan } from "../../core/layout";
import { message } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import { writeSummary } from "../../workbook/write-summary";
import type { BrowserWorkbook, TaskpaneHost } from "../host";
import { ChoiceDialog, HiddenFileInput } from "../shared";
import { StatusBar, errorText, type Notice } from "../status";
import { unitRowAddress } from "./_lib/unit-row-address";
import { consolidateReducer, initialConsolidateState, type PendingSummary } from "./consolidate-reducer";
import { FilePicker } from "./FilePicker";
import { readUnitFile, type UnitFileReader } from "./read-unit-file";
import { ResultGlance } from "./ResultGlance";
import { runConsolidation, type UnitSource } from "./run-consolidation";
import { PartialSummaryError, writeSummarySheets } from "./write-summary-sheets";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  dropdown: { minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

const ROSTER_SHEET = /单位名录|名录/;

/** In Excel: the open workbook's report sheets (bound to a template) and a 单位名录 sheet, if any. */
function useWorkbookSheets(host: TaskpaneHost, generation: number) {
  const [found, setFound] = useState<{ reports: string[]; roster?: string }>({ reports: [] });
  useEffect(() => {
    if (host.mode !== "excel") return;
    let live = true;
    Promise.all([host.port.listSheets(), host.port.readBindings()]).then(
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
  }, [host, generation]);
  return found;
}

/**
 * 汇总: the units' files (picked or dropped; in Excel also report sheets of the open workbook), an
 * optional roster, the template (recognised by default), then read with progress and a 取消 that
 * stops cleanly with nothing written. The summary goes to new sheets of the open workbook in Excel —
 * never over the clerk's sheets without asking — or to a new workbook to download in the browser.
 */
export function ConsolidateView(props: { host: TaskpaneHost; templates: readonly ReportTemplate[]; readFile?: UnitFileReader }) {
  const styles = useStyles();
  const { host, templates } = props;
  const [state, dispatch] = useReducer(consolidateReducer, initialConsolidateState);
  const [generation, setGeneration] = useState(0);
  const workbook = useWorkbookSheets(host, generation);
  const controller = useRef<AbortController | undefined>(undefined);
  const running = state.running;
  const cancelled = (): Notice => ({ intent: "info", text: message("ui.consolidate.cancelled") });

  const written = (result: ConsolidationResult, plans: SheetPlan[], extra: { workbook?: BrowserWorkbook } = {}) => {
    const sheets = plans.filter((p) => !p.veryHidden).map((p) => p.sheetName);
    // summaryPlans gives 汇总表, 分单位明细, 未报单位, 审核情况, 来源清单, in that order.
    dispatch({
      type: "written",
      outcome: { result, sheets, detail: plans[1], ...extra },
      notice: {
        intent: "success",
        text: message(extra.workbook ? "ui.consolidate.done-browser" : "ui.consolidate.done-excel", {
          units: result.units.length,
          sheets: sheets.join("、"),
        }),
      },
    });
  };

  const writeToExcel = async (result: ConsolidationResult, plans: SheetPlan[], replace: boolean) => {
    if (host.mode !== "excel") return;
    dispatch({ type: "progress", stage: "writing", done: 0, total: plans.length, name: "" });
    try {
      await writeSummarySheets(host.port, plans, result.template, { replace });
      written(result, plans);
    } catch (error) {
      const cause = error instanceof PartialSummaryError ? error.cause : error;
      const text = errorText(cause);
      const left =
        error instanceof PartialSummaryError && error.written.length
          ? `\n${message("ui.consolidate.partly-written", { sheets: error.written.join("、") })}`
          : "";
      dispatch({ type: "stopped", notice: { intent: "error", text: message("ui.consolidate.write-failed", { detail: text }) + left } });
    } finally {
      setGeneration((g) => g + 1);
    }
  };

  const start = async () => {
    if (running) return;
    const abort = new AbortController();
    controller.current = abort;
    const sources: UnitSource[] = [
      ...state.files.map((file) => ({ kind: "file" as const, file })),
      ...state.sheets.map((sheet) => ({ kind: "sheet" as const, sheet })),
    ];
    const rosterSheet = host.mode === "excel" && state.useRosterSheet ? workbook.roster : undefined;
    const roster: UnitSource | undefined = state.rosterFile
      ? { kind: "file", file: state.rosterFile }
      : rosterSheet
        ? { kind: "sheet", sheet: rosterSheet }
        : undefined;
    dispatch({ type: "progress", stage: "reading", done: 0, total: sources.length, name: "" });
    try {
      const run = await runConsolidation({
        sources,
        roster,
        templateId: state.templateId || undefined,
        templates,
        port: host.mode === "excel" ? host.port : undefined,
        readFile: props.readFile ?? readUnitFile,
        signal: abort.signal,
        onProgress: (done, total, name) => dispatch({ type: "progress", stage: "reading", done, total, name }),
      });
      if (!run.ok) return dispatch({ type: "stopped", notice: { intent: "warning", text: run.reason } });
      // The 综述 sheet and its very hidden data come last, so the 综述 view can write the paragraph again.
      const plans = [...summaryPlans(run.result, { reportDate: new Date() }), ...summaryNarrative(run.result).plans];
      if (host.mode === "excel") {
        const taken = (await host.port.listSheets()).map((s) => s.name);
        abort.signal.throwIfAborted();
        const colliding = plans
          .filter((p) => !p.veryHidden)
          .map((p) => p.sheetName)
          .filter((name) => taken.some((t) => t.toLowerCase() === name.toLowerCase()));
        if (colliding.length)
          return dispatch({
            type: "ask",
            pending: { result: run.result, plans, colliding, renamed: freeSheetNames(plans, taken) },
          });
        return await writeToExcel(run.result, plans, false);
      }
      abort.signal.throwIfAborted();
      dispatch({ type: "progress", stage: "writing", done: 0, total: plans.length, name: "" });
      // A new workbook: should writing fail, it is dropped and nothing is left half-written.
      const book = await host.createWorkbook(message("ui.consolidate.file-name", { title: run.result.template.title }));
      await writeSummary(book.port, plans, run.result.template);
      written(run.result, plans, { workbook: book });
    } catch (error) {
      dispatch({ type: "stopped", notice: abort.signal.aborted ? cancelled() : { intent: "error", text: errorText(error) } });
    }
  };

  const answer = (pending: PendingSummary, choice: "rename" | "replace" | undefined) => {
    if (!choice) return dispatch({ type: "stopped", notice: cancelled() });
    void writeToExcel(pending.result, choice === "rename" ? pending.renamed : pending.plans, choice === "replace");
  };

  const goToUnit = async (unit: string) => {
    dispatch({ type: "highlight", unit });
    const outcome = state.outcome;
    if (host.mode !== "excel" || !outcome || outcome.workbook) return;
    const address = unitRowAddress(outcome.detail, unit);
    if (!address) return;
    try {
      await host.selectCell(outcome.detail.sheetName, address);
    } catch (error) {
      dispatch({ type: "stopped", notice: { intent: "error", text: errorText(error, { sheet: outcome.detail.sheetName }) } });
    }
  };

  const download = async () => {
    const book = state.outcome?.workbook;
    if (!book || host.mode !== "browser") return;
    try {
      host.download(await book.toBytes(), book.fileName);
    } catch (error) {
      dispatch({ type: "stopped", notice: { intent: "error", text: errorText(error, { file: book.fileName }) } });
    }
  };

  const sourceCount = state.files.length + state.sheets.length;
  const template = templates.find((t) => t.id === state.templateId);
  const pending = state.pending;
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
        sheet={host.mode === "excel" ? workbook.roster : undefined}
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
      <div className={styles.row}>
        <Button appearance="primary" disabled={!!running || sourceCount === 0} onClick={() => void start()}>
          {message("ui.consolidate.start")}
        </Button>
        {sourceCount === 0 && <Text>{message("ui.consolidate.no-inputs")}</Text>}
      </div>
      {running && (
        <div className={styles.progress}>
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
            {running.stage === "reading" && !pending && <Button onClick={() => controller.current?.abort()}>{message("ui.cancel")}</Button>}
          </div>
        </div>
      )}
      <StatusBar notice={state.notice} onDismiss={() => dispatch({ type: "dismiss" })} />
      {state.outcome && (
        <>
          <Divider />
          <ResultGlance
            outcome={state.outcome}
            indicator={state.indicator}
            highlighted={state.highlighted}
            inWorkbook={!state.outcome.workbook}
            busy={!!running}
            onIndicator={(key) => dispatch({ type: "indicator", key })}
            onUnit={(unit) => void goToUnit(unit)}
            onDownload={() => void download()}
          />
        </>
      )}
      <ChoiceDialog
        open={!!pending}
        title={message("ui.consolidate.exists-title")}
        body={
          pending
            ? message("ui.consolidate.exists-body", {
                sheets: pending.colliding.join("、"),
                renamed: pending.renamed.filter((p) => !p.veryHidden).map((p) => p.sheetName).join("、"),
              })
            : ""
        }
        choices={[
          { value: "rename", label: message("ui.consolidate.exists-rename"), primary: true },
          { value: "replace", label: message("ui.consolidate.exists-replace") },
        ]}
        onChoose={(choice) => pending && answer(pending, choice)}
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
