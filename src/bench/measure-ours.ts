import { consolidate, type UnitInput } from "../core/consolidate";
import type { ReportTemplate } from "../core/template";
import { loadWorkbookFile } from "../cli/_lib/load-workbook-file";

/** The product's own path: read each file as the CLI does (size check, SHA-256, intake, lean reader), then consolidate. */
export async function measureOurs(files: readonly string[], template: ReportTemplate): Promise<{ values: number }> {
  const inputs: UnitInput[] = [];
  for (const [order, file] of files.entries()) {
    const loaded = await loadWorkbookFile(file);
    inputs.push(
      loaded.ok
        ? { fileName: file, order, sha256: loaded.sha256, sheets: [...loaded.content.sheets], bindings: loaded.content.bindings.map((b) => ({ templateVersion: "", templateJson: "", ...b })) }
        : { fileName: file, order, error: { code: loaded.code, message: loaded.message } },
    );
  }
  const result = consolidate(inputs, { template });
  return { values: result.inputs.reduce((sum, input) => sum + input.valuesAccepted, 0) };
}
