import { Button, Dropdown, Field, MessageBar, MessageBarActions, MessageBarBody, Option, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { message } from "../../core/locale";
import { boundTemplate } from "../../core/recognize";
import { BUILTIN_TEMPLATES, type ReportTemplate } from "../../core/template";
import type { TemplateBinding, WorkbookPort } from "../../workbook/port";
import type { DraftStore } from "../drafts";
import { ReportForm, type FieldRequest } from "../form";
import { PaneDivider } from "../shared";
import { StatusBar, useOperation } from "../status";
import { DesignerView } from "../designer";
import { TemplatePicker } from "../template-picker";
import { summarySheets } from "./summary-sheets";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  dropdown: { minWidth: 0 },
});

/**
 * One open workbook: the template picker, then the form of the current report sheet. In Excel the
 * current sheet is the active one; in the browser page the clerk chooses it (`onChooseSheet`).
 */
export function ReportWorkspace(props: {
  port: WorkbookPort;
  workbookKey: string;
  drafts: DraftStore;
  templates: readonly ReportTemplate[];
  sheet?: string;
  onChooseSheet?: (sheetName: string) => void;
  onCreated?: (sheetName: string) => void;
  /** 生成综述 for a summary sheet: a summary is narrated, never filled in as a unit's form. */
  onNarrate?: (sheetName: string) => void;
  /** A finding's cell to go to on the form (the browser page's 审核), and word that it was gone to. */
  focus?: FieldRequest;
  onFocused?: () => void;
}) {
  const styles = useStyles();
  const { port, sheet, onChooseSheet } = props;
  /** The workbook's template bindings; undefined until first read. */
  const [bindings, setBindings] = useState<TemplateBinding[]>();
  /** Its summary sheets (汇总表), as 综述 finds them: shown as summaries, never as a unit's form. */
  const [summaries, setSummaries] = useState<ReadonlySet<string>>();
  /** Bumped when a report sheet is created, so bindings are read again and a replaced sheet's form starts afresh. */
  const [generation, setGeneration] = useState(0);
  const { notice, run, notify } = useOperation();

  // Bindings are read again whenever the sheet changes: the clerk may have made or copied a report meanwhile.
  // The summaries are found again only when the sheet list changed (summarySheets).
  useEffect(() => {
    let live = true;
    void run(undefined, async () => {
      const read = await port.readBindings();
      const found: ReadonlySet<string> = read.length ? await summarySheets(port, props.templates) : new Set();
      return { read, found };
    }).then((result) => {
      if (!live || !result) return;
      setSummaries(result.found);
      setBindings(result.read);
      notify(undefined);
    });
    return () => {
      live = false;
    };
  }, [port, sheet, generation, run, notify, props.templates]);

  useEffect(() => {
    if (onChooseSheet && !sheet && bindings?.length) onChooseSheet(bindings[0].sheetName);
  }, [onChooseSheet, sheet, bindings]);

  // A workbook opened in the page with no form bound: its first visible sheet may be the office's own form.
  const [firstSheet, setFirstSheet] = useState<string>();
  useEffect(() => {
    let live = true;
    if (onChooseSheet && bindings && !bindings.length)
      void port.listSheets().then((sheets) => live && setFirstSheet(sheets.find((s) => s.visibility === "visible")?.name));
    return () => {
      live = false;
    };
  }, [port, onChooseSheet, bindings]);

  const binding = bindings?.find((b) => b.sheetName === sheet);
  // A sheet is filled in against the template it was made from: its binding (the JSON it keeps, else
  // the built-in of that id), never its look.
  const template = useMemo(() => (binding ? boundTemplate(binding, BUILTIN_TEMPLATES) : undefined), [binding]);

  const onCreated = (sheetName: string) => {
    setGeneration((g) => g + 1);
    props.onCreated?.(sheetName);
  };

  // The office's own form, recognised and bound by the designer (issue 13), then read again and filled in.
  // Creating a form from a template stays the view's one primary action; recognising is the way beside it.
  const designer = (target: string | undefined) => <DesignerView port={port} sheet={target} primary={false} onBound={() => setGeneration((g) => g + 1)} />;
  let body: ReactNode = null;
  if (bindings && sheet && summaries?.has(sheet)) {
    body = (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{message("ui.sheet.summary", { sheet })}</MessageBarBody>
        {props.onNarrate && (
          <MessageBarActions>
            <Button appearance="primary" onClick={() => props.onNarrate?.(sheet)}>
              {message("ui.sheet.summary-narrate")}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  } else if (bindings && sheet && binding && template) {
    body = (
      <ReportForm
        key={`${props.workbookKey}|${sheet}|${template.id}|${generation}`}
        port={port}
        template={template}
        sheetName={sheet}
        workbookKey={props.workbookKey}
        drafts={props.drafts}
        focus={props.focus?.sheet === sheet ? props.focus : undefined}
        onFocused={props.onFocused}
      />
    );
  } else if (bindings && sheet && binding) {
    body = <Hint text={message("ui.sheet.template-unreadable", { sheet, id: binding.templateId })} intent="warning" />;
  } else if (bindings && sheet && !onChooseSheet) {
    body = (
      <>
        <Hint text={message("ui.sheet.unbound", { sheet })} intent="info" />
        {designer(sheet)}
      </>
    );
  } else if (bindings && !bindings.length) {
    body = (
      <>
        <Hint text={message("ui.sheet.none")} intent="info" />
        {onChooseSheet && designer(firstSheet)}
      </>
    );
  }

  return (
    <div className={styles.root}>
      {/* 创建报表 is primary only where no form (保存) nor summary (生成综述) below has the view's primary action. */}
      <TemplatePicker port={port} templates={props.templates} onCreated={onCreated} primary={!(bindings && sheet && (summaries?.has(sheet) || (binding && template)))} />
      <PaneDivider />
      {onChooseSheet && bindings && bindings.length > 0 && (
        <Field label={message("ui.sheet.label")}>
          <Dropdown
            className={styles.dropdown}
            placeholder={message("ui.sheet.placeholder")}
            value={sheet ?? ""}
            selectedOptions={sheet ? [sheet] : []}
            onOptionSelect={(_, data) => data.optionValue && onChooseSheet(data.optionValue)}
          >
            {bindings.map((b) => (
              <Option key={b.sheetName} value={b.sheetName}>
                {b.sheetName}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <StatusBar busy={bindings || notice ? undefined : message("ui.sheet.loading")} notice={notice} />
      {body}
    </div>
  );
}

function Hint(props: { text: string; intent: "info" | "warning" }) {
  return (
    <MessageBar intent={props.intent}>
      <MessageBarBody>{props.text}</MessageBarBody>
    </MessageBar>
  );
}
