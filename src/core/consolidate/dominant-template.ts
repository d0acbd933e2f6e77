import type { SheetSnapshot } from "../sheet";
import type { ReportTemplate } from "../template/types";
import { recognizeTemplate } from "./recognize-template";
import type { InputBinding } from "./unit-input";

/**
 * The form most of the files hold, when the clerk did not name one: each file's sheets are
 * recognised (bindings first, then title and labels) and the template found in most files wins;
 * ties go to the earlier template in `templates`.
 */
export function dominantTemplate(
  files: ReadonlyArray<{ sheets: readonly SheetSnapshot[]; bindings?: readonly InputBinding[] }>,
  templates: readonly ReportTemplate[],
): ReportTemplate | undefined {
  const votes = new Map<ReportTemplate, number>();
  for (const file of files) {
    const found = new Set(recognizeTemplate(file.sheets, file.bindings ?? [], templates).flatMap((r) => (r.template ? [r.template] : [])));
    for (const template of found) votes.set(template, (votes.get(template) ?? 0) + 1);
  }
  let best: ReportTemplate | undefined;
  for (const [template, count] of votes) if (!best || count > votes.get(best)!) best = template;
  return best;
}
