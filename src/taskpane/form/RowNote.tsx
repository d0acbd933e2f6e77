import { Button, FieldContextProvider, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { NoteAddRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { message } from "../../core/locale";
import { ValueInput } from "./ValueInput";

const useStyles = makeStyles({
  note: { minWidth: 0 },
  open: { flexShrink: 0, alignSelf: "flex-start", minWidth: 0, color: tokens.colorNeutralForeground3 },
});

/**
 * Alt+M (备注) from any input of a row opens the row's 备注. `code` rather than `key`: on a Mac, Option+M
 * types "µ".
 */
export function isNoteKey(event: KeyboardEvent): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && (event.code === "KeyM" || event.key.toLowerCase() === "m");
}

/**
 * A row's 备注. It stays out of the Tab sequence, so a form of 24 indicators takes 24 Tab presses,
 * not 48: a note already written shows as its input; an empty one as a small button that opens it.
 * The row's keydown calls `props.opening` with Alt+M (see isNoteKey) to open and focus it from the keyboard.
 */
export function RowNote(props: {
  /** The row's label, in the note's accessible name (医用口罩（备注）). */
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Bumped by the row when the clerk asks for the note from the keyboard. */
  opening: number;
  className?: string;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [focusing, setFocusing] = useState(false);
  const host = useRef<HTMLSpanElement>(null);
  const shown = open || props.value !== "";

  useEffect(() => {
    if (props.opening === 0) return;
    setOpen(true);
    setFocusing(true);
  }, [props.opening]);

  useEffect(() => {
    if (!focusing || !shown) return;
    host.current?.querySelector("input")?.focus();
    setFocusing(false);
  }, [focusing, shown]);

  // The note is not a column's control: without the empty context it would take the field's id and label.
  return (
    <FieldContextProvider value={undefined}>
      {shown ? (
        <span ref={host} className={mergeClasses(styles.note, props.className)}>
          <ValueInput
            kind="text"
            tabIndex={-1}
            ariaLabel={message("ui.form.note-label", { label: props.label })}
            placeholder={message("ui.form.note-placeholder")}
            value={props.value}
            onChange={props.onChange}
          />
        </span>
      ) : (
        <NoteButton
          label={props.label}
          onClick={() => {
            setOpen(true);
            setFocusing(true);
          }}
        />
      )}
    </FieldContextProvider>
  );
}

/** The small button that opens a row's 备注 with the mouse; out of the Tab sequence, as the note is (Alt+M is its key). */
export function NoteButton(props: { label: string; onClick: () => void }) {
  const styles = useStyles();
  const name = message("ui.form.note-open", { label: props.label });
  return <Button className={styles.open} appearance="subtle" size="small" tabIndex={-1} icon={<NoteAddRegular />} title={name} aria-label={name} onClick={props.onClick} />;
}

/** The state a row keeps to open its note from the keyboard: the counter RowNote watches, and the row's keydown. */
export function useNoteKey(): { opening: number; onKeyDown: (event: KeyboardEvent) => void } {
  const [opening, setOpening] = useState(0);
  return {
    opening,
    onKeyDown: (event) => {
      if (!isNoteKey(event)) return;
      event.preventDefault();
      setOpening((n) => n + 1);
    },
  };
}
