import type { Indicator } from "../../../template/types";
import type { NarrativeFields } from "../../generate/narrative-fields";
import { message } from "../../../locale";
import { closestName } from "./closest-name";

export type FieldLookup = { field: Indicator } | { ambiguous: Indicator[] } | { unknown: true; hint: string };

/**
 * A field named by its key (masks) or, for the clerk's convenience, by its label (医用口罩) when only
 * one field has it. Keys win over labels; full-width and case differences in keys are forgiven.
 */
export function resolveField(name: string, fields: NarrativeFields, extraNames: readonly string[] = []): FieldLookup {
  const byKey = fields.byKey.get(name) ?? fields.all.find((field) => field.key.toLowerCase() === name.normalize("NFKC").toLowerCase());
  if (byKey) return { field: byKey };
  const byLabel = fields.all.filter((field) => field.label === name.trim());
  if (byLabel.length === 1) return { field: byLabel[0]! };
  if (byLabel.length > 1) return { ambiguous: byLabel };
  const close = closestName(name, [...fields.byKey.keys(), ...fields.all.map((field) => field.label), ...extraNames]);
  return { unknown: true, hint: close !== undefined ? message("narrative.hint.did-you-mean", { name: close }) : "" };
}
