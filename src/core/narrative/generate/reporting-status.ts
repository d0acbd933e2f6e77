import { formatCount } from "../format/format-count";
import { entityPhrase } from "../spec/entity-phrase";
import { textPhrase } from "../spec/text-phrase";
import type { Phrase } from "../spec/types";
import { listPhrases } from "./_lib/list-phrases";
import { mergeText } from "./merge-text";
import type { UnitsReported } from "./narrative-input";

/** Past this many, a list of units names the first ones and counts the rest: A、B、C、D、E等8个单位. */
const NAMED_UNITS = 5;

/**
 * Who reported (domain.md §6), with `noun` for the units (单位, 乡镇, 部门): 18个单位已全部报送, or
 * 18个单位中已报送16个，城关镇、东城街道未报送. Units that sent a 零报告 reported, and are said so:
 * （其中城关镇为零报告）. Undefined when no unit was expected and none reported.
 */
export function reportingStatus(units: UnitsReported, noun = "单位"): Phrase[] | undefined {
  const received = units.received.length;
  const expected = Math.max(units.expected, received + units.missing.length);
  if (expected === 0) return undefined;
  const count = (n: number, unit: string) => entityPhrase("number", formatCount(n, { unit }), { unit });
  const zero = units.zeroReports.length > 0 ? [textPhrase("（其中"), ...names(units.zeroReports, noun), textPhrase("为零报告）")] : [];
  if (received >= expected) return mergeText([count(expected, "个"), textPhrase(`${noun}已全部报送`), ...zero]);
  // Without the names (no roster to tell them), the missing are counted.
  const missing = units.missing.length > 0 ? names(units.missing, noun) : [count(expected - received, "个")];
  return mergeText([count(expected, "个"), textPhrase(`${noun}中已报送`), count(received, "个"), ...zero, textPhrase("，"), ...missing, textPhrase("未报送")]);
}

/** Unit names as entities: all of them up to five, else five and 等N个单位. */
function names(units: readonly string[], noun: string): Phrase[] {
  const shown = units.slice(0, NAMED_UNITS).map((unit) => [entityPhrase("unit-name", unit)]);
  const list = listPhrases(shown, { partial: units.length > NAMED_UNITS }) ?? [];
  if (units.length <= NAMED_UNITS) return list;
  return [...list, entityPhrase("number", formatCount(units.length, { unit: "个" }), { unit: "个" }), textPhrase(noun)];
}
