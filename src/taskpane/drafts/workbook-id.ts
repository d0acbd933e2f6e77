/**
 * A workbook's identity for what the pane remembers of it (drafts, the page's kept copy): a random id
 * stored in the workbook itself — never its file name, which every new workbook shares (汇报通工作簿.xlsx)
 * and a clerk may change — so a draft neither pours into an unrelated workbook nor loses its own.
 */
export function newWorkbookId(random: { randomUUID?: () => string } = globalThis.crypto ?? {}): string {
  if (typeof random.randomUUID === "function") return random.randomUUID();
  // Outside a secure context there is no randomUUID; time and randomness are enough to tell workbooks apart.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Office's per-document settings (Office.context.document.settings): saved inside the workbook with it. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: unknown) => void): void;
}

const SETTING = "huibao.workbookId";

/** The id kept in an Excel workbook's settings, made and stored on first use (saved with the workbook). */
export function documentWorkbookId(settings: DocumentSettings): string {
  const kept = settings.get(SETTING);
  if (typeof kept === "string" && kept) return kept;
  const id = newWorkbookId();
  settings.set(SETTING, id);
  // Kept in the document when the clerk saves it; a failed save only means a fresh id next time.
  settings.saveAsync(() => undefined);
  return id;
}
