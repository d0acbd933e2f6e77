import { basename } from "node:path";
import type { UnitInput } from "../../core/consolidate";
import { loadWorkbookFile } from "./load-workbook-file";

/**
 * A unit's file as consolidation takes it: its sheets and template bindings, ordered by the time it
 * was saved (a resubmission is the later file), or, when it cannot be read, the reason why, in the
 * place `position` gives it among the files.
 */
export async function loadUnitInput(path: string, position: number, options: { signal?: AbortSignal } = {}): Promise<UnitInput> {
  const loaded = await loadWorkbookFile(path, options);
  const fileName = basename(path);
  if (!loaded.ok) return { fileName, order: position, error: { code: loaded.code, problem: loaded.problem } };
  const bindings = loaded.content.bindings.map((b) => ({ templateVersion: "", templateJson: "", ...b }));
  return { fileName, order: loaded.modified, sha256: loaded.sha256, sheets: [...loaded.content.sheets], bindings };
}
