import { useEffect, useMemo, useState } from "react";
import type { ReportTemplate } from "../../core/template";
import { AuditView, unsavedForms } from "../audit";
import { ConsolidateView, type SummaryTarget } from "../consolidate";
import { NarrativeView } from "../narrative";
import type { DraftStore } from "../drafts";
import type { ExcelHost } from "../host";
import { StatusBar, useOperation } from "../status";
import { ReportWorkspace } from "./ReportWorkspace";
import { TabPanels, type WorkspaceTab } from "./WorkspaceTabs";

/** Excel: one workbook; the form and the audit follow the active worksheet. */
export function ExcelWorkspace(props: {
  host: ExcelHost;
  drafts: DraftStore;
  templates: readonly ReportTemplate[];
  tab?: WorkspaceTab;
  onSelectTab?: (tab: WorkspaceTab) => void;
}) {
  const { host, onSelectTab } = props;
  const [sheet, setSheet] = useState<string>();
  /** The summary 生成综述 hands to 综述: the sheet just written (or opened), a new serial each time. */
  const [narrate, setNarrate] = useState<{ sheet: string; serial: number }>();
  const toNarrative = (summarySheet: string) => {
    setNarrate((before) => ({ sheet: summarySheet, serial: (before?.serial ?? 0) + 1 }));
    onSelectTab?.("narrative");
  };
  const unsaved = useMemo(() => unsavedForms(host.port, props.drafts, host.workbookKey), [host, props.drafts]);
  const operation = useOperation();
  const { run, notify } = operation;
  const target = useMemo<SummaryTarget>(() => ({ kind: "open-workbook", port: host.port, selectCell: host.selectCell }), [host]);

  useEffect(() => {
    let live = true;
    let unsubscribe: (() => void) | undefined;
    void run(undefined, () => host.activeSheet.current()).then((name) => live && name !== undefined && setSheet(name));
    void run(undefined, () => host.activeSheet.subscribe((name) => live && setSheet(name))).then((off) => {
      if (live) unsubscribe = off;
      else off?.();
    });
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [host, run]);

  return (
    <>
      <StatusBar notice={operation.notice} onDismiss={() => notify(undefined)} />
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
              onNarrate={toNarrative}
            />
          ),
          audit: <AuditView port={host.port} marker={host.marker} templates={props.templates} sheet={sheet} select={host.selectCell} unsaved={unsaved} />,
          consolidate: <ConsolidateView target={target} templates={props.templates} onNarrate={(outcome) => outcome.sheets[0] && toNarrative(outcome.sheets[0])} />,
          narrative: <NarrativeView port={host.port} templates={props.templates} insertAtSelection={host.insertAtSelection} prefer={narrate} />,
        }}
      />
    </>
  );
}
