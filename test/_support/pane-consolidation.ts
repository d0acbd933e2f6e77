import { readUnitFile } from "../../src/taskpane/consolidate/read-unit-file";
import type { ConsolidationRequest, PickedSource } from "../../src/taskpane/consolidate/run-consolidation";
import { smallIndicatorTemplate, smallLedgerTemplate } from "./template-factory";
import { unitWorkbookBytes } from "./unit-file-factory";

/** The pane's consolidation in tests: the small indicator table, among the templates beside a ledger. */
export const paneTemplate = smallIndicatorTemplate();
export const paneTemplates = [smallLedgerTemplate(), paneTemplate];

/** A unit's workbook as picked in the pane: the small indicator table with 填报单位 `unit` and its 企业总数. */
export async function paneUnitFile(unit: string, total: string, name = `${unit}.xlsx`): Promise<File> {
  const bytes = await unitWorkbookBytes(paneTemplate, { unit, period: "2020年2月20日24时" }, { total });
  return new File([bytes as BlobPart], name, { lastModified: 1000 });
}

/** A request with the page's own reader, no cancel and no progress unless told. */
export function paneRequest(extra: Partial<ConsolidationRequest>): ConsolidationRequest {
  return { sources: [], templates: paneTemplates, readFile: readUnitFile, signal: new AbortController().signal, onProgress: () => undefined, ...extra };
}

/** The files as sources, with a 取消 as soon as the first step is heard; `names` collects every step heard. */
export function cancelledOnFirstStep(files: File[], controller: AbortController, names: string[]): Partial<ConsolidationRequest> {
  return {
    sources: files.map((file): PickedSource => ({ kind: "file", file })),
    signal: controller.signal,
    onProgress: (_done, _total, name) => {
      names.push(name);
      controller.abort();
    },
  };
}
