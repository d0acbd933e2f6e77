import type { consolidateZh } from "../zh-CN/consolidate";

const inFileEn = (file?: string): string => (file ? `File "${file}"` : "The file");
const RULE_WORDS = { "report-date": "later report date", order: "later file" } as const;

export const consolidateEn: typeof consolidateZh = {
  "consolidate.roster.no-head": (p) =>
    `Sheet "${p.sheet}" does not look like a roster: no "单位名称" (unit name) column in its first ${p.rows} rows. A roster needs a head row with 单位名称, and may add 别名 (aliases) and 上级单位 (parent).`,
  "consolidate.roster.empty": (p) => `Sheet "${p.sheet}" lists no units under its unit-name column (${p.cell}).`,
  "consolidate.roster.duplicate-name": (p) =>
    `Roster "${p.sheet}" ${p.cell}: "${p.name}" is the same unit as "${p.other}" at ${p.first} (same name or alias); the row was left out.`,
  "consolidate.roster.alias-taken": (p) => `Roster "${p.sheet}" ${p.cell}: alias "${p.alias}" already belongs to "${p.other}", so it is not kept for "${p.unit}".`,

  "consolidate.input.unreadable": (p) => `${inFileEn(p.file)} cannot be read: ${p.detail}`,
  "consolidate.input.no-sheets": (p) => `${inFileEn(p.file)} has no readable sheet`,
  "consolidate.input.not-recognised": (p) => `${inFileEn(p.file)} does not hold "${p.template}" (${p.detail}); not used`,
  "consolidate.input.other-template": (p) =>
    `Sheet "${p.sheet}" of ${p.file ? `file "${p.file}"` : "the file"} is ${p.sheet === p.other ? "another form" : `"${p.other}"`}, not "${p.template}" being consolidated; not used`,
  "consolidate.input.superseded": (p) => `"${p.unit}" also sent "${p.kept}" (${RULE_WORDS[p.rule]}); this file${p.file ? ` "${p.file}"` : ""} is not used`,
  "consolidate.input.outside-roster": (p) => `The reporting unit "${p.unit}" of ${p.file ? `file "${p.file}"` : "the file"} is not on the roster; not used`,

  "consolidate.value.sheet-unit-converted": (p) => `the sheet's unit is "${p.from}": ${p.raw}${p.from} counted as ${p.value}${p.to}`,
  "consolidate.value.unit-mismatch": (p) => `unit mismatch: the sheet says "${p.unit}", the template "${p.fieldUnit}"; "${p.raw}" cannot be converted`,
  "consolidate.value.input-rejected": (p) => `its file is not used: ${p.reason}`,

  "consolidate.finding.value-rejected": (p) => `"${p.label}" (${p.cell}) not counted: ${p.reason}`,
  "consolidate.finding.value-converted": (p) => `"${p.label}" (${p.cell}): ${p.note}`,
  "consolidate.finding.unit-taken-as-is": (p) =>
    `"${p.label}" (${p.cell}) is in "${p.unit}", the template uses "${p.fieldUnit}"; counted as written, please verify`,
  "consolidate.finding.unmatched-label": (p) =>
    `"${p.label}" (${p.cell}) matches no indicator of the template and is not counted; is it another spelling of one?`,
  "consolidate.finding.missing-indicators": (p) => `${p.count} indicator(s) not found on the sheet (treated as not reported): ${p.labels}`,
  "consolidate.finding.nothing-reported": () => "every indicator is blank; not counted as a zero report (write 0 if there is nothing to report)",
  "consolidate.finding.unit-outside-roster": (p) => `reporting unit "${p.unit}" is not on the roster; counted, please verify`,
  "consolidate.finding.unit-fuzzy": (p) => `reporting unit "${p.written}" taken as the roster's similar "${p.unit}"; please verify`,
  "consolidate.finding.unit-from-file-name": (p) => `no reporting unit on the form; taken as "${p.unit}" from the file name "${p.file}"`,
  "consolidate.finding.unit-unknown": (p) => `no reporting unit on the form and none recognisable in the file name; counted as "${p.unit}", please verify`,
  "consolidate.finding.unit-by-file-name": (p) => `reporting unit "${p.written}" is not on the roster; taken as "${p.unit}" from the file name "${p.file}", please verify`,
  "consolidate.finding.unit-conflict": (p) =>
    `reporting unit "${p.written}" is "${p.byHeader}" but the file name "${p.file}" suggests "${p.byFile}"; counted as the former, please verify`,
  "consolidate.finding.duplicate": (p) => `"${p.unit}" sent several files: "${p.kept}" used (${RULE_WORDS[p.rule]}), "${p.dropped}" not used`,
  "consolidate.finding.period-differs": (p) => `period "${p.period}" differs from most units' "${p.majority}"`,
  "consolidate.finding.file-rejected": (p) => p.reason,

  "consolidate.how.binding": () => "template mark",
  "consolidate.how.content": (p) => `by content (${Math.round(p.confidence * 100)}%)`,

  "consolidate.unit-how.exact": () => "same name",
  "consolidate.unit-how.alias": () => "alias",
  "consolidate.unit-how.normalized": () => "same name once normalised",
  "consolidate.unit-how.fuzzy": () => "similar name",
  "consolidate.unit-how.outside-roster": () => "not on roster",
  "consolidate.unit-how.no-roster": () => "",

  "consolidate.severity.error": () => "error",
  "consolidate.severity.verify": () => "verify",
  "consolidate.severity.hint": () => "hint",

  "consolidate.status.accepted": () => "used",
  "consolidate.status.rejected": () => "not used",

  "consolidate.note.approximate": () => "some units reported approximate figures",
  "consolidate.note.approximate-hedged": (p) => `some units reported approximate figures; the total is written with “${p.qualifier}”`,
  "consolidate.note.held-by": (p) => `${p.unit}`,
  "consolidate.note.recomputed": () => "recomputed from the totals",
  "consolidate.note.per-unit": (p) => `${p.unit}: ${p.text}`,
  "consolidate.note.more": (p) => `and ${p.count} more`,
  "consolidate.note.uncounted": (p) => `without ${p.units}${p.count > 1 ? ` (${p.count} units)` : ""} (not counted, see the findings)`,
  "consolidate.note.of-columns": (p) => `${p.columns}: ${p.note}`,

  "consolidate.sheet.total": () => "Total",
  "consolidate.sheet.detail": () => "By unit",
  "consolidate.sheet.missing": () => "Missing units",
  "consolidate.sheet.findings": () => "Audit",
  "consolidate.sheet.sources": () => "Sources",

  "consolidate.title.detail": (p) => `${p.template}: by unit`,
  "consolidate.title.missing": (p) => `${p.template}: missing units (${p.count} of ${p.expected} on the roster)`,
  "consolidate.title.findings": (p) => `${p.template}: audit`,
  "consolidate.title.sources": (p) => `${p.template}: sources`,

  "consolidate.head.serial": () => "No.",
  "consolidate.head.unit": () => "Unit",
  "consolidate.head.source-unit": () => "Source unit",
  "consolidate.head.rank": (p) => `Rank (${p.indicator})`,
  "consolidate.head.total-row": () => "Total",
  "consolidate.head.rows": () => "Rows",
  "consolidate.head.done": () => "Done",
  "consolidate.head.done-rate": () => "Done (%)",
  "consolidate.head.unknown-status": () => "Status blank or unknown",
  "consolidate.head.zero-reports": (p) => `Zero reports (${p.count})`,
  "consolidate.head.name": () => "Name",
  "consolidate.head.parent": () => "Parent",
  "consolidate.head.file": () => "File",
  "consolidate.head.severity": () => "Severity",
  "consolidate.head.place": () => "Cell",
  "consolidate.head.indicator": () => "Indicator",
  "consolidate.head.explanation": () => "Explanation",
  "consolidate.head.template": () => "Template",
  "consolidate.head.recognised-by": () => "Recognised by",
  "consolidate.head.unit-how": () => "Unit found by",
  "consolidate.head.status": () => "Status",
  "consolidate.head.read": () => "Read",
  "consolidate.head.accepted": () => "Accepted",
  "consolidate.head.converted": () => "Converted",
  "consolidate.head.rejected": () => "Rejected",
  "consolidate.head.blank": () => "Blank",
  "consolidate.head.reasons": () => "Reasons",
  "consolidate.head.sha256": () => "SHA-256",

  "consolidate.none.missing": () => "Every unit on the roster has reported",
  "consolidate.none.findings": () => "No findings",
  "consolidate.none.roster": () => "No roster given; missing units cannot be told",

  "consolidate.value.conversion-overflow": (p) =>
    `"${p.raw}" converted from this sheet's unit "${p.from}" to "${p.to}" is beyond the range that can be computed, so it was not counted; check the figure and its unit`,
};
