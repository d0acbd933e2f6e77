/**
 * The Chinese names of the template language, the ones a clerk writes and the pane shows: each stands
 * for the English name the language has always accepted (and still does). Field names are the
 * indicators' own labels (医用口罩, 规上工业·企业总数); these are the names of everything else.
 */

/** The fixed sources: {截至时间}, {单位|报送情况} … */
export const SOURCE_NAMES: Readonly<Record<string, string>> = {
  截至时间: "cutoff",
  截至: "cutoff",
  报告期: "period",
  地区: "region",
  表名: "title",
  单位: "units",
  应报单位数: "units.expected",
  已报单位: "units.received",
  未报单位: "units.missing",
  零报告单位: "units.zero",
  台账: "ledger",
  各分组: "sections",
};

/** A ledger's counts: {台账.问题数}; its statuses are Chinese already ({台账.已完成}). */
export const LEDGER_COUNT_NAMES: Readonly<Record<string, string>> = {
  方面数: "aspects",
  项数: "items",
  问题数: "problems",
  完成数: "done",
  推进数: "inProgress",
};

/** Prefixes before a field or count: {上期.发热人员}, {台账.问题数}; `.`, `．` or `·` after them. */
export const PREFIX_NAMES: Readonly<Record<string, string>> = { 上期: "previous", 台账: "ledger" };

/** {分组:消杀类}, {各分组:消杀类,防护类}. */
export const SECTION_NAMES: Readonly<Record<string, string>> = { 分组: "section", 各分组: "sections" };

/**
 * The English name a source written in Chinese stands for; a name that is not one of these (a field's
 * label, or an English name) comes back as it is.
 */
export function canonicalSource(name: string): string {
  const trimmed = name.trim();
  const fixed = SOURCE_NAMES[trimmed];
  if (fixed) return fixed;
  const section = /^([^:：]+)([:：])(.*)$/s.exec(trimmed);
  if (section && SECTION_NAMES[section[1]!]) return `${SECTION_NAMES[section[1]!]}:${section[3]}`;
  const prefixed = /^([^.．·]+)[.．·](.+)$/s.exec(trimmed);
  const prefix = prefixed && PREFIX_NAMES[prefixed[1]!];
  if (prefix) {
    const rest = prefixed[2]!;
    return `${prefix}.${prefix === "ledger" ? (LEDGER_COUNT_NAMES[rest] ?? rest) : rest}`;
  }
  return name;
}

/** The Chinese names of the fixed sources and forms, as the pane and the error messages list them. */
export const CHINESE_SOURCE_LIST: readonly string[] = [
  ...Object.keys(SOURCE_NAMES),
  ...Object.keys(LEDGER_COUNT_NAMES).map((name) => `台账.${name}`),
  "上期.指标名称",
  "分组:分组名",
];

/** Whether a name is written in Chinese (has a character beyond ASCII), so hints answer in Chinese names. */
export function isChineseName(name: string): boolean {
  return [...name].some((char) => char.codePointAt(0)! > 0x7f);
}
