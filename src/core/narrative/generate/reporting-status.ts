import { entityPhrase } from "../spec/entity-phrase";
import { textPhrase } from "../spec/text-phrase";
import type { Phrase } from "../spec/types";
import { listPhrases } from "./_lib/list-phrases";
import { countText } from "./figure-phrase";
import { mergeText } from "./merge-text";
import type { UnitsReported } from "./narrative-input";

/** Past this many, a list of units names the first ones and counts the rest: A、B、C、D、E等8个单位. */
const NAMED_UNITS = 5;

/**
 * Who reported (domain.md §6), with `noun` for the units (单位, 乡镇, 部门): 18个单位已全部报送, or
 * 18个单位中已报送16个，城关镇、东城街道未报送. Units that sent a 零报告 reported, and are said so:
 * （其中城关镇为零报告）, or 均为零报告 when every one did. No unit reporting is 18个单位均未报送; a
 * single unit is named, never counted (城关镇已报送, 6个单位中仅城关镇已报送). Undefined when no unit
 * was expected and none reported.
 */
export function reportingStatus(units: UnitsReported, noun = "单位"): Phrase[] | undefined {
  const received = units.received.length;
  const expected = Math.max(units.expected, received + units.missing.length);
  if (expected === 0) return undefined;
  const allZero = received > 0 && units.received.every((unit) => units.zeroReports.includes(unit));
  const zero = allZero ? [textPhrase(received === 1 ? "（零报告）" : "，均为零报告")] : units.zeroReports.length > 0 ? [textPhrase("（其中"), ...names(units.zeroReports, noun), textPhrase("为零报告）")] : [];
  const only = expected === 1 ? (units.received[0] ?? units.missing[0]) : undefined;
  if (only !== undefined) return mergeText([unitName(only), textPhrase(received === 1 ? "已报送" : "未报送"), ...zero]);
  if (received === 0) return [count(expected), textPhrase(expected === 1 ? `${noun}未报送` : `${noun}均未报送`)];
  if (received >= expected) return mergeText([count(expected), textPhrase(`${noun}已全部报送`), ...zero]);
  const reported = received === 1 ? [textPhrase(`${noun}中仅`), unitName(units.received[0]!), textPhrase("已报送")] : [textPhrase(`${noun}中已报送`), count(received)];
  // Without the names (no roster to tell them), the missing are counted.
  const missing = units.missing.length > 0 ? names(units.missing, noun) : [count(expected - received)];
  return mergeText([count(expected), ...reported, ...zero, textPhrase("，"), ...missing, textPhrase("未报送")]);
}

function count(n: number): Phrase {
  return entityPhrase("number", countText(n, "个"), { unit: "个" });
}

function unitName(unit: string): Phrase {
  return entityPhrase("unit-name", unit);
}

/** Unit names as entities: all of them up to five, else five and 等N个单位. */
function names(units: readonly string[], noun: string): Phrase[] {
  const shown = units.slice(0, NAMED_UNITS).map((unit) => [unitName(unit)]);
  const list = listPhrases(shown, { partial: units.length > NAMED_UNITS }) ?? [];
  if (units.length <= NAMED_UNITS) return list;
  return [...list, count(units.length), textPhrase(noun)];
}
