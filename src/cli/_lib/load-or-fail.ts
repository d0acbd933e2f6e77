import type { Problem } from "../../core/locale";
import type { WorkbookContent } from "../../core/recognize";
import { WorkbookError } from "../../workbook";
import { loadWorkbookFile } from "./load-workbook-file";

/** A workbook a command cannot do without: a file that cannot be used ends the command (exit 2). */
export async function loadOrFail(path: string): Promise<{ content: WorkbookContent; notes: Problem[] }> {
  const loaded = await loadWorkbookFile(path);
  if (!loaded.ok) throw new WorkbookError(loaded.code, { problem: loaded.problem });
  return { content: loaded.content, notes: loaded.notes };
}
