import { Field, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { message } from "../../core/locale";
import { headerFields, type HeaderKey, type ReportTemplate } from "../../core/template";
import type { Finding } from "../../core/validate";
import { fieldValidation, headerFieldId } from "../audit";
import { ValueInput } from "./ValueInput";

const useStyles = makeStyles({
  heading: { marginTop: tokens.spacingVerticalL },
});

/** The header block the unit fills in: 填报单位 and 报告期/截至时间 above the table, signatures and 报出日期 below. */
export function HeaderFields(props: {
  template: ReportTemplate;
  position: "top" | "bottom";
  header: Partial<Record<HeaderKey, string>>;
  /** What the audit says about each field as typed (see useLiveFindings). */
  findings?: Record<string, Finding[]>;
  onChange: (key: HeaderKey, value: string) => void;
}) {
  const styles = useStyles();
  const fields = headerFields(props.template.periodKind).filter((f) => f.position === props.position);
  const periodPlaceholder = message(
    props.template.periodKind === "as-of" ? "ui.form.period-placeholder-as-of" : "ui.form.period-placeholder-period",
  );
  return (
    <>
      <Subtitle2 as="h3" block className={styles.heading}>
        {message(props.position === "top" ? "ui.form.header-top" : "ui.form.header-bottom")}
      </Subtitle2>
      {fields.map((field) => (
        <Field key={field.key} label={field.label} required={field.required} {...fieldValidation(props.findings?.[headerFieldId(field.key)])}>
          <ValueInput
            fieldKey={headerFieldId(field.key)}
            kind={field.kind}
            value={props.header[field.key] ?? ""}
            placeholder={field.key === "period" ? periodPlaceholder : undefined}
            onChange={(value) => props.onChange(field.key, value)}
          />
        </Field>
      ))}
    </>
  );
}
