/**
 * The unit a file comes from, guessed from its name when the form's 填报单位 is blank:
 * "城关镇-防疫物资保障统计表-2月20日.xlsx" → 城关镇. The template's title, dates, report words
 * (报表, 统计表, 汇总…), copy marks (副本, (1)) and separators go; what is left are the candidates,
 * in the order they appear, for matching against the roster.
 */

const EXTENSION = /\.(xlsx|xlsm|xls|xltx|et|ett|csv|ods)$/i;
const DATES = [
  /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?(\s*\d{1,2}\s*[时点])?/g,
  /\d{4}\s*年\s*\d{1,2}\s*月份?/g,
  /\d{1,2}\s*月\s*\d{1,2}\s*[日号]?(\s*\d{1,2}\s*[时点])?/g,
  /\d{4}[-./]\d{1,2}[-./]\d{1,2}/g,
  /(?<!\d)(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/g,
  /\d{4}\s*年度?/g,
  /\d{1,2}\s*月份?/g,
  /(?<!\d)\d{1,2}[.-]\d{1,2}(?!\d)/g,
  /[上下]半年|第?[一二三四1-4]季度|全年|年度/g,
  /(截至|截止)(日期|时间)?/g,
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
  for (const pattern of DATES) text = text.replace(pattern, " ");
  return text
    .split(SEPARATORS)
    .map((piece) => piece.replace(REPORT_WORDS, ""))
    .filter((piece) => piece.length > 0 && !NOISE.test(piece));
}
