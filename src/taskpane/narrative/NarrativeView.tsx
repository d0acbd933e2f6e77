import { Button, Caption1, Field, Input, Label, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useReducer, useRef, useState } from "react";
import { findSummaries, narrateSummary, writeNarrative, type ClashAnswer, type NameClash, type SummarySource } from "../../app";
import { message } from "../../core/locale";
import { NARRATIVE_SHEET, defaultNarrativeFor } from "../../core/narrative";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import { ChoiceDialog, HiddenFileInput, readFileBytes, useQuestion } from "../shared";
import { StatusBar, useOperation } from "../status";
import { copyText as copyToClipboard } from "./copy-text";
import { createNarrativeLinesStore, type NarrativeLinesStore } from "./narrative-lines-store";
import { initialNarrativeState, narrativeReducer } from "./narrative-reducer";
import { NarrativeParagraph } from "./NarrativeParagraph";
import { readPreviousSummary } from "./read-previous-summary";
import { SummaryPicker } from "./SummaryPicker";
import { TemplateEditor } from "./TemplateEditor";
import { templateText } from "./_lib/template-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  grow: { flexGrow: 1, minWidth: "10em" },
  muted: { color: tokens.colorNeutralForeground3 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  preview: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** How long the preview waits after the last key: long enough not to redo the paragraph on every letter. */
const PREVIEW_DELAY_MS = 300;

export interface NarrativeViewProps {
  /** The open workbook (Excel), or the workbook held in the browser page. */
  port: WorkbookPort;
  /** Templates a binding may name (the built-ins); a binding's own template JSON wins, as in the audit. */
  templates: readonly ReportTemplate[];
  /** Excel only: write the text into the selected cell. Without it the button is not shown. */
  insertAtSelection?: (text: string) => Promise<void>;
  /** Put text on the clipboard; by default the Clipboard API with an execCommand fallback. */
  copyText?: (text: string) => Promise<void>;
  /** Where edited sentence templates are kept; by default this computer's localStorage. */
  store?: NarrativeLinesStore;
  /** After the workbook was changed (a 综述 sheet written), so the browser page knows it needs downloading. */
  onChanged?: () => void;
  /** The preview's pause after typing, in milliseconds. */
  previewDelayMs?: number;
  /**
   * The summary just made in 汇总 (its sheet), to read the workbook again and narrate it; a new
   * `serial` each time 生成综述 is clicked, so the same sheet name written again is read again too.
   */
  prefer?: { sheet: string; serial: number };
}

/** Last period's summary the clerk picked, and the file it came from. */
interface Previous {
  file: string;
  summary: SummarySource;
}

const defaultText = (template: ReportTemplate) => templateText.fromLines(defaultNarrativeFor(template));

/**
 * 综述: the paragraph of the workbook's summary, as it will read in the report, written from a
 * sentence template the clerk may edit (previewed live, mistakes named at line and column, kept per
 * form), then written to a 综述 sheet (asking before replacing one), inserted at the selected cell
 * (Excel) or copied for a Word report.
 */
export function NarrativeView(props: NarrativeViewProps) {
  const styles = useStyles();
  const { port, templates } = props;
  const [store] = useState(() => props.store ?? createNarrativeLinesStore());
  const [state, dispatch] = useReducer(narrativeReducer, undefined, () => initialNarrativeState(store.loadRegion() ?? ""));
  const operation = useOperation();
  const question = useQuestion<NameClash, "rename" | "replace">();
  const [generation, setGeneration] = useState(0);
  const [previous, setPrevious] = useState<Previous>();
  const previousInput = useRef<HTMLInputElement>(null);
  const previousLabel = useId();
  const prefer = props.prefer;
  const latestState = useRef(state);
  latestState.current = state;
  const delay = props.previewDelayMs ?? PREVIEW_DELAY_MS;

  const summary = state.summaries?.find((s) => s.sheetName === state.selected);
  const templateId = summary?.template.id;
  const textFor = (template: ReportTemplate) => {
    const kept = store.load(template.id);
    return kept ? templateText.fromLines(kept) : defaultText(template);
  };
  const keep = (template: ReportTemplate, text: string) => {
    if (text === defaultText(template)) store.clear(template.id);
    else store.save(template.id, templateText.toLines(text));
  };

  useEffect(() => {
    let live = true;
    void operation.run(message("ui.narrative.reading"), () => findSummaries(port, templates)).then((summaries) => {
      if (!live || !summaries) return;
      const before = latestState.current;
      const wanted = prefer?.sheet ?? before.selected;
      const chosen = summaries.find((s) => s.sheetName === wanted) ?? summaries[0];
      // Reading again keeps what the clerk is typing for the same summary.
      const text = chosen && chosen.sheetName === before.selected && before.draft ? before.draft : chosen ? textFor(chosen.template) : "";
      dispatch({ type: "found", summaries, selected: chosen?.sheetName, text });
    });
    return () => {
      live = false;
    };
    // Read again for another workbook, other templates or 重新读取; textFor only reads the store, which lives as long as the view.
  }, [port, templates, generation, prefer?.serial]);

  // The preview follows the editor after a pause, and never mid-composition.
  useEffect(() => {
    if (state.composing || (state.draft === state.applied && state.regionDraft === state.region)) return;
    const timer = setTimeout(() => dispatch({ type: "apply" }), delay);
    return () => clearTimeout(timer);
  }, [state.draft, state.applied, state.regionDraft, state.region, state.composing, delay]);

  useEffect(() => {
    if (summary) keep(summary.template, state.applied);
    // Kept when the previewed text changes; a new selection sets the text too, so the template id is enough.
  }, [state.applied, templateId]);

  useEffect(() => store.saveRegion(state.region.trim()), [store, state.region]);

  // Compared with last period's summary only when it is of the same form.
  const narrate = (from: SummarySource, text: string, region: string) =>
    narrateSummary(from, {
      lines: templateText.toLines(text),
      region,
      ...(previous && previous.summary.template.id === from.template.id ? { previous: previous.summary } : {}),
    });
  const preview = useMemo(() => (summary ? narrate(summary, state.applied, state.region) : undefined), [summary, state.applied, state.region, previous]);

  /** What the buttons act on: the editor as it is now, even within the preview's pause; undefined (and said so) when it is empty. */
  const current = (from: SummarySource) => {
    dispatch({ type: "apply" });
    const text = narrate(from, state.draft, state.regionDraft).text;
    if (!text) operation.notify({ intent: "warning", text: message("ui.narrative.empty") });
    return text || undefined;
  };

  const select = (sheetName: string) => {
    const next = state.summaries?.find((s) => s.sheetName === sheetName);
    if (!next || sheetName === state.selected) return;
    if (summary && state.draft !== state.applied) keep(summary.template, state.draft);
    dispatch({ type: "select", sheet: sheetName, text: textFor(next.template) });
    operation.notify(undefined);
  };

  const write = () => {
    const text = summary && current(summary);
    if (!summary || !text) return;
    void operation.run(
      message("ui.narrative.writing", { sheet: NARRATIVE_SHEET }),
      async () => {
        const outcome = await writeNarrative(port, summary, text, { onTaken: (clash): Promise<ClashAnswer> => question.ask(clash) });
        if ("written" in outcome) props.onChanged?.();
        return outcome;
      },
      {
        done: (outcome) =>
          "written" in outcome
            ? { intent: "success", text: message("ui.narrative.written", { sheet: outcome.written[0].sheetName }) }
            : { intent: "info", text: message("ui.narrative.not-written") },
        place: { sheet: NARRATIVE_SHEET },
      },
    );
  };

  const insert = () => {
    const insertAt = props.insertAtSelection;
    const text = summary && insertAt && current(summary);
    if (!insertAt || !text) return;
    void operation.run(
      message("ui.narrative.inserting"),
      async () => {
        await insertAt(text);
        props.onChanged?.();
      },
      { done: () => ({ intent: "success", text: message("ui.narrative.inserted") }) },
    );
  };

  const copy = () => {
    const text = summary && current(summary);
    if (!text) return;
    void operation.run(undefined, () => (props.copyText ?? copyToClipboard)(text), {
      done: () => ({ intent: "success", text: message("ui.narrative.copied") }),
      failed: (error) => ({ intent: "warning", text: message("ui.narrative.copy-failed", { detail: error instanceof Error ? error.message : String(error) }) }),
    });
  };

  const restore = () => {
    if (!summary) return;
    dispatch({ type: "restore", text: defaultText(summary.template) });
    operation.notify({ intent: "info", text: message("ui.narrative.restored", { title: summary.template.title }) });
  };

  const pickPrevious = (file: File) => {
    if (!summary) return;
    void operation.run(
      message("ui.narrative.previous-reading", { file: file.name }),
      async () => {
        const read = await readPreviousSummary(file.name, await readFileBytes(file), summary);
        if (read.ok) setPrevious({ file: file.name, summary: read.summary });
        return read;
      },
      { done: (read) => (read.ok ? undefined : { intent: "warning", text: read.reason }), place: { file: file.name } },
    );
  };

  const busy = !!operation.busy;
  const summaries = state.summaries;
  const clash = question.asking;
  return (
    <section className={styles.root} aria-label={message("ui.narrative.heading")}>
      {summaries && summaries.length === 0 && <Text>{message("ui.narrative.no-summary")}</Text>}
      {summaries && (
        <div className={styles.row}>
          {summaries.length > 1 && (
            <div className={styles.grow}>
              <SummaryPicker summaries={summaries} selected={state.selected} disabled={busy} onSelect={select} />
            </div>
          )}
          <Button disabled={busy} onClick={() => setGeneration((g) => g + 1)}>
            {message("ui.narrative.reload")}
          </Button>
        </div>
      )}
      {summary && preview && (
        <>
          <Field label={message("ui.narrative.region")} hint={message("ui.narrative.region-hint")}>
            <Input
              value={state.regionDraft}
              onChange={(_, data) => dispatch({ type: "region", text: data.value })}
              onCompositionStart={() => dispatch({ type: "composing", on: true })}
              onCompositionEnd={() => dispatch({ type: "composing", on: false })}
            />
          </Field>
          <div role="group" aria-labelledby={previousLabel} className={styles.group}>
            <Label id={previousLabel}>{message("ui.narrative.previous")}</Label>
            <div className={styles.row}>
              {previous && previous.summary.template.id === summary.template.id ? (
                <>
                  <Text>
                    {message("ui.narrative.previous-chosen", {
                      file: previous.file,
                      sheet: previous.summary.sheetName,
                      period: previous.summary.input.period ?? "",
                    })}
                  </Text>
                  <Button size="small" disabled={busy} onClick={() => setPrevious(undefined)}>
                    {message("ui.narrative.previous-remove")}
                  </Button>
                </>
              ) : (
                <Button size="small" disabled={busy} onClick={() => previousInput.current?.click()}>
                  {message("ui.narrative.previous-pick")}
                </Button>
              )}
              <HiddenFileInput inputRef={previousInput} accept=".xlsx,.xlsm" testId="narrative-previous-input" onFile={pickPrevious} />
            </div>
            <Caption1 className={styles.muted}>{message("ui.narrative.previous-hint")}</Caption1>
          </div>
          <Subtitle2 as="h3">{message("ui.narrative.preview")}</Subtitle2>
          <div className={styles.preview}>
            <NarrativeParagraph spec={preview.spec} />
          </div>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={write}>
              {message("ui.narrative.write")}
            </Button>
            {props.insertAtSelection && (
              <Button disabled={busy} onClick={insert}>
                {message("ui.narrative.insert")}
              </Button>
            )}
            <Button disabled={busy} onClick={copy}>
              {message("ui.narrative.copy")}
            </Button>
          </div>
        </>
      )}
      <StatusBar busy={clash ? undefined : operation.busy} notice={operation.notice} onDismiss={() => operation.notify(undefined)} />
      {summary && preview && (
        <TemplateEditor
          value={state.draft}
          errors={preview.errors}
          notices={preview.notices}
          isDefault={state.draft === defaultText(summary.template)}
          onChange={(text) => dispatch({ type: "edit", text })}
          onComposing={(on) => dispatch({ type: "composing", on })}
          onRestore={restore}
        />
      )}
      <ChoiceDialog
        open={!!clash}
        title={clash ? message("ui.narrative.exists-title", { sheet: clash.taken[0] }) : ""}
        body={clash ? message("ui.narrative.exists-body", { sheet: clash.taken[0], renamed: clash.renamed[0].sheetName }) : ""}
        choices={[
          { value: "rename", label: message("ui.narrative.exists-rename", { renamed: clash?.renamed[0].sheetName ?? "" }), primary: true },
          { value: "replace", label: message("ui.narrative.exists-replace") },
        ]}
        onChoose={question.answer}
      />
    </section>
  );
}
