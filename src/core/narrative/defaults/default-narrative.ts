import type { ReportTemplate } from "../../template/types";
import { PROPAGANDA_NARRATIVE } from "./propaganda.narrative";
import { PUBLICITY_NARRATIVE } from "./publicity.narrative";
import { RECTIFICATION_NARRATIVE } from "./rectification.narrative";
import { RESUMPTION_NARRATIVE } from "./resumption.narrative";
import { SCREENING_NARRATIVE } from "./screening.narrative";
import { SUPPLIES_NARRATIVE } from "./supplies.narrative";

/** The default narrative template of each built-in report template, by template id. */
export const DEFAULT_NARRATIVES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  supplies: SUPPLIES_NARRATIVE,
  publicity: PUBLICITY_NARRATIVE,
  screening: SCREENING_NARRATIVE,
  resumption: RESUMPTION_NARRATIVE,
  propaganda: PROPAGANDA_NARRATIVE,
  rectification: RECTIFICATION_NARRATIVE,
});

/**
 * The narrative template a clerk starts from: the built-in one for a built-in template (by id), else
 * a general one — who reported, then each section's figures as 一是…；二是… (a single section as one
 * chain), or a ledger's scope and progress.
 */
export function defaultNarrativeFor(template: ReportTemplate): readonly string[] {
  const builtin = DEFAULT_NARRATIVES[template.id];
  if (builtin) return builtin;
  const when = template.periodKind === "as-of" ? "[截至{截至时间|时间(不含年)}，]" : "[{报告期}，]";
  const reporting = `${when}{地区}{单位|报送情况}`;
  if (template.kind === "ledger") return [reporting, "{台账|范围}，{台账|进度}"];
  return template.sections.length > 1 ? [reporting, "{地区}主要情况如下：{各分组|分述}"] : [reporting, "{地区}{各分组|串述}"];
}
