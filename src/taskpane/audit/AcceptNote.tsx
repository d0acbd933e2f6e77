import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { message } from "../../core/locale";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

/**
 * The 说明 that accepts a 核实 finding. Written in a text area, so Enter (also the Enter that
 * confirms an IME candidate) makes a new line and never submits; only the button writes, and only a
 * non-empty 说明.
 */
export function AcceptNote(props: {
  cell: string;
  initial: string;
  busy: boolean;
  onAccept: (note: string) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [note, setNote] = useState(props.initial);
  return (
    <div className={styles.root}>
      <Field label={message("ui.audit.note-label", { cell: props.cell })} hint={message("ui.audit.note-hint")}>
        <Textarea value={note} resize="vertical" onChange={(_, data) => setNote(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button size="small" appearance="primary" disabled={props.busy || !note.trim()} onClick={() => props.onAccept(note.trim())}>
          {message("ui.audit.note-write")}
        </Button>
        <Button size="small" onClick={props.onCancel}>
          {message("ui.cancel")}
        </Button>
      </div>
    </div>
  );
}
