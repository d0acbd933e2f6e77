import { problem } from "../locale";
import type { SheetSnapshot } from "../sheet";
import type { IndicatorTemplate } from "../template/types";
import { inferTemplate } from "./infer-template";
import type { InferNote } from "./infer-note";

/** The form most files share, inferred from them, and the files that hold another. */
export interface SharedForm {
  template: IndicatorTemplate;
  /** What the inference was not sure of, on the first file holding the form. */
  notes: InferNote[];
  /** How many files hold it. */
  files: number;
  /**
   * A file whose sheets hold another form (or none that can be inferred), named for the clerk to check: the
   * consolidation reads it against this form like any file, by its labels, and what does not match is
   * reported and not counted — the file is never taken for this form as it stands.
   */
  others: InferNote[];
}

function isBlank(sheet: SheetSnapshot): boolean {
  return sheet.rows.every((cells) => cells.every((c) => c === null || (typeof c === "string" && c.trim() === "")));
}

/**
 * The form the files share when none is known: each visible sheet of each file inferred, the form
 * (rows and columns, titles aside) found in most files taken — of equals, the first met. A file none
 * of whose sheets holds it is named in `others` (see there). Undefined when no sheet of any file reads
 * as a form.
 */
export function sharedForm(files: ReadonlyArray<{ file: string; sheets: readonly SheetSnapshot[] }>): SharedForm | undefined {
  const votes = new Map<string, { template: IndicatorTemplate; notes: InferNote[]; count: number }>();
  const formsOf = files.map((file) => {
    const ids = new Set<string>();
    for (const sheet of file.sheets.filter((s) => s.visibility === "visible" && !isBlank(s))) {
      const outcome = inferTemplate(sheet);
      if (!outcome.ok || ids.has(outcome.template.id)) continue;
      ids.add(outcome.template.id);
      const vote = votes.get(outcome.template.id) ?? { template: outcome.template, notes: outcome.notes.map((n) => ({ ...n, file: file.file })), count: 0 };
      vote.count++;
      votes.set(outcome.template.id, vote);
    }
    return ids;
  });
  let best: { template: IndicatorTemplate; notes: InferNote[]; count: number } | undefined;
  for (const vote of votes.values()) if (!best || vote.count > best.count) best = vote;
  if (!best) return undefined;
  const others: InferNote[] = [];
  files.forEach((file, i) => {
    if (formsOf[i].has(best.template.id)) return;
    const sheet = file.sheets.find((s) => s.visibility === "visible")?.name ?? "";
    others.push({ sheet, problem: problem("infer.differs", { file: file.file, sheet, form: best.template.title }) });
  });
  return { template: best.template, notes: best.notes, files: best.count, others };
}
