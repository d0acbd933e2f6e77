import type { SheetSnapshot } from "../sheet";
import type { ReportTemplate } from "../template/types";
import { recognizeTemplate } from "./recognize-template";
import type { SheetBinding } from "./sheet-binding";

/**
 * The form most of the files hold, when the clerk did not name one: each file's sheets are
 * recognised (bindings first, then title and labels) and the template found in most files wins,
 * counted by id, so files that each keep their own copy of a form's JSON vote together; of equals,
 * the one found first wins. A known template stands for the files' copies of the same id.
 */
export function dominantTemplate(
  files: ReadonlyArray<{ sheets: readonly SheetSnapshot[]; bindings?: readonly SheetBinding[] }>,
  templates: readonly ReportTemplate[],
): ReportTemplate | undefined {
  const votes = new Map<string, { template: ReportTemplate; count: number }>();
  for (const file of files) {
    const found = new Map(recognizeTemplate(file.sheets, file.bindings ?? [], templates).flatMap((r) => (r.template ? [[r.template.id, r.template] as const] : [])));
    for (const [id, template] of found) {
      const vote = votes.get(id) ?? { template: templates.find((t) => t.id === id) ?? template, count: 0 };
      vote.count++;
      votes.set(id, vote);
    }
  }
  let best: { template: ReportTemplate; count: number } | undefined;
  for (const vote of votes.values()) if (!best || vote.count > best.count) best = vote;
  return best?.template;
}
