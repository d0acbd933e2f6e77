import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { message } from "../../core/locale";
import type { Notice } from "./notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  body: { whiteSpace: "pre-wrap" },
});

/** Progress of a long operation (a Spinner with what is happening) and the result of the last one. */
export function StatusBar(props: { busy?: string; notice?: Notice; onDismiss?: () => void }) {
  const styles = useStyles();
  if (!props.busy && !props.notice) return null;
  return (
    <div className={styles.root}>
      {props.busy && <Spinner size="tiny" labelPosition="after" label={props.busy} />}
      {props.notice && (
        <MessageBar intent={props.notice.intent} role={props.notice.intent === "error" ? "alert" : "status"}>
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
