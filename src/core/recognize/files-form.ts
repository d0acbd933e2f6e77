import { extractReport } from "../extract";
import { sharedForm, type SharedForm } from "../infer";
import type { SheetSnapshot } from "../sheet";
import type { ReportTemplate } from "../template/types";
import { dominantTemplate } from "./dominant-template";
import { leavesCellsOut } from "./leaves-cells-out";
import { recognizeTemplate } from "./recognize-template";
import type { SheetBinding } from "./sheet-binding";

export interface FilesForm {
  template: ReportTemplate;
  /** Set when the form was inferred from the files: what it was unsure of, and the files holding another form. */
  inferred?: SharedForm;
}

/**
 * The form a set of files holds, when the clerk did not name one: the known template most files hold
 * (dominantTemplate) — unless no known template fits, or files that hold one only by their title and
 * labels have rows or columns it lacks (an office's own 本期数 | 累计数 | 上年同期 form titled like a
 * built-in one): then the form most of the files share, inferred from them, provided at least as many
 * files hold it. A known form is never stretched over cells it cannot place.
 */
export function filesForm(
  files: ReadonlyArray<{ fileName: string; sheets: readonly SheetSnapshot[]; bindings?: readonly SheetBinding[] }>,
  templates: readonly ReportTemplate[],
): FilesForm | undefined {
  const known = dominantTemplate(files, templates);
  let holding = 0;
  let partly = 0;
  if (known) {
    for (const file of files) {
      // A file bound to the form holds it for certain: nothing to read again (most files of a consolidation).
      if (file.bindings?.some((b) => b.templateId === known.id)) {
        holding++;
        continue;
      }
      const found = recognizeTemplate(file.sheets, file.bindings ?? [], templates).filter((r) => r.template?.id === known.id);
      if (found.length === 0) continue;
      holding++;
      const byContent = found.filter((r) => r.how === "content");
      if (byContent.length === found.length && byContent.every((r) => leavesCellsOut(r.report ?? extractReport(known, file.sheets.find((s) => s.name === r.sheet)!))))
        partly++;
    }
    if (partly === 0) return { template: known };
  }
  const inferred = sharedForm(files.map((f) => ({ file: f.fileName, sheets: f.sheets })));
  if (inferred && inferred.files >= holding) return { template: inferred.template, inferred };
  return known ? { template: known } : undefined;
}
