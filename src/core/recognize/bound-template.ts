import { memoizeString } from "../_lib/string-memo";
import { checkTemplate } from "../template/load-template";
import type { ReportTemplate } from "../template/types";
import type { SheetBinding } from "./sheet-binding";

/**
 * A template from the JSON a workbook keeps, or undefined when it is not one. Every unit's file of
 * a consolidation carries the same JSON: it is checked once.
 */
const embeddedTemplate = memoizeString((json: string): ReportTemplate | undefined => {
  try {
    const result = checkTemplate(JSON.parse(json.replace(/^\uFEFF/, "")), "workbook");
    return result.ok ? result.template : undefined;
  } catch {
    return undefined;
  }
}, 64);

/**
 * The template a binding names: the one the caller works with when the ids agree (the template
 * being consolidated, or the one named with --template); else the JSON the workbook keeps, so a
 * copy knows its form even where the built-in has changed since — unless a known template is a later
 * version of it that says how to carry its figures over (migrations); else a known template of that id.
 * Undefined when none of them can be had.
 */
export function boundTemplate(binding: SheetBinding, known: readonly ReportTemplate[], preferred?: ReportTemplate): ReportTemplate | undefined {
  if (preferred && preferred.id === binding.templateId) return preferred;
  const embedded = binding.templateJson ? embeddedTemplate(binding.templateJson) : undefined;
  const current = known.find((t) => t.id === binding.templateId);
  if (embedded && current?.kind === "indicators" && current.migrations?.some((m) => m.from === embedded.version)) return current;
  return embedded ?? current;
}

/** The template as the workbook stores it with the binding, if its JSON is one. */
export function storedTemplate(binding: SheetBinding): ReportTemplate | undefined {
  return binding.templateJson ? embeddedTemplate(binding.templateJson) : undefined;
}
