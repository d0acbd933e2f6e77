import { extractReport, migrateReport, type ExtractedReport } from "../extract";
import { cellText } from "../form/cell-text";
import { problem, type MessageCode, type Problem } from "../locale";
import type { SheetSnapshot } from "../sheet";
import { memoizeObject } from "../_lib/object-memo";
import { LEGACY_TEMPLATES } from "../template/builtin";
import type { ReportTemplate } from "../template/types";
import { boundTemplate, storedOtherVersion } from "./bound-template";
import type { SheetBinding } from "./sheet-binding";

/** How a sheet's template was recognised, or why it was not. */
export type RecognitionReason = Problem<Extract<MessageCode, `consolidate.recognize.${string}`>>;

/** Which template a sheet holds, how sure, and why. */
export interface SheetRecognition {
  sheet: string;
  /** Absent when the sheet is not recognised (below the threshold). */
  template?: ReportTemplate;
  /** "binding": the workbook's own template mark; "content": title and labels; "none": not recognised. */
  how: "binding" | "content" | "none";
  /** 1 for a binding; otherwise how much of the template's title and labels the sheet shows. */
  confidence: number;
  reason: RecognitionReason;
  /** The sheet read against the recognised template, so the caller need not read it again. */
  report?: ExtractedReport;
}

export interface RecognizeOptions {
  /** Confidence below which a sheet is "not recognised"; 0.5 by default. */
  threshold?: number;
  /** The template the caller works with (the one being consolidated): a binding of its id means it, whatever JSON the file keeps. */
  preferred?: ReportTemplate;
}

const DEFAULT_THRESHOLD = 0.5;
const TITLE_ROWS = 5;
/** How much a title that is only like the template's adds to a partial match of labels. */
const TITLE_WEIGHT = 0.3;

/**
 * Labels decide; a title decides more when it is the template's own: a sheet titled 复工复产统计表
 * showing one class of five (a fifth of the labels) is that table, partly filled in.
 */
function confidenceOf(labels: number, title: number, found: number): number {
  if (found === 0) return 0;
  if (title === 1) return Math.max(labels, 0.5 + 0.5 * labels);
  return Math.max(labels, TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * labels);
}

function plain(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

function bigrams(text: string): Set<string> {
  const chars = [...text];
  return new Set(chars.slice(1).map((c, i) => chars[i] + c));
}

/** 1 when a text of the sheet's top rows (or its name) contains a title of the template; else the best likeness. */
function titleScore(sheet: SheetSnapshot, template: ReportTemplate): number {
  const titles = [template.title, ...(template.aliases ?? [])].map(plain).filter(Boolean);
  const texts = [sheet.name, ...sheet.rows.slice(0, TITLE_ROWS).flatMap((cells) => cells.filter((c) => typeof c === "string").map((c) => cellText(c)))]
    .map(plain)
    .filter(Boolean);
  let best = 0;
  for (const text of texts) {
    for (const title of titles) {
      if (text.includes(title)) return 1;
      const a = bigrams(text);
      const b = bigrams(title);
      const shared = [...b].filter((g) => a.has(g)).length;
      if (a.size && b.size) best = Math.max(best, (2 * shared) / (a.size + b.size));
    }
  }
  return best;
}

function labelCounts(template: ReportTemplate, report: ExtractedReport): { found: number; total: number } {
  const total = template.kind === "indicators" ? Object.keys(report.indicators).length + report.missing.length : template.columns.length;
  return { found: total - report.missing.length, total };
}

function isEmpty(sheet: SheetSnapshot): boolean {
  return sheet.rows.every((cells) => cells.every((c) => c === null || (typeof c === "string" && c.trim() === "")));
}

/**
 * A bound sheet read against its template. Made from an earlier version than the template worked with
 * now (the one the workbook stores), it is read as that version laid it out and told in today's keys by
 * today's migration; without a migration from that version, read against today's template by its labels.
 */
function readBound(sheet: SheetSnapshot, binding: SheetBinding, bound: ReportTemplate): ExtractedReport {
  const stored = storedOtherVersion(binding, bound);
  const migrated = stored ? migrateReport(extractReport(stored, sheet), stored, bound) : undefined;
  return migrated ?? extractReport(bound, sheet);
}

/**
 * Earlier versions of the templates, each with the current one its figures migrate to. A consolidation
 * recognises every file against the same list of templates: worked out once per list, not per file.
 */
const predecessorsOf = memoizeObject((templates: readonly ReportTemplate[]): ReadonlyArray<{ earlier: ReportTemplate; current: ReportTemplate }> =>
  LEGACY_TEMPLATES.flatMap((earlier) => {
    const current = templates.find((t) => t.id === earlier.id && t.kind === "indicators" && t.migrations?.some((m) => m.from === earlier.version));
    return current ? [{ earlier, current }] : [];
  }),
);

/**
 * The template of each sheet of a file (very hidden sheets, such as the add-in's metadata, are
 * skipped). A sheet bound to a template in the workbook's metadata is that template for certain;
 * otherwise each known template is tried: the share of its labels (indicators or ledger columns)
 * found on the sheet, raised by a matching title. The best template at or above the threshold wins;
 * ties go to the one with more labels found, then to the earlier in `templates`.
 *
 * A hidden sheet that is not bound is never taken: units keep last period's copy or working figures
 * on hidden sheets, and the clerk must be able to see what is counted (validate --template also looks
 * at visible sheets only). It comes back unrecognised, saying which form it looks like, so a file
 * whose only form is hidden is rejected with a reason that tells the clerk to unhide it.
 */
export function recognizeTemplate(
  sheets: readonly SheetSnapshot[],
  bindings: readonly SheetBinding[],
  templates: readonly ReportTemplate[],
  options: RecognizeOptions = {},
): SheetRecognition[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const predecessors = predecessorsOf(templates);
  return sheets
    .filter((sheet) => sheet.visibility !== "veryHidden")
    .map((sheet) => {
      const binding = bindings.find((b) => b.sheetName === sheet.name);
      const bound = binding ? boundTemplate(binding, templates, options.preferred) : undefined;
      if (binding && bound) {
        return {
          sheet: sheet.name,
          template: bound,
          how: "binding" as const,
          confidence: 1,
          reason: problem("consolidate.recognize.binding", { template: bound.title, sheet: sheet.name }),
          report: readBound(sheet, binding, bound),
        };
      }
      if (isEmpty(sheet)) return { sheet: sheet.name, how: "none" as const, confidence: 0, reason: problem("consolidate.recognize.empty", { sheet: sheet.name }) };

      let best: { template: ReportTemplate; report: ExtractedReport; confidence: number; title: number; found: number; total: number } | undefined;
      // The current templates first, so that a tie goes to today's form; then earlier versions, read as
      // they were laid out and told in today's keys.
      const candidates = [...templates.map((template) => ({ read: template, as: template })), ...predecessors.map((p) => ({ read: p.earlier, as: p.current }))];
      for (const { read, as: template } of candidates) {
        const asRead = extractReport(read, sheet);
        const { found, total } = labelCounts(read, asRead);
        const report = read === template ? asRead : migrateReport(asRead, read, template);
        if (!report) continue;
        const labels = total > 0 ? found / total : 0;
        const title = titleScore(sheet, template);
        const confidence = confidenceOf(labels, title, found);
        if (!best || confidence > best.confidence || (confidence === best.confidence && found > best.found)) {
          best = { template, report, confidence, title, found, total };
        }
      }
      if (sheet.visibility === "hidden") {
        const looksLike = best && best.confidence >= threshold ? { looksLike: best.template.title } : {};
        return { sheet: sheet.name, how: "none" as const, confidence: best?.confidence ?? 0, reason: problem("consolidate.recognize.hidden", { sheet: sheet.name, ...looksLike }) };
      }
      if (!best || best.confidence < threshold) {
        const detail = best && best.found > 0 ? { best: best.template.title, found: best.found, total: best.total } : { found: 0, total: 0 };
        return { sheet: sheet.name, how: "none" as const, confidence: best?.confidence ?? 0, reason: problem("consolidate.recognize.none", { sheet: sheet.name, ...detail }) };
      }
      return {
        sheet: sheet.name,
        template: best.template,
        how: "content" as const,
        confidence: Math.round(best.confidence * 100) / 100,
        reason: problem("consolidate.recognize.content", { template: best.template.title, found: best.found, total: best.total, titleMatched: best.title === 1 }),
        report: best.report,
      };
    });
}
