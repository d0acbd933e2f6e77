import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import { message } from "../../core/locale";
import type { SummarySource } from "../../app";

const useStyles = makeStyles({ dropdown: { minWidth: 0 } });

const label = (summary: SummarySource) => message("ui.narrative.summary-option", { sheet: summary.sheetName, title: summary.template.title });

/** Which 汇总表 the narrative is written from, when the workbook holds several (other forms, or 汇总表(2) beside an earlier one). */
export function SummaryPicker(props: { summaries: readonly SummarySource[]; selected?: string; disabled?: boolean; onSelect: (sheetName: string) => void }) {
  const styles = useStyles();
  const current = props.summaries.find((s) => s.sheetName === props.selected);
  return (
    <Field label={message("ui.narrative.summary")}>
      <Dropdown
        className={styles.dropdown}
        disabled={props.disabled}
        value={current ? label(current) : ""}
        selectedOptions={props.selected ? [props.selected] : []}
        onOptionSelect={(_, data) => data.optionValue && props.onSelect(data.optionValue)}
      >
        {props.summaries.map((summary) => (
          <Option key={summary.sheetName} value={summary.sheetName}>
            {label(summary)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
