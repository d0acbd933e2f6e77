import type { Indicator } from "../../template/types";
import { entityPhrase } from "../spec/entity-phrase";
import { textPhrase } from "../spec/text-phrase";
import type { EntityKind, Phrase } from "../spec/types";
import { listPhrases } from "./_lib/list-phrases";
import { figurePhrase, type FigureStyle } from "./figure-phrase";
import type { RankedUnit } from "./unit-ranking";

export interface UnitListOptions {
  /** `rank` for the units of a ranking, `unit-name` (default) for any other list of units. */
  kind?: Extract<EntityKind, "rank" | "unit-name">;
  /** Name at most this many, then 等. */
  limit?: number;
  /** Write each unit's figure after it: 城关镇（32000张）. Needs the field. */
  field?: Indicator;
  /** The template the field belongs to, for its number style. */
  template?: FigureStyle["template"];
}

/** Units as entities joined with 、 (城关镇、东城街道、西城街道), each keeping its figure as the entity's value. */
export function unitList(units: readonly (RankedUnit | string)[], options: UnitListOptions = {}): Phrase[] | undefined {
  const limit = options.limit ?? Infinity;
  const items = units.slice(0, limit).map((item) => {
    if (typeof item === "string") return [entityPhrase(options.kind ?? "unit-name", item, { source: { reportingUnit: item } })];
    // The figure is the unit's own, not the total: its source says whose, so it is never read as the summary's.
    const details = { source: { reportingUnit: item.unit }, ...(options.field ? { indicatorKey: options.field.key } : {}) };
    const name = entityPhrase(options.kind ?? "unit-name", { text: item.unit, value: item.value }, details);
    if (!options.field) return [name];
    const figure = figurePhrase(options.field, { value: item.value }, { template: options.template });
    return [name, textPhrase("（"), { ...figure, source: details.source }, textPhrase("）")];
  });
  return listPhrases(items, { partial: units.length > limit });
}
