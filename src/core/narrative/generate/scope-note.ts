import type { Indicator } from "../../template/types";
import { textPhrase } from "../spec/text-phrase";
import type { TextPhrase } from "../spec/types";

/** A field's scope note (口径说明) in brackets, to follow its figure: （含已收货未支付款项）; undefined without one. */
export function scopeNote(field: Indicator): TextPhrase | undefined {
  const note = field.scopeNote?.trim();
  if (!note) return undefined;
  return textPhrase(/^[（(].*[)）]$/.test(note) ? note : `（${note}）`);
}
