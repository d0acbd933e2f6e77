import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer } from "react";
import { message } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import { AuditView } from "../audit";
import { ConsolidateView, type SummaryTarget } from "../consolidate";
import { NarrativeView } from "../narrative";
import type { DraftStore } from "../drafts";
import type { BrowserHost, BrowserWorkbook } from "../host";
import { PaneDivider, readFileBytes } from "../shared";
import { StatusBar, useOperation } from "../status";
import { browserReducer, initialBrowserState } from "./browser-reducer";
import { ReportWorkspace } from "./ReportWorkspace";
import { trackChanges } from "./track-changes";
import { WorkbookBar } from "./WorkbookBar";
import { TabPanels, type WorkspaceTab } from "./WorkspaceTabs";

/**
 * The browser page: a workbook created or opened in the page, filled in and audited, then
 * downloaded; 汇总 works on files of its own and makes a new workbook.
 */
export function BrowserWorkspace(props: { host: BrowserHost; drafts: DraftStore; templates: readonly ReportTemplate[]; tab?: WorkspaceTab }) {
  const { host } = props;
  const tab = props.tab ?? "fill";
  const [state, dispatch] = useReducer(browserReducer, initialBrowserState);
  const operation = useOperation();
  const target = useMemo<SummaryTarget>(() => ({ kind: "new-workbook", createWorkbook: host.createWorkbook, download: host.download }), [host]);

  // Closing the page loses a workbook not yet downloaded (the form's draft survives anyway); the browser asks first.
  useEffect(() => {
    if (!state.modified) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [state.modified]);

  const opened = (workbook: BrowserWorkbook) =>
    dispatch({ type: "opened", workbook, port: trackChanges(workbook.port, () => dispatch({ type: "modified" })) });

  const create = () =>
    operation.run(message("ui.workbook.loading"), async () => opened(await host.createWorkbook()), {
      done: () => ({ intent: "success", text: message("ui.workbook.created") }),
    });

  const open = (file: File) =>
    operation.run(
      message("ui.workbook.opening", { name: file.name }),
      async () => opened(await host.openWorkbook({ name: file.name, bytes: await readFileBytes(file) })),
      { done: () => ({ intent: "success", text: message("ui.workbook.opened", { name: file.name }) }), place: { file: file.name } },
    );

  const download = () => {
    const workbook = state.workbook;
    if (!workbook) return;
    void operation.run(
      message("ui.workbook.downloading", { name: workbook.fileName }),
      async () => {
        host.download(await workbook.toBytes(), workbook.fileName);
        dispatch({ type: "downloaded" });
      },
      { done: () => ({ intent: "success", text: message("ui.workbook.downloaded", { name: workbook.fileName }) }), place: { file: workbook.fileName } },
    );
  };

  const chooseSheet = useCallback((sheet: string) => dispatch({ type: "choose-sheet", sheet }), []);
  const changed = useCallback(() => dispatch({ type: "modified" }), []);
  const workbook = state.workbook && state.port ? { ...state.workbook, port: state.port } : undefined;

  const noWorkbook = (
    <MessageBar intent="info">
      <MessageBarBody>{message("ui.audit.no-workbook")}</MessageBarBody>
    </MessageBar>
  );
  return (
    <>
      {tab !== "consolidate" && (
        <>
          <MessageBar intent="info">
            <MessageBarBody>{message("ui.browser-hint")}</MessageBarBody>
          </MessageBar>
          <WorkbookBar
            fileName={state.workbook?.fileName}
            modified={state.modified}
            busy={!!operation.busy}
            onNew={() => void create()}
            onOpen={(file) => void open(file)}
            onDownload={download}
          />
          <StatusBar busy={operation.busy} notice={operation.notice} onDismiss={() => operation.notify(undefined)} />
          {workbook && <PaneDivider />}
        </>
      )}
      <TabPanels
        selected={tab}
        keep={["audit", "consolidate", "narrative"]}
        panels={{
          fill: workbook && (
            <ReportWorkspace
              key={state.serial}
              port={workbook.port}
              workbookKey={workbook.fileName}
              drafts={props.drafts}
              templates={props.templates}
              sheet={state.sheet}
              onChooseSheet={chooseSheet}
              onCreated={chooseSheet}
            />
          ),
          audit: workbook ? (
            <AuditView
              key={state.serial}
              port={workbook.port}
              marker={workbook.marker}
              templates={props.templates}
              sheet={state.sheet}
              onChanged={changed}
            />
          ) : noWorkbook,
          consolidate: <ConsolidateView target={target} templates={props.templates} />,
          narrative: workbook ? (
            <NarrativeView key={state.serial} port={workbook.port} templates={props.templates} onChanged={changed} />
          ) : noWorkbook,
        }}
      />
    </>
  );
}
