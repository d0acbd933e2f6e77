import type { Indicator } from "../../../template/types";
import type { NarrativeFields } from "../../generate/narrative-fields";
import { message } from "../../../locale";
import { isChineseName } from "./chinese-names";
import { closestName } from "./closest-name";

export type FieldLookup = { field: Indicator } | { ambiguous: Indicator[] } | { unknown: true; hint: string };

/**
 * A field named as the form names it — its label (医用口罩) when only one field has it, or its full name
 * (规上工业·企业总数, 医用口罩·累计) — or by its key (masks), which templates written before the Chinese
 * names still use. Keys win over labels; full-width and case differences in keys are forgiven. A name
 * not found gets a hint in the language it was written in: a Chinese name is never answered with a key.
 */
export function resolveField(name: string, fields: NarrativeFields, extraNames: readonly string[] = []): FieldLookup {
  const byKey = fields.byKey.get(name) ?? fields.all.find((field) => field.key.toLowerCase() === name.normalize("NFKC").toLowerCase());
  if (byKey) return { field: byKey };
  const byName = fields.byName.get(name.trim());
  if (byName) return { field: byName };
  const byLabel = fields.all.filter((field) => field.label === name.trim());
  if (byLabel.length === 1) return { field: byLabel[0]! };
  if (byLabel.length > 1) return { ambiguous: byLabel };
  const chinese = isChineseName(name);
  const known = chinese ? [...fields.all.map((field) => field.label), ...fields.byName.keys()] : [...fields.byKey.keys()];
  const close = closestName(name, [...known, ...extraNames]);
  return { unknown: true, hint: close !== undefined ? message("narrative.hint.did-you-mean", { name: close }) : "" };
}
