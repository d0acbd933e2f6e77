import { convertUnit } from "../../parse/units";
import { QUALIFIERS } from "../../parse/qualifiers";
import type { Indicator, TemplateNarrative } from "../../template/types";
import { formatCount } from "../format/format-count";
import { formatMoney, type MoneyUnit } from "../format/format-money";
import { formatPercent } from "../format/format-percent";
import type { FigureOptions } from "../format/figure-options";
import type { FormattedNumber } from "../format/formatted-number";
import { HEDGE_ROUNDING } from "../register/hedge-rounding";
import { numberStyleFor, REPORT_MONEY_STYLE } from "../register/number-style";
import { entityPhrase } from "../spec/entity-phrase";
import type { EntityPhrase } from "../spec/types";
import type { NarrativeTotal } from "./narrative-input";

export interface FigureStyle {
  /** Round to a whole 万/亿 and mark it: 20万余张, 近15万人次 (the `round` filter). */
  approximate?: boolean;
  /** Write 约 before the figure, as for an estimate of money: 约930.95万元. */
  estimate?: boolean;
  /** Decimals shown (default: the report's number style; 1 for percentages). */
  decimals?: number;
  /** The template the figure belongs to, for its number style. */
  template?: { narrative?: TemplateNarrative };
}

const MONEY_UNITS: readonly string[] = ["元", "万元", "亿元"];

/**
 * A field's figure as an entity phrase, as reports write it (domain.md §6): a percentage by
 * formatPercent; money in 元 below 1万元 and in 万元/亿元 with two decimals above (5500元, 930.95万元);
 * a count or quantity in full below 10万 (13500人次) and in 万/亿 with one decimal above, hedged with
 * 余 or 近 for the digits dropped (18.3万余次) — the template's number style, or the indicator's, may
 * say otherwise. A clerk's own hedge (300余) is written as given and decides which way its figure is
 * rounded. The measure word is the indicator's narrative measure, if it has one (个体工商户 in 户).
 *
 * A field counted in 万X (万只, 万人次) stays in 万 from 1万 up, as the summary shows it: 12.5万只 stays
 * 12.5万只 (its own decimals kept), 0.5万只 reads 5000只, and 12000万条 reads 1.2亿条, never 1.2万万条. The
 * entity keeps the raw value in the field's unit, the unit and the indicator key.
 */
export function figurePhrase(field: Indicator, figure: NarrativeTotal, style: FigureStyle = {}): EntityPhrase {
  const unit = field.unit ?? "";
  const details = { indicatorKey: field.key, ...(unit !== "" ? { unit } : {}) };
  if (field.kind === "percent") return entityPhrase("percent", formatPercent(figure.value, { decimals: style.decimals }), details);
  if (field.kind === "money") {
    const money = { exactBelow: REPORT_MONEY_STYLE.inYuanBelow, decimals: REPORT_MONEY_STYLE.decimals, ...hedgeOptions(figure, style), ...styleOptions(style) };
    return entityPhrase("money", keepRaw(moneyText(figure.value, unit, money), figure.value), details);
  }
  const inTenThousands = /^[万亿]./.test(unit);
  const formatted = formatCount(figure.value, {
    ...countOptions(field, figure, style),
    // A figure the form counts in 万 stays in 万 from 1万 up (医用口罩2万只), as the summary shows it.
    ...(inTenThousands ? { exactBelow: undefined } : {}),
    unit: field.narrative?.measure ?? (inTenThousands ? unit.slice(1) : unit),
    valueExponent: inTenThousands ? (unit[0] === "万" ? 4 : 8) : 0,
  });
  return entityPhrase("number", formatted, details);
}

/** A count with no indicator behind it (units, a ledger's problems), written as reports write counts: 13500个, 1.2万余个. */
export function countText(value: number, unit: string, style: FigureStyle = {}): FormattedNumber {
  return formatCount(value, { ...countOptions({}, { value }, style), unit });
}

function countOptions(field: Pick<Indicator, "narrative">, figure: NarrativeTotal, style: FigureStyle): FigureOptions {
  const numbers = numberStyleFor(field, style.template);
  const report = { approximate: true, exactBelow: numbers.exactBelow, scaledDecimals: numbers.decimals, downMarker: numbers.roundedDown };
  return { ...(style.approximate ? {} : report), ...hedgeOptions(figure, style), ...styleOptions(style) };
}

/** A clerk's hedge written as given, and the figure rounded the way it points (see HEDGE_ROUNDING). */
function hedgeOptions(figure: NarrativeTotal, style: FigureStyle): FigureOptions {
  return { qualifier: figure.qualifier, estimate: style.estimate, rounding: figure.qualifier ? HEDGE_ROUNDING[QUALIFIERS[figure.qualifier].sense] : "nearest" };
}

/** What a filter asks: a round figure (the `round` filter), or so many decimals. */
function styleOptions(style: FigureStyle): FigureOptions {
  return {
    ...(style.approximate ? { approximate: true, decimals: 0 } : {}),
    ...(style.decimals !== undefined ? { decimals: style.decimals, scaledDecimals: style.decimals } : {}),
  };
}

function moneyText(value: number, unit: string, options: FigureOptions): FormattedNumber {
  if (unit === "" || MONEY_UNITS.includes(unit)) return formatMoney(value, (unit || "元") as MoneyUnit, options);
  const inYuan = convertUnit(value, unit, "元");
  return inYuan ? formatMoney(inYuan.value, "元", options) : formatCount(value, { ...options, unit });
}

/** The formatter saw the figure in another unit; the entity keeps it in the field's own. */
function keepRaw(formatted: FormattedNumber, value: number): FormattedNumber {
  return { ...formatted, value };
}
