import { message } from "../../core/locale";

/**
 * Put text on the clipboard. The Clipboard API first; where it is missing or refused (Excel's older
 * WebViews, a page not focused, http) a hidden textarea is selected and copied with execCommand, which
 * those engines still honour. Rejects when neither worked, so the pane never says 已复制 falsely.
 */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === "function") {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // Refused (no permission, not focused): the older way below often still works.
    }
  }
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.top = "-1000px";
  area.style.opacity = "0";
  doc.body.appendChild(area);
  const focused = doc.activeElement as HTMLElement | null;
  try {
    area.select();
    const done = typeof doc.execCommand === "function" && doc.execCommand("copy");
    if (!done) throw new Error(message("ui.narrative.copy-refused"));
  } finally {
    area.remove();
    focused?.focus?.();
  }
}
