/**
 * Where the clerk's own sentence templates are kept between sessions: one entry per report template,
 * `huibao:narrative:<templateId>`, holding the lines as a JSON array, and the 辖区 last typed. Only
 * what differs from the default is kept, so an improved default reaches every clerk who did not edit.
 */
export interface NarrativeLinesStore {
  /** The lines last kept for the template, or undefined when the clerk never changed its default. */
  load(templateId: string): string[] | undefined;
  save(templateId: string, lines: readonly string[]): void;
  clear(templateId: string): void;
  loadRegion(): string | undefined;
  saveRegion(region: string): void;
}

export const narrativeLinesKey = (templateId: string) => `huibao:narrative:${templateId}`;
const REGION_KEY = "huibao:narrative-region";

/** The store over `localStorage` (or any Storage); without storage (null) it keeps nothing and the pane still works. */
export function createNarrativeLinesStore(storage: Storage | null = defaultStorage()): NarrativeLinesStore {
  // Storage can refuse (quota, a WebView with storage switched off): keeping the lines is a convenience,
  // so a refusal leaves the clerk with the default next time rather than breaking the pane now.
  const attempt = <T>(action: (s: Storage) => T): T | undefined => {
    if (!storage) return undefined;
    try {
      return action(storage);
    } catch {
      return undefined;
    }
  };
  return {
    load: (templateId) => attempt((s) => parseLines(s.getItem(narrativeLinesKey(templateId)))),
    save: (templateId, lines) => void attempt((s) => s.setItem(narrativeLinesKey(templateId), JSON.stringify(lines))),
    clear: (templateId) => void attempt((s) => s.removeItem(narrativeLinesKey(templateId))),
    loadRegion: () => attempt((s) => s.getItem(REGION_KEY) ?? undefined),
    saveRegion: (region) => void attempt((s) => (region ? s.setItem(REGION_KEY, region) : s.removeItem(REGION_KEY))),
  };
}

function defaultStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Reading `localStorage` itself throws where the browser forbids storage.
    return null;
  }
}

/** Lines kept by an earlier version or typed by hand into the storage may be anything: only an array of strings counts. */
function parseLines(json: string | null): string[] | undefined {
  if (json === null) return undefined;
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) && value.every((line) => typeof line === "string") ? value : undefined;
}
