import { checkTemplate, findBuiltinTemplate, type ReportTemplate } from "../../core/template";
import type { TemplateBinding } from "../../workbook/port";

/**
 * The template a sheet was made from: the JSON stored in the workbook first (so a file carries its
 * own form, even one the add-in does not ship), else the built-in of the same id; undefined when
 * neither can be had.
 */
export function resolveBoundTemplate(binding: TemplateBinding): ReportTemplate | undefined {
  let json: unknown;
  try {
    json = JSON.parse(binding.templateJson);
  } catch {
    json = undefined;
  }
  const checked = json === undefined ? undefined : checkTemplate(json, binding.sheetName);
  if (checked?.ok) return checked.template;
  return findBuiltinTemplate(binding.templateId);
}
