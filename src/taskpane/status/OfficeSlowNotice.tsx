import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { message } from "../../core/locale";

/**
 * Shown while the pane waits for Office longer than it should (office.js came but Office never
 * answered): what is happening, in Chinese, and the way on as the browser page.
 */
export function OfficeSlowNotice(props: { seconds: number; onUseBrowser: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>{message("ui.boot.office-slow", { seconds: props.seconds })}</MessageBarBody>
        <MessageBarActions>
          <Button ref={button} appearance="primary" onClick={props.onUseBrowser}>
            {message("ui.boot.use-browser")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </FluentProvider>
  );
}
