import { memoizeString } from "../_lib/string-memo";

/**
 * Labels differ between units' forms in spaces, full/half-width forms, brackets, a unit inside the
 * label, numbering and a "其中：" prefix. This reduces a label to what identifies the indicator, and
 * keeps the unit it carried, so "（一）其中：医用口罩（万只）" and "医用口罩" match.
 */
export interface NormalizedLabel {
  key: string;
  /** A unit of measure found in brackets at the end of the label ("金额（万元）" → 万元). */
  unit?: string;
}

const NUMBERING = [
  /^[(（]\s*[一二三四五六七八九十百\d]+\s*[)）]\s*[、.．]?/, // （一） (1)
  /^[一二三四五六七八九十百]+\s*[、.．]/, // 一、
  /^\d+(\.\d+)*(\s*[、.．]|\s+)(?=\D)/, // 1. 1、 1.2 "1 企业总数" — but not 84消毒液
  /^[a-zA-Z]\s*[、.．)]/,
];
const PREFIX = /^(其中|含|内含|包括)\s*[:：]?\s*/;
const TRAILING_UNIT = /[(（]\s*([^()（）]{1,6})\s*[)）]\s*$/;
export const UNIT_WORDS = /^(万|亿|千)?(个|人|人次|家|次|场|场次|篇|条|条次|块|张|份|台|台次|辆|辆次|起|名|户|期|只|副|双|套|支|瓶|箱|吨|公斤|千克|斤|克|元|万元|亿元|小时|天|%|％|项|万人|万人次|万只|万条|万张|万副|所|处|座|间|平方米|米|公里|床|例)$/;

/** Units' forms repeat the same labels thousands of times in a consolidation; remember them. */
export const normalizeLabel = memoizeString(computeNormalizedLabel, 20000);

function computeNormalizedLabel(raw: string): NormalizedLabel {
  // Numbering is stripped before spaces go, since "1 企业总数" is numbered and "84消毒液" is not.
  // Circled numbers go first: NFKC would turn ① into a plain 1.
  let text = raw.trim().replace(/^[①-⑳]/, "").normalize("NFKC").trim();
  let unit: string | undefined;
  const unitMatch = TRAILING_UNIT.exec(text);
  if (unitMatch && UNIT_WORDS.test(unitMatch[1].replace(/^单位[:：]/, ""))) {
    unit = unitMatch[1].replace(/^单位[:：]/, "");
    text = text.slice(0, unitMatch.index);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of [...NUMBERING, PREFIX]) {
      const next = text.replace(pattern, "");
      if (next !== text && next.length > 0) {
        text = next;
        changed = true;
      }
    }
  }
  text = text.replace(/\s+/g, "").replace(/[:：]+$/, "").replace(/[（）]/g, (c) => (c === "（" ? "(" : ")")).toLowerCase();
  return unit ? { key: text, unit } : { key: text };
}
