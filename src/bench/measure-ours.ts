import { ConsolidationRun } from "../core/consolidate";
import type { ReportTemplate } from "../core/template";
import { loadUnitInput } from "../cli/_lib/load-unit-input";

/**
 * The product's own path, as `huibao consolidate --template` takes it: each file read as the CLI reads
 * it (size check, SHA-256, intake, lean reader) and consolidated as it arrives. The audit and writing
 * the summary workbook are not part of it.
 */
export async function measureOurs(files: readonly string[], template: ReportTemplate): Promise<{ values: number }> {
  const run = new ConsolidationRun({ template });
  for (const [position, file] of files.entries()) run.add(await loadUnitInput(file, position));
  const result = run.finish();
  return { values: result.inputs.reduce((sum, input) => sum + input.valuesAccepted, 0) };
}
