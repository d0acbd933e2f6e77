import type { ReportTemplate } from "../types";
import { shippedTemplates, type BuiltinSource } from "./_lib/builtin-source";
import propaganda from "./legacy/propaganda-1.0.0.template.json";
import publicity from "./legacy/publicity-1.0.0.template.json";
import resumption from "./legacy/resumption-1.0.0.template.json";
import screening from "./legacy/screening-1.0.0.template.json";
import supplies from "./legacy/supplies-1.0.0.template.json";

/** The shipped files of the earlier versions, checked like the built-ins (checkBuiltins, "versioned"). */
export const LEGACY_SOURCES: readonly BuiltinSource[] = Object.freeze([
  { file: "supplies-1.0.0.template.json", json: supplies },
  { file: "publicity-1.0.0.template.json", json: publicity },
  { file: "screening-1.0.0.template.json", json: screening },
  { file: "resumption-1.0.0.template.json", json: resumption },
  { file: "propaganda-1.0.0.template.json", json: propaganda },
]);

/**
 * Earlier versions of the built-in templates, exactly as they shipped: units keep filling last year's
 * form (or copy it without the add-in's mark), so a sheet is also tried against these, and what it says
 * is carried into the current version by that version's migration (see migrate-report.ts).
 */
export const LEGACY_TEMPLATES: readonly ReportTemplate[] = shippedTemplates(LEGACY_SOURCES);
