import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { message } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import { AuditView, unsavedForms } from "../audit";
import { ConsolidateView, type SummaryTarget } from "../consolidate";
import type { FieldRequest } from "../form";
import { NarrativeView } from "../narrative";
import type { DraftStore, PageWorkbookStore } from "../drafts";
import type { BrowserHost, BrowserWorkbook } from "../host";
import { ChoiceDialog, PaneDivider, readFileBytes, timeText, useQuestion } from "../shared";
import { StatusBar, useOperation } from "../status";
import { browserReducer, initialBrowserState } from "./browser-reducer";
import { ReportWorkspace } from "./ReportWorkspace";
import { trackChanges } from "./track-changes";
import { WorkbookBar } from "./WorkbookBar";
import { TabPanels, type WorkspaceTab } from "./WorkspaceTabs";

/** How long the page waits after a write before taking the kept copy: a burst of writes is kept once. */
const KEEP_DELAY_MS = 400;

/**
 * The browser page: a workbook created or opened in the page, filled in and audited, then
 * downloaded; 汇总 works on files of its own and makes a new workbook, which 生成综述 opens in the
 * page for 综述. Until it is downloaded the workbook is kept in the browser (IndexedDB) and comes
 * back after a reload; leaving the page with it undownloaded asks first.
 */
export function BrowserWorkspace(props: {
  host: BrowserHost;
  drafts: DraftStore;
  keep: PageWorkbookStore;
  templates: readonly ReportTemplate[];
  tab?: WorkspaceTab;
  onSelectTab?: (tab: WorkspaceTab) => void;
}) {
  const { host, keep, onSelectTab } = props;
  const tab = props.tab ?? "fill";
  const [state, dispatch] = useReducer(browserReducer, initialBrowserState);
  const operation = useOperation();
  // A notice belongs to the tab whose action made it (已新建空白工作簿 on 填报): leaving the tab lets it go,
  // so 审核 or 综述 never open under a message about something else.
  const { notify } = operation;
  const noticeTab = useRef(tab);
  useEffect(() => {
    if (noticeTab.current === tab) return;
    noticeTab.current = tab;
    notify(undefined);
  }, [tab, notify]);
  const question = useQuestion<{ name: string; next: string }, "download" | "discard">();
  /** Summary workbooks made by 汇总 in this page, so 生成综述 can open the one just made. */
  const made = useRef(new Map<unknown, BrowserWorkbook>());
  const target = useMemo<SummaryTarget>(
    () => ({
      kind: "new-workbook",
      createWorkbook: async (fileName) => {
        const book = await host.createWorkbook(fileName);
        made.current.set(book.port, book);
        return book;
      },
      download: host.download,
    }),
    [host],
  );

  const opened = useCallback(
    (workbook: BrowserWorkbook, modified = false) =>
      dispatch({ type: "opened", workbook, port: trackChanges(workbook.port, () => dispatch({ type: "modified" })), modified }),
    [],
  );

  // A workbook kept from before (a reload, a crash) comes back as the page opens.
  const [restoring, setRestoring] = useState(true);
  useEffect(() => {
    let live = true;
    void keep.load().then(async (kept) => {
      if (kept && live)
        await operation.run(message("ui.workbook.opening", { name: kept.fileName }), async () => live && opened(await host.openWorkbook({ name: kept.fileName, bytes: kept.bytes }), true), {
          done: () => ({ intent: "warning", text: message("ui.workbook.restored", { name: kept.fileName, time: timeText(kept.keptAt) }) }),
          place: { file: kept.fileName },
        });
      if (live) setRestoring(false);
    });
    return () => {
      live = false;
    };
  }, [keep, host, opened]);

  // After each write, the workbook's bytes are kept in the browser until it is downloaded.
  const { workbook: book, changes, modified } = state;
  useEffect(() => {
    // Once downloaded (modified false) a copy still waiting is not taken.
    if (!book || changes === 0 || !modified) return;
    const timer = setTimeout(() => {
      void book.toBytes().then((bytes) => keep.save({ fileName: book.fileName, bytes, keptAt: new Date().toISOString() }));
    }, KEEP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [book, changes, modified, keep]);

  // Leaving the page with a workbook not downloaded: the browser asks (its own words; the page's are on screen).
  useEffect(() => {
    if (!state.modified) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = message("ui.workbook.leave");
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [state.modified]);

  const downloadCurrent = async () => {
    const workbook = state.workbook;
    if (!workbook) return;
    host.download(await workbook.toBytes(), workbook.fileName);
    dispatch({ type: "downloaded" });
    await keep.clear();
  };

  /** Before another workbook replaces the page's one: one not downloaded is downloaded first or given up by the clerk's choice. */
  const mayReplace = async (next: string): Promise<boolean> => {
    const current = state.workbook;
    if (!current || !state.modified) return true;
    const answer = await question.ask({ name: current.fileName, next });
    if (answer === "download") await downloadCurrent();
    return answer !== undefined;
  };

  const replaceWith = async (workbook: BrowserWorkbook, modified: boolean) => {
    await keep.clear();
    opened(workbook, modified);
  };

  const create = async () => {
    if (!(await mayReplace(message("ui.workbook.default-name")))) return;
    await operation.run(message("ui.workbook.loading"), async () => replaceWith(await host.createWorkbook(), false), {
      done: () => ({ intent: "success", text: message("ui.workbook.created") }),
    });
  };

  const open = async (file: File) => {
    if (!(await mayReplace(file.name))) return;
    await operation.run(
      message("ui.workbook.opening", { name: file.name }),
      async () => replaceWith(await host.openWorkbook({ name: file.name, bytes: await readFileBytes(file) }), false),
      { done: () => ({ intent: "success", text: message("ui.workbook.opened", { name: file.name }) }), place: { file: file.name } },
    );
  };

  const download = () => {
    const workbook = state.workbook;
    if (!workbook) return;
    void operation.run(message("ui.workbook.downloading", { name: workbook.fileName }), downloadCurrent, {
      done: () => ({ intent: "success", text: message("ui.workbook.downloaded", { name: workbook.fileName }) }),
      place: { file: workbook.fileName },
    });
  };

  /** 生成综述 after 汇总: the summary workbook just made becomes the page's workbook, narrated in 综述. */
  const narrateSummary = async (summary: { port: unknown; fileName: string }) => {
    const summaryBook = made.current.get(summary.port);
    if (!summaryBook) return;
    if (summaryBook !== state.workbook) {
      if (!(await mayReplace(summary.fileName))) return;
      // Not downloaded until the clerk says so: kept, and asked about before leaving.
      await replaceWith(summaryBook, true);
      await keep.save({ fileName: summaryBook.fileName, bytes: await summaryBook.toBytes(), keptAt: new Date().toISOString() });
    }
    onSelectTab?.("narrative");
  };

  const chooseSheet = useCallback((sheet: string) => dispatch({ type: "choose-sheet", sheet }), []);
  // The page has no grid: a finding clicked in 审核 opens 填报 at its field.
  const [goTo, setGoTo] = useState<FieldRequest>();
  const goToField = useCallback(
    async (sheet: string, address: string) => {
      chooseSheet(sheet);
      setGoTo((before) => ({ sheet, address, serial: (before?.serial ?? 0) + 1 }));
      onSelectTab?.("fill");
    },
    [chooseSheet, onSelectTab],
  );
  const wentTo = useCallback(() => setGoTo(undefined), []);
  // A report made in the workbook is the news now: 已新建空白工作簿 above it would be stale.
  const created = useCallback(
    (sheet: string) => {
      chooseSheet(sheet);
      notify(undefined);
    },
    [chooseSheet, notify],
  );
  const changed = useCallback(() => dispatch({ type: "modified" }), []);
  const workbook = state.workbook && state.port ? { ...state.workbook, port: state.port } : undefined;
  const unsaved = useMemo(() => (state.workbook && state.port ? unsavedForms(state.port, props.drafts, state.workbook.id) : undefined), [state.workbook, state.port, props.drafts]);

  const noWorkbook = (text: string) => (
    <MessageBar intent="info">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
  const clash = question.asking;
  return (
    <>
      {tab !== "consolidate" && (
        <>
          <StatusBar busy={operation.busy} notice={operation.notice} onDismiss={() => operation.notify(undefined)} />
          {!workbook && !restoring && noWorkbook(message("ui.browser-hint"))}
          <WorkbookBar
            fileName={state.workbook?.fileName}
            modified={state.modified}
            kept={keep.persistent}
            busy={!!operation.busy || restoring}
            onNew={() => void create()}
            onOpen={(file) => void open(file)}
            onDownload={download}
          />
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
              workbookKey={workbook.id}
              drafts={props.drafts}
              templates={props.templates}
              sheet={state.sheet}
              onChooseSheet={chooseSheet}
              onCreated={created}
              onNarrate={() => onSelectTab?.("narrative")}
              focus={goTo}
              onFocused={wentTo}
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
              unsaved={unsaved}
              select={goToField}
              selectsOn="form"
            />
          ) : (
            noWorkbook(message("ui.audit.no-workbook"))
          ),
          consolidate: <ConsolidateView target={target} templates={props.templates} onNarrate={(outcome) => outcome.workbook && void narrateSummary(outcome.workbook)} />,
          narrative: workbook ? (
            <NarrativeView key={state.serial} port={workbook.port} templates={props.templates} onChanged={changed} />
          ) : (
            noWorkbook(message("ui.narrative.no-workbook"))
          ),
        }}
      />
      <ChoiceDialog
        open={!!clash}
        title={clash ? message("ui.workbook.switch-title", { name: clash.name }) : ""}
        body={clash ? message("ui.workbook.switch-body", clash) : ""}
        choices={[
          { value: "download", label: message("ui.workbook.switch-download"), primary: true },
          { value: "discard", label: message("ui.workbook.switch-discard") },
        ]}
        onChoose={question.answer}
      />
    </>
  );
}
