import { Divider, Dropdown, Field, MessageBar, MessageBarBody, Option, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useReducer, type ReactNode } from "react";
import { message } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import type { DraftStore } from "../drafts";
import { ReportForm, resolveBoundTemplate } from "../form";
import { StatusBar, errorText } from "../status";
import { TemplatePicker } from "../template-picker";
import { initialWorkspaceState, workspaceReducer } from "./workspace-reducer";

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
}) {
  const styles = useStyles();
  const { port, sheet, onChooseSheet } = props;
  const [state, dispatch] = useReducer(workspaceReducer, initialWorkspaceState);

  // Bindings are read again whenever the sheet changes: the clerk may have made or copied a report meanwhile.
  useEffect(() => {
    let live = true;
    dispatch({ type: "loading" });
    port.readBindings().then(
      (bindings) => live && dispatch({ type: "loaded", bindings }),
      (error: unknown) => live && dispatch({ type: "failed", notice: { intent: "error", text: errorText(error) } }),
    );
    return () => {
      live = false;
    };
  }, [port, sheet, state.generation]);

  const bindings = state.bindings;
  useEffect(() => {
    if (onChooseSheet && !sheet && bindings?.length) onChooseSheet(bindings[0].sheetName);
  }, [onChooseSheet, sheet, bindings]);

  const binding = bindings?.find((b) => b.sheetName === sheet);
  const template = useMemo(() => (binding ? resolveBoundTemplate(binding) : undefined), [binding]);

  const onCreated = (sheetName: string) => {
    dispatch({ type: "created" });
    props.onCreated?.(sheetName);
  };

  let body: ReactNode = null;
  if (bindings && sheet && binding && template) {
    body = (
      <ReportForm
        key={`${props.workbookKey}|${sheet}|${template.id}|${state.generation}`}
        port={port}
        template={template}
        sheetName={sheet}
        workbookKey={props.workbookKey}
        drafts={props.drafts}
      />
    );
  } else if (bindings && sheet && binding) {
    body = <Hint text={message("ui.sheet.template-unreadable", { sheet, id: binding.templateId })} intent="warning" />;
  } else if (bindings && !bindings.length) {
    body = <Hint text={message("ui.sheet.none")} intent="info" />;
  } else if (bindings && sheet && !onChooseSheet) {
    body = <Hint text={message("ui.sheet.unbound", { sheet })} intent="info" />;
  }

  return (
    <div className={styles.root}>
      <TemplatePicker port={port} templates={props.templates} onCreated={onCreated} />
      <Divider />
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
      <StatusBar busy={state.loading && !bindings ? message("ui.sheet.loading") : undefined} notice={state.notice} />
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
