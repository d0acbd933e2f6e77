import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { message } from "../../core/locale";
import { bringIntoView } from "./bring-into-view";
import type { Notice } from "./notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  body: { whiteSpace: "pre-wrap" },
  // Focused only so that screen readers and the eye land on it; no ring around a message.
  notice: { ":focus": { outlineStyle: "none" } },
});

/**
 * Progress of a long operation (a Spinner with what is happening) and the result of the last one.
 * Both come into view when they appear — a pane is short and the clerk's click may be far above — and
 * a new result takes the focus, so the next Tab goes on from it and screen readers read it.
 */
export function StatusBar(props: { busy?: string; notice?: Notice; onDismiss?: () => void }) {
  const styles = useStyles();
  const spinner = useRef<HTMLDivElement>(null);
  const notice = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (props.busy) bringIntoView(spinner.current, { focus: false });
  }, [props.busy]);
  useEffect(() => {
    if (props.notice) bringIntoView(notice.current, { focus: true });
  }, [props.notice]);

  if (!props.busy && !props.notice) return null;
  return (
    <div className={styles.root}>
      {props.busy && <Spinner ref={spinner} size="tiny" labelPosition="after" label={props.busy} />}
      {props.notice && (
        <MessageBar
          ref={notice}
          tabIndex={-1}
          className={styles.notice}
          intent={props.notice.intent}
          role={props.notice.intent === "error" ? "alert" : "status"}
        >
          <MessageBarBody className={styles.body}>{props.notice.text}</MessageBarBody>
          {props.onDismiss && (
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" onClick={props.onDismiss}>
                  {message("ui.dismiss")}
                </Button>
              }
            />
          )}
        </MessageBar>
      )}
    </div>
  );
}
