import { parseChineseNumeral } from "../parse/chinese-numerals";

/**
 * The order in which units are listed (汇总表, 分单位明细, the pane's chart): as a clerk counts them,
 * 第2社区 before 第10社区 and 第二中学 before 第十中学, the rest in pinyin order (北关 before 城关).
 * Code-point order would put 第10社区 before 第2社区 and sort Chinese by an arbitrary Unicode order.
 *
 * A name is read as runs of text and of numbers (Arabic digits, or Chinese numerals starting with a
 * digit character: 二, 十二, 一百零五); numbers compare by value and come before text at the same place.
 * Names equal by that order fall back to code points, so the order never depends on the input's order.
 */
export function compareUnitNames(a: string, b: string): number {
  if (a === b) return 0;
  const left = pieces(a);
  const right = pieces(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    const order =
      typeof x === "number" && typeof y === "number"
        ? x - y
        : typeof x === "number"
          ? -1
          : typeof y === "number"
            ? 1
            : pinyinOrder(x, y);
    if (order !== 0) return Math.sign(order);
  }
  return left.length - right.length || (a < b ? -1 : 1);
}

/**
 * Pinyin order for Chinese (the zh-CN collation), case and width set aside. The collator is made when
 * two texts first differ: loading ICU's collation takes some 10 ms of a command's start, and units named
 * alike but for their numbers (第1社区…第500社区, 单位0001…) never need it.
 */
let pinyin: Intl.Collator | undefined;
function pinyinOrder(x: string, y: string): number {
  if (x === y) return 0;
  pinyin ??= new Intl.Collator("zh-CN", { sensitivity: "base" });
  return pinyin.compare(x, y);
}

/** Digits in either script; a Chinese numeral run starts with a digit character, so 百花 or 万达 stay words. */
const NUMBER_RUN = /[0-9０-９]+|[〇零一二两三四五六七八九十][〇零一二两三四五六七八九十百千万亿]*/gu;

function pieces(name: string): Array<string | number> {
  const out: Array<string | number> = [];
  let at = 0;
  for (const match of name.matchAll(NUMBER_RUN)) {
    const index = match.index ?? 0;
    const value = /^[0-9０-９]/u.test(match[0]) ? Number(match[0].normalize("NFKC")) : parseChineseNumeral(match[0]);
    if (value === undefined) continue;
    if (index > at) out.push(name.slice(at, index));
    out.push(value);
    at = index + match[0].length;
  }
  if (at < name.length) out.push(name.slice(at));
  return out;
}
