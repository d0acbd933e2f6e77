import { useEffect, useState } from "react";
import type { ReportTemplate } from "../../core/template";
import { AuditView } from "../audit";
import { ConsolidateView } from "../consolidate";
import { NarrativeView } from "../narrative";
import type { DraftStore } from "../drafts";
import type { ExcelHost } from "../host";
import { StatusBar, errorText, type Notice } from "../status";
import { ReportWorkspace } from "./ReportWorkspace";
import { TabPanels, type WorkspaceTab } from "./WorkspaceTabs";

/** Excel: one workbook; the form and the audit follow the active worksheet. */
export function ExcelWorkspace(props: { host: ExcelHost; drafts: DraftStore; templates: readonly ReportTemplate[]; tab?: WorkspaceTab }) {
  const { host } = props;
  const [sheet, setSheet] = useState<string>();
  const [notice, setNotice] = useState<Notice>();

  useEffect(() => {
    let live = true;
    let unsubscribe: (() => void) | undefined;
    const fail = (error: unknown) => live && setNotice({ intent: "error", text: errorText(error) });
    host.activeSheet.current().then((name) => live && setSheet(name), fail);
    host.activeSheet
      .subscribe((name) => live && setSheet(name))
      .then((off) => {
        if (live) unsubscribe = off;
        else off();
      }, fail);
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [host]);

  return (
    <>
      <StatusBar notice={notice} onDismiss={() => setNotice(undefined)} />
      <TabPanels
        selected={props.tab ?? "fill"}
        keep={["audit", "consolidate", "narrative"]}
        panels={{
          fill: (
            <ReportWorkspace
              port={host.port}
              workbookKey={host.workbookKey}
              drafts={props.drafts}
              templates={props.templates}
              sheet={sheet}
              onCreated={setSheet}
            />
          ),
          audit: <AuditView port={host.port} marker={host.marker} templates={props.templates} sheet={sheet} select={host.selectCell} />,
          consolidate: <ConsolidateView host={host} templates={props.templates} />,
          narrative: <NarrativeView port={host.port} templates={props.templates} insertAtSelection={host.insertAtSelection} />,
        }}
      />
    </>
  );
}
