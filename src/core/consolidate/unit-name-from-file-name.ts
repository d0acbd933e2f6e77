/**
 * The unit a file comes from, guessed from its name when the form's 填报单位 is blank:
 * "城关镇-防疫物资保障统计表-2月20日.xlsx" → 城关镇. The template's title, dates, report words
 * (报表, 统计表, 汇总…), copy marks (副本, (1)) and separators go; what is left are the candidates,
 * in the order they appear, for matching against the roster.
 */

const EXTENSION = /\.(xlsx|xlsm|xls|xltx|et|ett|csv|ods)$/i;
/** A pattern replaced by a space. */
const plain = (pattern: RegExp): [RegExp, string] => [pattern, " "];
/**
 * A pattern that must not continue a longer number: `(?<!\d)` written as "start or a non-digit, kept",
 * since the Safari of older Excel for Mac (before 16.4) cannot even parse a lookbehind.
 */
const notAfterDigit = (pattern: RegExp): [RegExp, string] => [new RegExp(`(^|\\D)(?:${pattern.source})`, pattern.flags), "$1 "];

const DATES: [RegExp, string][] = [
  plain(/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?(\s*\d{1,2}\s*[时点])?/g),
  plain(/\d{4}\s*年\s*\d{1,2}\s*月份?/g),
  plain(/\d{1,2}\s*月\s*\d{1,2}\s*[日号]?(\s*\d{1,2}\s*[时点])?/g),
  plain(/\d{4}[-./]\d{1,2}[-./]\d{1,2}/g),
  notAfterDigit(/(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/g),
  plain(/\d{4}\s*年度?/g),
  plain(/\d{1,2}\s*月份?/g),
  notAfterDigit(/\d{1,2}[.-]\d{1,2}(?!\d)/g),
  plain(/[上下]半年|第?[一二三四1-4]季度|全年|年度/g),
  plain(/(截至|截止)(日期|时间)?/g),
];
const SEPARATORS = /[\s\-_—–~·.、,，;；+&()（）[\]【】《》<>〈〉"'“”‘’]+/;
/** Report words at either end of a piece; "统计局" keeps its 统计 since only whole endings go. */
const REPORT_WORDS = /^(汇总表|统计表|报表|汇总|情况表|情况|台账|数据|明细表|明细|填报|上报|报送|报告)+|(汇总表|统计表|报表|汇总|情况表|情况|台账|数据|明细表|明细|填报|上报|报送|报告)+$/g;
/** Pieces that are no name at all: copy and version marks, bare numbers. */
const NOISE = /^(副本|复件|copy|最终版?|终稿|定稿|修改稿?|修改版|修订版?|新版|最新|正式版?|v\d+|\d+)$/i;

export function unitNameFromFileName(fileName: string, titles: readonly string[] = []): string[] {
  let text = (fileName.split(/[\\/]/).pop() ?? fileName).normalize("NFKC").replace(EXTENSION, "");
  const byLength = [...titles].map((t) => t.normalize("NFKC").replace(/\s+/g, "")).filter(Boolean).sort((a, b) => b.length - a.length);
  for (const title of byLength) text = text.split(title).join(" ");
  for (const [pattern, replacement] of DATES) text = text.replace(pattern, replacement);
  return text
    .split(SEPARATORS)
    .map((piece) => piece.replace(REPORT_WORDS, ""))
    .filter((piece) => piece.length > 0 && !NOISE.test(piece));
}
