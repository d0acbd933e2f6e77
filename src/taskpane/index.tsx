import { createRoot } from "react-dom/client";
import { BUILTIN_TEMPLATES } from "../core/template";
import { App } from "./App";
import { createDraftStore, createPageWorkbookStore } from "./drafts";
import { OFFICE_SLOW_MS, createBrowserHost, createExcelHost, waitForOffice } from "./host";
import { OfficeSlowNotice } from "./status";

/**
 * Composition root: find out whether the page runs inside Excel (Office.onReady; after a few silent
 * seconds the clerk is told and may go on as the browser page), wire the matching workbook port by
 * hand, then render. Nothing below this file knows which adapter it talks to.
 */
async function main(): Promise<void> {
  const container = document.getElementById("root")!;
  // The page's code runs: office-boot.js's notice (office.js hanging) has done its work.
  document.documentElement.setAttribute("data-started", "");
  document.getElementById("office-slow")?.remove();
  const root = createRoot(container);
  const onSlow = (useBrowser: () => void) => root.render(<OfficeSlowNotice seconds={OFFICE_SLOW_MS / 1000} onUseBrowser={useBrowser} />);
  const [kind, drafts] = await Promise.all([waitForOffice({ onSlow }), createDraftStore()]);
  const host = kind === "excel" ? createExcelHost() : createBrowserHost();
  container.dataset.mode = host.mode;
  root.render(<App host={host} drafts={drafts} keep={host.mode === "browser" ? createPageWorkbookStore() : undefined} templates={BUILTIN_TEMPLATES} />);
}

void main();
