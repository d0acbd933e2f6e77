import type { MessageTable } from "../message-table";

/** A number as digits, never in exponent form (1.5亿 = 150000000, 1斤 = 0.0005吨). */
export function plainNumber(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 }) : text;
}

function day(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** What a step of reading a number did, with the qualifier kept: 按 300余 = 300 计（保留“余”）. */
interface ReadAs {
  raw: string;
  value: number;
  /** The field's unit, "" when it has none. */
  unit: string;
  qualifier?: string;
}

function readAs(p: ReadAs): string {
  const kept = p.qualifier ? `（保留“${p.qualifier}”）` : "";
  return `按 ${p.raw} = ${plainNumber(p.value)}${p.unit} 计${kept}`;
}

export const parseZh = {
  "parse.step.multiplier": (p: ReadAs) => readAs(p),
  "parse.step.unit-converted": (p: ReadAs) => readAs(p),
  "parse.step.chinese-numeral": (p: ReadAs) => readAs(p),
  "parse.step.decimal-mark": (p: ReadAs) => `把“。”当作小数点，${readAs(p)}`,
  "parse.step.qualifier": (p: ReadAs) => readAs(p),
  "parse.step.unit-dropped": (p: { raw: string; value: number; unit: string }) =>
    `本栏没有规定计量单位，“${p.raw}”按 ${plainNumber(p.value)} 计（单位“${p.unit}”未换算）`,
  "parse.step.percent-fraction": (p: { raw: string; value: number; percent: number }) =>
    `“${p.raw}”按 ${plainNumber(p.value)}% 计；如果指的是 ${plainNumber(p.percent)}%，请填 ${plainNumber(p.percent)}`,
  "parse.step.option-matched": (p: { raw: string; option: string }) => `“${p.raw}”按选项“${p.option}”计`,
  "parse.step.excel-serial": (p: { raw: string; date: Date }) => `按 Excel 日期序号 ${p.raw} = ${day(p.date)} 计`,
  "parse.step.compact-date": (p: { raw: string; date: Date }) => `按 ${p.raw} = ${day(p.date)} 计`,
  "parse.step.chinese-date": (p: { raw: string; date: Date }) => `按 ${p.raw} = ${day(p.date)} 计`,
  "parse.step.two-digit-year": (p: { raw: string; year: number }) => `“${p.raw}”的年份只写了两位，按 ${p.year} 年计`,
  "parse.step.year-from-context": (p: { raw: string; year: number }) => `“${p.raw}”没有写年份，按 ${p.year} 年计`,
  "parse.step.time-dropped": (p: { raw: string }) => `本栏只填日期，“${p.raw}”中的时刻未采用`,

  "parse.invalid.not-a-number": (p: { raw: string }) => `“${p.raw}”不是数字`,
  "parse.invalid.bad-grouping": (p: { raw: string }) =>
    `“${p.raw}”中的千分位分隔符位置不对（应每三位一组，如 1,234），无法确定是多少`,
  "parse.invalid.range": (p: { raw: string }) => `“${p.raw}”是一个范围，请填一个数（可加“约”“左右”等字样）`,
  "parse.invalid.unit-mismatch": (p: { raw: string; unit: string; fieldUnit: string }) =>
    `“${p.raw}”单位不符：填的是 ${p.unit}，本栏单位 ${p.fieldUnit}`,
  "parse.invalid.boolean": (p: { raw: string }) => `“${p.raw}”是逻辑值（TRUE/FALSE），本栏不能填逻辑值`,
  "parse.invalid.date-in-number": (p: { raw: string }) =>
    `“${p.raw}”是日期，本栏应填数字（Excel 可能把“3-5”之类的输入自动改成了日期）`,
  "parse.invalid.not-finite": (p: { raw: string }) => `“${p.raw}”不是有效的数值`,
  "parse.invalid.cell-error": (p: { raw: string }) => `单元格是错误值 ${p.raw}，通常是公式出错`,
  "parse.invalid.not-a-date": (p: { raw: string }) => `“${p.raw}”不是日期，请按 2023年2月20日 或 2023-2-20 的样子填写`,
  "parse.invalid.no-such-date": (p: { raw: string }) => `“${p.raw}”不是有效日期（没有这一天或这一时刻）`,
  "parse.invalid.missing-year": (p: { raw: string }) => `“${p.raw}”没有写年份`,
  "parse.invalid.missing-day": (p: { raw: string }) => `“${p.raw}”没有写到日`,
  "parse.invalid.not-an-option": (p: { raw: string; options: string }) => `“${p.raw}”不是可选项，应为以下之一：${p.options}`,

  "parse.placeholder": (p: { raw: string }) => `“${p.raw}”是未填写的占位符，请填入实际内容`,
  "parse.nil": (p: { raw: string }) => `“${p.raw}”通常表示“无”：如为零请填 0，确实无法填报请在备注中说明`,
} satisfies MessageTable;
