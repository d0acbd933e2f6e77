import { Button, Caption1, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { message } from "../../core/locale";
import type { TemplateError } from "../../core/narrative";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  textarea: { fontFamily: tokens.fontFamilyMonospace },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  notice: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

/**
 * The sentence template, one line a sentence, with its mistakes listed at their line and column (the
 * message says 第2行第5列：未知的字段…). Composition events are passed up so the preview waits for an
 * IME to finish; no key submits anything here, so Enter is only ever a new line.
 */
export function TemplateEditor(props: {
  value: string;
  errors: readonly TemplateError[];
  notices: readonly TemplateError[];
  isDefault: boolean;
  onChange: (text: string) => void;
  onComposing: (on: boolean) => void;
  onRestore: () => void;
}) {
  const styles = useStyles();
  const { errors, notices } = props;
  return (
    <div className={styles.root}>
      <Field label={message("ui.narrative.editor")} hint={message("ui.narrative.editor-hint")} validationState={errors.length ? "error" : "none"}>
        <Textarea
          className={styles.textarea}
          resize="vertical"
          rows={8}
          value={props.value}
          spellCheck={false}
          onChange={(_, data) => props.onChange(data.value)}
          onCompositionStart={() => props.onComposing(true)}
          onCompositionEnd={() => props.onComposing(false)}
        />
      </Field>
      {errors.length > 0 && (
        <div role="alert">
          <Text className={styles.error}>{message("ui.narrative.errors", { count: errors.length })}</Text>
          <ul className={styles.list} aria-label={message("ui.narrative.errors", { count: errors.length })}>
            {errors.map((error, i) => (
              <li key={i} className={styles.error} data-line={error.line} data-column={error.column}>
                {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notices.length > 0 && (
        <div>
          <Caption1 className={styles.notice}>{message("ui.narrative.notices")}</Caption1>
          <ul className={styles.list}>
            {notices.map((notice, i) => (
              <li key={i} className={styles.notice}>
                <Caption1>{notice.message}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.row}>
        <Button size="small" disabled={props.isDefault} onClick={props.onRestore}>
          {message("ui.narrative.restore")}
        </Button>
      </div>
    </div>
  );
}
