import type { ReportTemplate } from "../types";
import { shippedTemplates, type BuiltinSource } from "./_lib/builtin-source";
import propaganda from "./propaganda.template.json";
import publicity from "./publicity.template.json";
import rectification from "./rectification.template.json";
import resumption from "./resumption.template.json";
import screening from "./screening.template.json";
import supplies from "./supplies.template.json";

/** The shipped files of the built-in templates, checked by the schema at build and test time (checkBuiltins). */
export const BUILTIN_SOURCES: readonly BuiltinSource[] = Object.freeze([
  { file: "supplies.template.json", json: supplies },
  { file: "publicity.template.json", json: publicity },
  { file: "screening.template.json", json: screening },
  { file: "resumption.template.json", json: resumption },
  { file: "propaganda.template.json", json: propaganda },
  { file: "rectification.template.json", json: rectification },
]);

/**
 * The report templates (表式) shipped with the product, in the order offered to a clerk: the
 * epidemic command office's four daily tables, the propaganda department's half-year table, and the
 * rectification ledger.
 */
export const BUILTIN_TEMPLATES: readonly ReportTemplate[] = shippedTemplates(BUILTIN_SOURCES);

/** The built-in template with this id, if there is one. */
export function findBuiltinTemplate(id: string): ReportTemplate | undefined {
  return BUILTIN_TEMPLATES.find((template) => template.id === id);
}
