import type { Indicator } from "../../template/types";
import { formatChange } from "../format/format-change";
import { entityPhrase } from "../spec/entity-phrase";
import type { EntityPhrase } from "../spec/types";
import { fieldTotal } from "./field-total";
import type { NarrativeInput } from "./narrative-input";
import { previousFigure } from "./previous-figure";

/**
 * A figure against the previous summary: 比上期增长12.3%, 比上期下降1.5个百分点 for a rate,
 * 与上期基本持平. `compareTo` names the earlier figure (default 上期; 上年同期 when the previous
 * figures are last year's). Undefined when either figure is missing, or the earlier one is 0 and the
 * current is not (a growth from nothing has no percentage).
 */
export function changePhrase(field: Indicator, input: NarrativeInput, compareTo = "上期"): EntityPhrase | undefined {
  const current = fieldTotal(field, input);
  const previous = previousFigure(field, input);
  const points = field.kind === "percent";
  const change = formatChange(current?.value, previous, { kind: points ? "points" : "relative", compareTo });
  return change && entityPhrase("change", change, { unit: points ? "个百分点" : "%", indicatorKey: field.key });
}
