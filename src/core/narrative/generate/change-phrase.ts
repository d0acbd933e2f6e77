import type { Indicator } from "../../template/types";
import { formatChange } from "../format/format-change";
import { formatDate } from "../format/format-date";
import { COMPARISON_WORDS, flatBelowFor, periodRelation, TIMES_FROM } from "../register/comparison";
import { entityPhrase } from "../spec/entity-phrase";
import type { EntityPhrase } from "../spec/types";
import { fieldTotal } from "./field-total";
import type { NarrativeInput } from "./narrative-input";
import { previousFigure } from "./previous-figure";

/**
 * A figure against the previous summary (domain.md §6): the periods decide the words — 同比增长12.3%
 * against the same period a year before, 环比下降5% against the period just before, 比上期… otherwise
 * (see periodRelation) — a rate's change is in 个百分点, a small change is 基本持平 (the template's
 * thresholds), and a rise from 100% up is in times (增长1.1倍, 翻一番). `compareTo` names the earlier
 * figure instead (比上月增长…). Undefined when either figure is missing, or the earlier one is 0 and the
 * current is not (a growth from nothing has no percentage).
 */
export function changePhrase(field: Indicator, input: NarrativeInput, compareTo?: string): EntityPhrase | undefined {
  const current = fieldTotal(field, input);
  const previous = previousFigure(field, input);
  const points = field.kind === "percent";
  const flatBelow = flatBelowFor(input.template);
  const change = formatChange(current?.value, previous, {
    kind: points ? "points" : "relative",
    flatThreshold: points ? flatBelow.points : flatBelow.relative,
    timesFrom: TIMES_FROM,
    ...(compareTo !== undefined ? { compareTo } : { words: COMPARISON_WORDS[periodRelation(currentPeriod(input), input.previousPeriod)] }),
  });
  return change && entityPhrase("change", change, { unit: points ? "个百分点" : "%", indicatorKey: field.key });
}

/** The current period as written; an as-of report without one is known by its cut-off day. */
function currentPeriod(input: NarrativeInput): string | undefined {
  if (input.period) return input.period;
  return input.cutoff && formatDate(input.cutoff.date);
}
