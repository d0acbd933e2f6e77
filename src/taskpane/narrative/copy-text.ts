import { message } from "../../core/locale";

/**
 * Put text on the clipboard, its line breaks kept as paragraph breaks. The Clipboard API first; where it is missing or refused (Excel's older
 * WebViews, a page not focused, http) a hidden textarea is selected and copied with execCommand, which
 * those engines still honour. Rejects when neither worked, so the pane never says 已复制 falsely.
 */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  const win = doc.defaultView;
  const clipboard = win?.navigator.clipboard;
  const Item = (win as (Window & { ClipboardItem?: typeof ClipboardItem }) | null)?.ClipboardItem;
  // With an HTML copy beside the plain one, Word pastes each line as a paragraph of its own, indented.
  if (clipboard && typeof clipboard.write === "function" && Item) {
    try {
      const html = paragraphsHtml(text);
      await clipboard.write([new Item({ "text/plain": new Blob([text], { type: "text/plain" }), "text/html": new Blob([html], { type: "text/html" }) })]);
      return;
    } catch {
      // Refused, or HTML not accepted: plain text below keeps the line breaks all the same.
    }
  }
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

/** The text as HTML paragraphs, one a line, each first line indented two characters as in a report. */
export function paragraphsHtml(text: string): string {
  const escape = (line: string) => line.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => `<p style="text-indent:2em">${escape(line)}</p>`)
    .join("");
}
