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

/** The id and version a template's JSON states, read without checking the rest; undefined when it is not JSON of an object. */
const statedIdentity = memoizeString((json: string): { id: unknown; version: unknown } | undefined => {
  try {
    const parsed: unknown = JSON.parse(json.replace(/^\uFEFF/, ""));
    if (parsed === null || typeof parsed !== "object") return undefined;
    const { id, version } = parsed as Record<string, unknown>;
    return { id, version };
  } catch {
    return undefined;
  }
}, 64);

/**
 * The template as the workbook stores it with the binding, when it is another version of `current`: the
 * sheet is then laid out as that version was. A checked template keeps the id and version its JSON
 * states, so a JSON stating another id or current's own version is not one, without checking the rest:
 * every file made from today's form (nearly all of a consolidation) is read without the template schema.
 */
export function storedOtherVersion(binding: SheetBinding, current: ReportTemplate): ReportTemplate | undefined {
  if (!binding.templateJson) return undefined;
  const stated = statedIdentity(binding.templateJson);
  if (!stated || stated.id !== current.id || stated.version === current.version) return undefined;
  const stored = embeddedTemplate(binding.templateJson);
  return stored && stored.id === current.id && stored.version !== current.version ? stored : undefined;
}
