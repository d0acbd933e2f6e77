import { createRoot } from "react-dom/client";
import { BUILTIN_TEMPLATES } from "../core/template";
import { App } from "./App";
import { createDraftStore } from "./drafts";
import { createBrowserHost, createExcelHost, detectOffice } from "./host";

/**
 * Composition root: find out whether the page runs inside Excel (Office.onReady, capped by a
 * timeout), wire the matching workbook port by hand, then render. Nothing below this file knows
 * which adapter it talks to.
 */
async function main(): Promise<void> {
  const [kind, drafts] = await Promise.all([detectOffice(), createDraftStore()]);
  const host = kind === "excel" ? createExcelHost() : createBrowserHost();
  const container = document.getElementById("root")!;
  container.dataset.mode = host.mode;
  createRoot(container).render(<App host={host} drafts={drafts} templates={BUILTIN_TEMPLATES} />);
}

void main();
