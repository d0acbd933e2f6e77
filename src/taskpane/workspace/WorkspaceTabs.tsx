import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { message } from "../../core/locale";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // The `hidden` attribute is only the browser's default `display: none`; the panel's own display
  // would win over it, leaving a kept view on screen (and its controls in the Tab order) under another.
  hidden: { display: "none" },
});

/** The task pane's views. */
export type WorkspaceTab = "fill" | "audit" | "consolidate" | "narrative";

const TABS: ReadonlyArray<{ value: WorkspaceTab; label: () => string }> = [
  { value: "fill", label: () => message("ui.tab.fill") },
  { value: "audit", label: () => message("ui.tab.audit") },
  { value: "consolidate", label: () => message("ui.tab.consolidate") },
  { value: "narrative", label: () => message("ui.narrative.tab") },
];

/** The ids that tie a tab to its panel (aria-controls / aria-labelledby); one pane per page, so fixed ids are unique. */
export const tabId = (tab: WorkspaceTab) => `huibao-tab-${tab}`;
export const panelId = (tab: WorkspaceTab) => `huibao-panel-${tab}`;

/** 填报 · 审核 · 汇总 · 综述 */
export function WorkspaceTabs(props: { selected: WorkspaceTab; onSelect: (tab: WorkspaceTab) => void }) {
  return (
    <TabList
      selectedValue={props.selected}
      onTabSelect={(_, data) => props.onSelect(data.value as WorkspaceTab)}
      aria-label={message("ui.tab.label")}
    >
      {TABS.map((tab) => (
        <Tab key={tab.value} value={tab.value} id={tabId(tab.value)} aria-controls={panelId(tab.value)}>
          {tab.label()}
        </Tab>
      ))}
    </TabList>
  );
}

/**
 * The views' content. A view listed in `keep` stays mounted (hidden) once visited, so its results
 * survive a look at another tab (a consolidation is not read twice); the others mount each time they
 * are shown, so the 填报 form reads its sheet again after the 审核 view wrote a 说明 into it.
 */
export function TabPanels(props: { selected: WorkspaceTab; keep: readonly WorkspaceTab[]; panels: Record<WorkspaceTab, ReactNode> }) {
  const styles = useStyles();
  const [visited, setVisited] = useState<ReadonlySet<WorkspaceTab>>(() => new Set([props.selected]));
  if (!visited.has(props.selected)) setVisited(new Set([...visited, props.selected]));
  return (
    <>
      {(Object.keys(props.panels) as WorkspaceTab[]).map((tab) => {
        const shown = tab === props.selected;
        if (!shown && !(props.keep.includes(tab) && visited.has(tab))) return null;
        return (
          <div
            key={tab}
            id={panelId(tab)}
            className={shown ? styles.panel : styles.hidden}
            role="tabpanel"
            aria-labelledby={tabId(tab)}
            hidden={!shown}
            data-tab={tab}
          >
            {props.panels[tab]}
          </div>
        );
      })}
    </>
  );
}
