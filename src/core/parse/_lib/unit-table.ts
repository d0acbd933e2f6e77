/**
 * Units of measure clerks write, by dimension. Each factor says how many of the family's base unit
 * one of the unit is, as a fraction (亩 is 2000/3 平方米, which no decimal writes exactly). Every
 * member also gets 万X and 亿X variants unless listed, because a clerk may write 万吨 or 亿元 in
 * any family. Count units (人, 个, 只, 人次…) are not listed: any other unit X forms its own family
 * with 万X and 亿X (see units.ts).
 */
export interface FamilyData {
  id: string;
  /** Unit → [numerator, denominator] in the family's base unit. */
  factors: Record<string, readonly [string, string]>;
  /** Other spellings → the unit's name in `factors` (lower-case Latin after NFKC). */
  aliases?: Record<string, string>;
  /** Families where 万X / 亿X would make no sense (percent). */
  noMagnitudes?: boolean;
}

export const FAMILIES: readonly FamilyData[] = [
  {
    id: "money",
    factors: { 元: ["1", "1"], 千元: ["1000", "1"], 百万元: ["1000000", "1"], 千万元: ["10000000", "1"] },
    aliases: { 人民币元: "元", 块钱: "元", rmb: "元" },
  },
  {
    id: "mass",
    factors: { 克: ["1", "1000"], 斤: ["1", "2"], 公斤: ["1", "1"], 吨: ["1000", "1"] },
    aliases: { 千克: "公斤", kg: "公斤", g: "克", t: "吨", 市斤: "斤" },
  },
  {
    id: "length",
    factors: { 毫米: ["1", "1000"], 厘米: ["1", "100"], 米: ["1", "1"], 公里: ["1000", "1"] },
    aliases: { mm: "毫米", cm: "厘米", m: "米", km: "公里", 千米: "公里" },
  },
  {
    id: "area",
    factors: { 平方米: ["1", "1"], 亩: ["2000", "3"], 公顷: ["10000", "1"], 平方公里: ["1000000", "1"] },
    aliases: { m2: "平方米", 平米: "平方米", km2: "平方公里", 平方千米: "平方公里" },
  },
  {
    id: "volume",
    factors: { 毫升: ["1", "1000"], 升: ["1", "1"], 立方米: ["1000", "1"] },
    aliases: { ml: "毫升", l: "升", 公升: "升", m3: "立方米", 方: "立方米" },
  },
  {
    id: "duration",
    factors: { 秒: ["1", "1"], 分钟: ["60", "1"], 小时: ["3600", "1"], 天: ["86400", "1"] },
    aliases: { 秒钟: "秒", 个小时: "小时", 钟头: "小时", 日: "天" },
  },
  {
    id: "energy",
    factors: { 千瓦时: ["1", "1"] },
    aliases: { 度: "千瓦时", kwh: "千瓦时", "kw·h": "千瓦时" },
  },
  {
    id: "ratio",
    factors: { "%": ["1", "1"], "‰": ["1", "10"] },
    aliases: { 百分比: "%" },
    noMagnitudes: true,
  },
];
