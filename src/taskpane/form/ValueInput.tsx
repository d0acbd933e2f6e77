import { Dropdown, Input, Option, Textarea, makeStyles, mergeClasses, type FieldControlProps } from "@fluentui/react-components";
import { message } from "../../core/locale";
import type { ValueKind } from "../../core/template";

/** Field control props (id, aria-labelledby …) pass through when a Field renders its control itself. */
export interface ValueInputProps extends FieldControlProps {
  kind: ValueKind;
  value: string;
  onChange: (value: string) => void;
  options?: string[];
  unit?: string;
  /** When the input has no visible label of its own (ledger cells, notes). */
  ariaLabel?: string;
  placeholder?: string;
  className?: string;
  /** A long text (问题表述, 整改措施): a box of several lines that grows as the clerk writes. */
  multiline?: boolean;
  /** -1 keeps the input out of the Tab sequence (a row's 备注). */
  tabIndex?: number;
  /** The form field's key (formFieldKey), put on the input as data-key so a finding can be taken to it. */
  fieldKey?: string;
}

const useStyles = makeStyles({
  // Task panes are narrow (about 320 px): no widget may insist on more width than it is given.
  fluid: { minWidth: 0 },
  // A percentage width lets the browser shrink the native input below its default size of 20 characters.
  native: { width: "100%", minWidth: 0 },
  unit: { whiteSpace: "nowrap" },
});

const NUMERIC: ReadonlySet<ValueKind> = new Set(["integer", "decimal", "money", "percent"]);

/**
 * One value, with the widget its kind calls for: a Dropdown for an enum, a date picker for a date,
 * a text box for the rest. Numbers are typed as text (inputMode="decimal" brings up the number pad
 * on touch screens) so "300余" is kept as typed and reported by the audit, not silently dropped.
 */
export function ValueInput(props: ValueInputProps) {
  const { kind, value, onChange, options, unit, ariaLabel, placeholder, className, multiline, fieldKey, ...control } = props;
  const styles = useStyles();
  if (kind === "enum") {
    return (
      <Dropdown
        {...control}
        data-key={fieldKey}
        className={mergeClasses(styles.fluid, className)}
        aria-label={ariaLabel}
        clearable
        placeholder={placeholder ?? message("ui.form.choose")}
        value={value}
        selectedOptions={value ? [value] : []}
        onOptionSelect={(_, data) => onChange(data.optionValue ?? "")}
      >
        {(options ?? []).map((option) => (
          <Option key={option} value={option}>
            {option}
          </Option>
        ))}
      </Dropdown>
    );
  }
  if (multiline && kind === "text") {
    return (
      <Textarea
        {...control}
        data-key={fieldKey}
        className={mergeClasses(styles.fluid, className)}
        aria-label={ariaLabel}
        placeholder={placeholder}
        resize="vertical"
        value={value}
        onChange={(_, data) => onChange(data.value)}
      />
    );
  }
  const type = kind === "date" ? "date" : kind === "datetime" ? "datetime-local" : "text";
  // The form keeps "2020-02-20 24:00" as a clerk would read it; the datetime picker wants a "T".
  const shown = type === "datetime-local" ? value.replace(" ", "T") : value;
  return (
    <Input
      {...control}
      data-key={fieldKey}
      className={mergeClasses(styles.fluid, className)}
      input={{ className: styles.native }}
      aria-label={ariaLabel}
      type={type}
      inputMode={NUMERIC.has(kind) ? "decimal" : undefined}
      placeholder={placeholder ?? (type === "date" ? message("ui.form.date-placeholder") : undefined)}
      value={shown}
      contentAfter={unit ? <span className={styles.unit}>{unit}</span> : undefined}
      onChange={(_, data) => onChange(type === "datetime-local" ? data.value.replace("T", " ") : data.value)}
    />
  );
}
