import type { FormState } from "../../core/form";

/**
 * Drafts: a half-filled form survives closing and reopening the task pane (design principle 7).
 * This is the one module that touches storage. It keeps drafts through `@microsoft/office-js-helpers`'
 * `Storage` (archived upstream, so used here only, and only its Storage), falling back to
 * `window.localStorage` when that package cannot be loaded or constructed, and to memory when the
 * browser refuses storage altogether (a locked-down profile), so the form itself never breaks.
 */
export interface DraftKey {
  /** The workbook: the id stored in it (see workbook-id.ts), never its file name. */
  workbook: string;
  sheet: string;
  templateId: string;
}

export interface FormDraft {
  form: FormState;
  /** Ledger rows the sheet held when the form was last read or saved, so a later save clears them. */
  sheetRowCount: number;
  /** ISO time of the last change. */
  savedAt: string;
}

export interface DraftStore {
  /** Which storage is in use, for the curious and for tests. */
  readonly backend: "office-js-helpers" | "localStorage" | "memory";
  load(key: DraftKey): FormDraft | undefined;
  /** Returns false when the storage refused the write (quota, privacy mode). */
  save(key: DraftKey, draft: FormDraft): boolean;
  clear(key: DraftKey): void;
}

const CONTAINER = "huibao-drafts";

/** Strings in, strings out: whatever holds them. */
interface TextStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export async function createDraftStore(options: { preferHelpers?: boolean } = {}): Promise<DraftStore> {
  if (options.preferHelpers !== false) {
    const helpers = await helpersStorage();
    if (helpers) return storeOver(helpers, "office-js-helpers");
  }
  const local = localStorageOrUndefined();
  if (local) return storeOver(local, "localStorage");
  return storeOver(memoryStorage(), "memory");
}

async function helpersStorage(): Promise<TextStorage | undefined> {
  try {
    // Bundled eagerly (no extra request), but still imported in a way that can fail softly.
    const mod = await import(/* webpackMode: "eager" */ "@microsoft/office-js-helpers");
    const lib = ((mod as { Storage?: unknown }).Storage ? mod : (mod as unknown as { default: typeof mod }).default) as typeof mod;
    // The value is kept as a JSON string, not an object: the library's reader turns strings that
    // look like ISO timestamps into Dates, which would change what the clerk typed.
    const storage = new lib.Storage<string>(CONTAINER, lib.StorageType.LocalStorage);
    return {
      get: (key) => {
        const value: unknown = storage.get(key);
        return typeof value === "string" ? value : null;
      },
      set: (key, value) => void storage.set(key, value),
      remove: (key) => {
        if (storage.get(key) !== null) storage.delete(key);
      },
    };
  } catch {
    return undefined;
  }
}

function localStorageOrUndefined(): TextStorage | undefined {
  try {
    const local = window.localStorage;
    const probe = `@${CONTAINER}/probe`;
    local.setItem(probe, "1");
    local.removeItem(probe);
    const scoped = (key: string) => `@${CONTAINER}/${key}`;
    // Same layout as the library's (a JSON string value under a scoped key), so either reads the other's drafts.
    return {
      get: (key) => {
        const raw = local.getItem(scoped(key));
        if (raw === null) return null;
        const value: unknown = JSON.parse(raw);
        return typeof value === "string" ? value : null;
      },
      set: (key, value) => local.setItem(scoped(key), JSON.stringify(value)),
      remove: (key) => local.removeItem(scoped(key)),
    };
  } catch {
    return undefined;
  }
}

function memoryStorage(): TextStorage {
  const map = new Map<string, string>();
  return { get: (key) => map.get(key) ?? null, set: (key, value) => void map.set(key, value), remove: (key) => void map.delete(key) };
}

function keyText(key: DraftKey): string {
  return [key.workbook, key.sheet, key.templateId].map(encodeURIComponent).join("|");
}

function storeOver(storage: TextStorage, backend: DraftStore["backend"]): DraftStore {
  return {
    backend,
    load(key) {
      try {
        const text = storage.get(keyText(key));
        return text === null ? undefined : asDraft(JSON.parse(text), key.templateId);
      } catch {
        // An unreadable draft (storage gone, hand-edited value) is treated as no draft.
        return undefined;
      }
    },
    save(key, draft) {
      try {
        storage.set(keyText(key), JSON.stringify(draft));
        return true;
      } catch {
        return false;
      }
    },
    clear(key) {
      try {
        storage.remove(keyText(key));
      } catch {
        // Nothing to clear when storage is unavailable.
      }
    },
  };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "string");
}

/** A stored value checked field by field: a draft of another template or a damaged one is ignored. */
function asDraft(value: unknown, templateId: string): FormDraft | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { form, sheetRowCount, savedAt } = value as Partial<FormDraft>;
  if (!form || form.templateId !== templateId) return undefined;
  if (!isStringRecord(form.header) || !isStringRecord(form.values) || !isStringRecord(form.notes)) return undefined;
  if (!Array.isArray(form.rows) || !form.rows.every(isStringRecord)) return undefined;
  return {
    form: { templateId, header: form.header, values: form.values, notes: form.notes, rows: form.rows },
    sheetRowCount: typeof sheetRowCount === "number" && sheetRowCount >= 0 ? sheetRowCount : 0,
    savedAt: typeof savedAt === "string" ? savedAt : "",
  };
}
