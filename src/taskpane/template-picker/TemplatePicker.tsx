import { Button, Dropdown, Field, Option, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useReducer } from "react";
import { message } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import { ChoiceDialog } from "../shared";
import { StatusBar, errorText } from "../status";
import { createReport, proposeSheet } from "./create-report";
import { initialPickerState, pickerReducer } from "./picker-reducer";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  field: { minWidth: 0 },
  // Fluent's Dropdown asks for 250 px; a task pane may be narrower.
  dropdown: { minWidth: 0 },
});

function kindText(template: ReportTemplate): string {
  return message(template.kind === "ledger" ? "template.kind-ledger" : "template.kind-indicators");
}

/** Choose a built-in template and create its sheet; asks before replacing a sheet of the same name. */
export function TemplatePicker(props: {
  port: WorkbookPort;
  templates: readonly ReportTemplate[];
  onCreated: (sheetName: string, template: ReportTemplate) => void;
}) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(pickerReducer, initialPickerState);
  const template = props.templates.find((t) => t.id === state.templateId);

  const create = async (sheetName: string, replace: boolean) => {
    if (!template) return;
    dispatch({ type: "busy", text: message("ui.picker.creating", { sheet: sheetName }) });
    try {
      const plan = await createReport(props.port, template, sheetName, replace);
      dispatch({ type: "done", notice: { intent: "success", text: message("ui.picker.created", { sheet: plan.sheetName }) } });
      props.onCreated(plan.sheetName, template);
    } catch (error) {
      dispatch({ type: "done", notice: { intent: "error", text: errorText(error, { sheet: sheetName }) } });
    }
  };

  const start = async () => {
    if (!template) return;
    dispatch({ type: "busy", text: message("ui.picker.creating", { sheet: template.title }) });
    try {
      const proposal = await proposeSheet(props.port, template);
      if (proposal.taken) dispatch({ type: "ask", proposal });
      else await create(proposal.name, false);
    } catch (error) {
      dispatch({ type: "done", notice: { intent: "error", text: errorText(error) } });
    }
  };

  const answer = (choice: "new" | "replace" | undefined) => {
    const proposal = state.asking;
    dispatch({ type: "answered" });
    if (!proposal || !choice) return;
    void create(choice === "replace" ? proposal.name : proposal.freeName, choice === "replace");
  };

  return (
    <section className={styles.root} aria-label={message("ui.picker.heading")}>
      <Subtitle2 as="h2" block>
        {message("ui.picker.heading")}
      </Subtitle2>
      <Field label={message("ui.picker.label")} className={styles.field}>
        <Dropdown
          className={styles.dropdown}
          placeholder={message("ui.picker.placeholder")}
          value={template ? message("ui.picker.option", { title: template.title, kind: kindText(template) }) : ""}
          selectedOptions={template ? [template.id] : []}
          onOptionSelect={(_, data) => data.optionValue && dispatch({ type: "choose", templateId: data.optionValue })}
        >
          {props.templates.map((t) => (
            <Option key={t.id} value={t.id} text={message("ui.picker.option", { title: t.title, kind: kindText(t) })}>
              {message("ui.picker.option", { title: t.title, kind: kindText(t) })}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div>
        <Button appearance="primary" disabled={!template || !!state.busy} onClick={() => void start()}>
          {message("ui.picker.create")}
        </Button>
      </div>
      <StatusBar busy={state.busy} notice={state.notice} onDismiss={() => dispatch({ type: "dismiss" })} />
      {state.asking && (
        <ChoiceDialog
          open
          title={message("ui.picker.exists-title")}
          body={message("ui.picker.exists-body", { sheet: state.asking.name, newName: state.asking.freeName })}
          choices={[
            { value: "new", label: message("ui.picker.create-new", { name: state.asking.freeName }), primary: true },
            { value: "replace", label: message("ui.picker.replace") },
          ]}
          onChoose={answer}
        />
      )}
    </section>
  );
}
