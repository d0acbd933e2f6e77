import { Button, Dropdown, Field, Option, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { createForm, type ClashAnswer, type NameClash } from "../../app";
import { message } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import { ChoiceDialog, useQuestion } from "../shared";
import { StatusBar, useOperation } from "../status";

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
  /** Whether 创建报表 is the view's one primary action: not while a form below offers 保存. */
  primary?: boolean;
}) {
  const styles = useStyles();
  const [templateId, setTemplateId] = useState<string>();
  const operation = useOperation();
  const question = useQuestion<NameClash, "rename" | "replace">();
  const template = props.templates.find((t) => t.id === templateId);

  const create = async () => {
    if (!template) return;
    await operation.run(
      message("ui.picker.creating", { sheet: template.title }),
      async () => {
        const plan = await createForm(props.port, template, { onTaken: (clash): Promise<ClashAnswer> => question.ask(clash) });
        if (plan) props.onCreated(plan.sheetName, template);
        return plan;
      },
      { done: (plan) => (plan ? { intent: "success", text: message("ui.picker.created", { sheet: plan.sheetName }) } : undefined), place: { sheet: template.title } },
    );
  };

  const clash = question.asking;
  const freeName = clash?.renamed[0]?.sheetName ?? "";
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
          onOptionSelect={(_, data) => {
            if (!data.optionValue) return;
            setTemplateId(data.optionValue);
            operation.notify(undefined);
          }}
        >
          {props.templates.map((t) => (
            <Option key={t.id} value={t.id} text={message("ui.picker.option", { title: t.title, kind: kindText(t) })}>
              {message("ui.picker.option", { title: t.title, kind: kindText(t) })}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div>
        <Button appearance={props.primary === false ? "secondary" : "primary"} disabled={!template || !!operation.busy} onClick={() => void create()}>
          {message("ui.picker.create")}
        </Button>
      </div>
      <StatusBar busy={clash ? undefined : operation.busy} notice={operation.notice} onDismiss={() => operation.notify(undefined)} />
      {clash && (
        <ChoiceDialog
          open
          title={message("ui.picker.exists-title")}
          body={message("ui.picker.exists-body", { sheet: clash.taken[0], newName: freeName })}
          choices={[
            { value: "rename", label: message("ui.picker.create-new", { name: freeName }), primary: true },
            { value: "replace", label: message("ui.picker.replace") },
          ]}
          onChoose={question.answer}
        />
      )}
    </section>
  );
}
