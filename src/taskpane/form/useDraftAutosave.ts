import { useEffect, useRef } from "react";
import type { DraftKey, DraftStore, FormDraft } from "../drafts";
import type { FormModel } from "./form-reducer";

/**
 * Keep the form's unsaved content as a draft: written shortly after each change (debounced, so
 * typing is not slowed by storage), flushed at once when the form unmounts or the page is hidden
 * (the pane closing), and cleared once the content matches the sheet again (saved or read).
 */
export function useDraftAutosave(store: DraftStore, key: DraftKey, model: FormModel, delayMs = 400): void {
  const pending = useRef<{ key: DraftKey; draft: FormDraft } | undefined>(undefined);

  useEffect(() => {
    if (!model.dirty) {
      pending.current = undefined;
      store.clear(key);
      return;
    }
    const entry = { key, draft: { form: model.form, sheetRowCount: model.sheetRowCount, savedAt: model.changedAt } };
    pending.current = entry;
    const timer = setTimeout(() => {
      store.save(entry.key, entry.draft);
      if (pending.current === entry) pending.current = undefined;
    }, delayMs);
    return () => clearTimeout(timer);
  }, [store, key, model.dirty, model.form, model.sheetRowCount, model.changedAt, delayMs]);

  useEffect(() => {
    const flush = () => {
      const entry = pending.current;
      pending.current = undefined;
      if (entry) store.save(entry.key, entry.draft);
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [store]);
}
