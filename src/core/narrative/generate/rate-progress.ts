import type { Indicator } from "../../template/types";
import { textPhrase } from "../spec/text-phrase";
import type { Phrase } from "../spec/types";
import { mergeText } from "./merge-text";
import { fieldTotal } from "./field-total";
import { figurePhrase } from "./figure-phrase";
import type { ItemWords } from "./item-words";
import { itemName } from "./_lib/item-phrases";
import type { NarrativeFields } from "./narrative-fields";
import type { NarrativeInput } from "./narrative-input";

/**
 * A rate told with its parts (domain.md §6), from the rate's formula: 应返岗5200人，已返岗4800人，
 * 人员复工率为92.3% when the numerator's name starts with 已 (已复工, 已返岗); otherwise the two parts by
 * name: 信息报送120篇，采用80篇，采用率为66.7%. `verb` joins the rate (为, or 达到). A rate past its limit
 * is left out and the parts told alone. Undefined when the field has no formula or a part has no
 * figure, or the denominator is 0.
 */
export function rateProgress(field: Indicator, fields: NarrativeFields, input: NarrativeInput, words: ItemWords = {}, verb: "为" | "达到" = "为"): Phrase[] | undefined {
  const numeratorField = field.formula && fields.byKey.get(field.formula.numerator);
  const denominatorField = field.formula && fields.byKey.get(field.formula.denominator);
  if (!numeratorField || !denominatorField) return undefined;
  const numerator = fieldTotal(numeratorField, input);
  const denominator = fieldTotal(denominatorField, input);
  if (!numerator || !denominator || denominator.value === 0) return undefined;
  const rate = fieldTotal(field, input);
  const numeratorName = itemName(numeratorField, words);
  const done = /^已./.test(numeratorName) ? numeratorName.slice(1) : undefined;
  const style = { template: input.template };
  return mergeText([
    textPhrase(done !== undefined ? `应${done}` : itemName(denominatorField, words)),
    figurePhrase(denominatorField, denominator, style),
    textPhrase(`，${numeratorName}`),
    figurePhrase(numeratorField, numerator, style),
    ...(rate ? [textPhrase(`，${itemName(field, words)}${verb}`), figurePhrase(field, rate, style)] : []),
  ]);
}
