import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { message } from "../../core/locale";
import type { Notice } from "../status";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // The notice wraps inside the pane's width; the clerk can pull the box taller, never wider.
  text: { width: "100%", "& textarea": { whiteSpace: "pre-wrap", overflowWrap: "anywhere" } },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

/**
 * The 催报 notice after a consolidation (reminderNotice, the text the CLI's --json gives as
 * `reminder`), read-only, with 复制催报通知. Where the clipboard is refused (an older WebView, the page
 * not focused) the text is selected instead, for Ctrl+C; the outcome is said through the view's notice.
 */
export function ReminderBox(props: {
  text: string;
  onNotice: (notice: Notice) => void;
  /** Put the text on the clipboard; the Clipboard API by default. */
  writeText?: (text: string) => Promise<void>;
}) {
  const styles = useStyles();
  const area = useRef<HTMLTextAreaElement>(null);
  // Selected after the notice is shown: the notice takes the focus as it appears, and the selection
  // must keep it for Ctrl+C. The notice, a live region, is still read out.
  const [selectTimes, setSelectTimes] = useState(0);
  useEffect(() => {
    if (selectTimes === 0) return;
    area.current?.focus();
    area.current?.select();
  }, [selectTimes]);
  const copy = async () => {
    const write = props.writeText ?? ((text: string) => (navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject(new Error("no clipboard"))));
    try {
      await write(props.text);
      props.onNotice({ intent: "success", text: message("ui.consolidate.reminder-copied") });
    } catch {
      // Refused: the clerk copies it by hand, from the text selected for them.
      setSelectTimes((n) => n + 1);
      props.onNotice({ intent: "info", text: message("ui.consolidate.reminder-selected") });
    }
  };
  return (
    <div className={styles.root}>
      <Field label={message("ui.consolidate.reminder")} hint={message("ui.consolidate.reminder-hint")}>
        <Textarea className={styles.text} readOnly resize="vertical" rows={6} value={props.text} textarea={{ ref: area }} />
      </Field>
      <div className={styles.row}>
        <Button appearance="secondary" onClick={() => void copy()}>
          {message("ui.consolidate.reminder-copy")}
        </Button>
      </div>
    </div>
  );
}
