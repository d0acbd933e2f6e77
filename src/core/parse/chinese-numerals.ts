import { toNumber } from "./_lib/decimal";
import { evaluateRun, scanRun } from "./_lib/numeral-run";
import { plainDigits } from "./_lib/plain-digits";

/**
 * Chinese numerals both ways. Reading: 一百二十 → 120, 两千零五 → 2005, 三万四千 → 34000,
 * 一点五 → 1.5, 十二 → 12, 〇/零 → 0, 壹佰贰拾 → 120, 廿三 → 23, 二〇二三 → 2023, 负五 → -5; Arabic
 * digits may be mixed in (3万4千). Writing: the small counts and ordinals of the narrative
 * (三方面, 第二轮, 一是) and dates in signature style (二〇二三).
 */

/** The number a Chinese numeral denotes, or undefined when the text is not one numeral. */
export function parseChineseNumeral(text: string): number | undefined {
  let body = text.normalize("NFKC").trim();
  const negative = body.startsWith("负");
  if (negative) body = body.slice(1);
  const run = scanRun(body, 0);
  const end = run.tokens.at(-1)?.end ?? 0;
  if (run.badGrouping || end !== body.length) return undefined;
  const value = evaluateRun(run.tokens);
  if (value === undefined) return undefined;
  const result = toNumber(value);
  return negative ? -result : result;
}

export interface ChineseNumeralOptions {
  /**
   * "spoken" (default): 一百二十, 一万零五; "positional": digit by digit, as in a year written
   * 二〇二三.
   */
  style?: "spoken" | "positional";
  /** Write 2 as 两 where Chinese counts do: a lone 两 (两方面) and before 百/千/万/亿 (两千). */
  liang?: boolean;
}

const DIGIT_CHARS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const SMALL_UNITS = ["", "十", "百", "千"];
const BIG_UNITS = ["", "万", "亿"];
/** Spoken numerals are written up to 万亿; past that the Arabic form reads better anyway. */
const SPOKEN_LIMIT = 1e12;

/**
 * A number in Chinese numerals: 3 → 三, 12 → 十二, 105 → 一百零五, 20000 → 二万 (两万 with `liang`),
 * 1.5 → 一点五. Integers of 10¹² and more, and non-finite values, come back in Arabic digits.
 */
export function toChineseNumeral(value: number, options: ChineseNumeralOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  if (value < 0) return `负${toChineseNumeral(-value, options)}`;
  const [whole = "0", fraction] = plainDigits(value).split(".");
  if (options.style === "positional") {
    return [...whole].map((digit) => (digit === "0" ? "〇" : DIGIT_CHARS[Number(digit)])).join("") + writeFraction(fraction);
  }
  if (Number(whole) >= SPOKEN_LIMIT) return plainDigits(value);
  return writeSpoken(Number(whole), options.liang === true) + writeFraction(fraction);
}

function writeFraction(fraction: string | undefined): string {
  return fraction ? `点${[...fraction].map((digit) => DIGIT_CHARS[Number(digit)]).join("")}` : "";
}

function writeSpoken(whole: number, liang: boolean): string {
  if (whole === 0) return "零";
  const groups: number[] = [];
  for (let rest = whole; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  let text = "";
  let zeroPending = false;
  for (let k = groups.length - 1; k >= 0; k--) {
    const group = groups[k]!;
    if (group === 0) {
      zeroPending = text !== "";
      continue;
    }
    if (text !== "" && (zeroPending || group < 1000)) text += "零";
    text += writeGroup(group) + BIG_UNITS[k];
    zeroPending = false;
  }
  if (text.startsWith("一十")) text = text.slice(1);
  if (liang) text = text.replace(/^二(?=[百千万亿]|$)/, "两");
  return text;
}

/** One group of four digits: 1005 → 一千零五, 1050 → 一千零五十. */
function writeGroup(group: number): string {
  let text = "";
  let zero = false;
  for (let power = 3; power >= 0; power--) {
    const digit = Math.floor(group / 10 ** power) % 10;
    if (digit === 0) {
      zero = text !== "";
      continue;
    }
    if (zero) text += "零";
    text += DIGIT_CHARS[digit]! + SMALL_UNITS[power];
    zero = false;
  }
  return text;
}
