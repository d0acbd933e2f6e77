import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { message } from "../../core/locale";

export interface DialogChoice<V extends string> {
  value: V;
  label: string;
  /** The default answer, safe to take by Enter: drawn as the primary button and placed first, so it has the focus. */
  primary?: boolean;
}

/**
 * A question with a few answers and 取消. Closing the dialog any other way (Esc) answers `undefined`,
 * which callers treat as "do nothing", so a clerk's data is never changed without a clear choice.
 * The dialog focuses its first button, so the first is always the safe one: the choice marked primary,
 * or else 取消 (a question whose only answer destroys something — 读取并覆盖 — never takes it by Enter).
 */
export function ChoiceDialog<V extends string>(props: {
  open: boolean;
  title: string;
  body: string;
  choices: DialogChoice<V>[];
  onChoose: (value: V | undefined) => void;
}) {
  const ordered = [...props.choices].sort((a, b) => Number(!!b.primary) - Number(!!a.primary));
  const safe = ordered[0]?.primary === true;
  const cancel = (
    <Button appearance={safe ? "subtle" : "primary"} onClick={() => props.onChoose(undefined)}>
      {message("ui.cancel")}
    </Button>
  );
  return (
    <Dialog open={props.open} modalType="alert" onOpenChange={(_, data) => !data.open && props.onChoose(undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.body}</DialogContent>
          <DialogActions fluid>
            {!safe && cancel}
            {ordered.map((choice) => (
              <Button key={choice.value} appearance={choice.primary ? "primary" : "secondary"} onClick={() => props.onChoose(choice.value)}>
                {choice.label}
              </Button>
            ))}
            {safe && cancel}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
