import { convertUnit } from "../../parse/units";
import type { Indicator } from "../../template/types";
import { formatCount } from "../format/format-count";
import { formatMoney, type MoneyUnit } from "../format/format-money";
import { formatPercent } from "../format/format-percent";
import type { FormattedNumber } from "../format/formatted-number";
import { entityPhrase } from "../spec/entity-phrase";
import type { EntityPhrase } from "../spec/types";
import type { NarrativeTotal } from "./narrative-input";

export interface FigureStyle {
  /** Round to a whole 万/亿 and mark it: 20万余张, 近15万人次 (the `round` filter). */
  approximate?: boolean;
  /** Write 约 before the figure, as for an estimate of money: 约930.95万元. */
  estimate?: boolean;
  /** Decimals shown (default: the formatters' own, 2 for figures and 1 for percentages). */
  decimals?: number;
}

const MONEY_UNITS: readonly string[] = ["元", "万元", "亿元"];

/**
 * A field's figure as an entity phrase, written by the formatter its kind calls for: money by
 * formatMoney (930.95万元), a percentage by formatPercent, a count or quantity by formatCount. The
 * entity keeps the raw value in the field's unit, the unit and the indicator key.
 *
 * A field counted in 万X (万只, 万人次) is written from its figure in X, so that formatCount chooses
 * the magnitude: 12.5万只 stays 12.5万只, 0.5万只 reads 5000只, and 12000万条 reads 1.2亿条, never 1.2万万条.
 */
export function figurePhrase(field: Indicator, figure: NarrativeTotal, style: FigureStyle = {}): EntityPhrase {
  const unit = field.unit ?? "";
  const details = { indicatorKey: field.key, ...(unit !== "" ? { unit } : {}) };
  if (field.kind === "percent") return entityPhrase("percent", formatPercent(figure.value, { decimals: style.decimals }), details);
  const options = {
    qualifier: figure.qualifier,
    estimate: style.estimate,
    ...(style.approximate ? { approximate: true, decimals: 0 } : {}),
    ...(style.decimals !== undefined ? { decimals: style.decimals } : {}),
  };
  if (field.kind === "money") return entityPhrase("money", keepRaw(moneyText(figure.value, unit, options), figure.value), details);
  const base = /^[万亿]./.test(unit) ? unit.slice(1) : undefined;
  const converted = base !== undefined ? convertUnit(figure.value, unit, base) : undefined;
  const formatted = converted ? formatCount(converted.value, { ...options, unit: base }) : formatCount(figure.value, { ...options, unit });
  return entityPhrase("number", keepRaw(formatted, figure.value), details);
}

function moneyText(value: number, unit: string, options: Parameters<typeof formatMoney>[2]): FormattedNumber {
  if (unit === "" || MONEY_UNITS.includes(unit)) return formatMoney(value, (unit || "元") as MoneyUnit, options);
  const inYuan = convertUnit(value, unit, "元");
  return inYuan ? formatMoney(inYuan.value, "元", options) : formatCount(value, { ...options, unit });
}

/** The formatter saw the figure in another unit; the entity keeps it in the field's own. */
function keepRaw(formatted: FormattedNumber, value: number): FormattedNumber {
  return { ...formatted, value };
}
