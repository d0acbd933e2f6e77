import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import type { ReportTemplate } from "../core/template";
import { memoryPageWorkbookStore, type DraftStore, type PageWorkbookStore } from "./drafts";
import { AppHeader } from "./header";
import type { TaskpaneHost } from "./host";
import { BrowserWorkspace, ExcelWorkspace, WorkspaceTabs, type WorkspaceTab } from "./workspace";

/** Fluent's own font stack names no Chinese face; clerks' machines have 微软雅黑 (Windows) or 苹方 (Mac). */
const theme = {
  ...webLightTheme,
  fontFamilyBase: `"Segoe UI", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif`,
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
});

interface AppProps {
  host: TaskpaneHost;
  drafts: DraftStore;
  /** Where the browser page keeps its workbook until downloaded; for this page's life only unless given. */
  keep?: PageWorkbookStore;
  templates: readonly ReportTemplate[];
}

/** The task pane. Everything it does to a workbook goes through the host's port, wired by the composition root. */
export function App(props: AppProps) {
  return (
    <FluentProvider theme={theme} lang="zh-CN">
      <Shell {...props} />
    </FluentProvider>
  );
}

function Shell(props: AppProps) {
  const styles = useStyles();
  const { host } = props;
  const [tab, setTab] = useState<WorkspaceTab>("fill");
  const [keep] = useState(() => props.keep ?? memoryPageWorkbookStore());
  return (
    <main className={styles.root}>
      <AppHeader mode={host.mode} />
      <WorkspaceTabs selected={tab} onSelect={setTab} />
      {host.mode === "excel" ? (
        <ExcelWorkspace host={host} drafts={props.drafts} templates={props.templates} tab={tab} onSelectTab={setTab} />
      ) : (
        <BrowserWorkspace host={host} drafts={props.drafts} keep={keep} templates={props.templates} tab={tab} onSelectTab={setTab} />
      )}
    </main>
  );
}
