/** The fewest characters a part's name keeps once its total's word is dropped. */
const MIN_NAME = 2;

/**
 * A part of a breakdown named without its total's word (domain.md §6: parts are named without repeating
 * the parent's word): under 摸排人员, 镇街摸排 is 镇街; under 发热人员 with the verb 发现, 医疗机构发现 is
 * 医疗机构; under 志愿者, 党员志愿者 is 党员. The word dropped is the end of the part's label that is the
 * total's verb, its label, or the head of its label (two characters or more); a name that would keep
 * fewer than two characters stays whole. A template's own narrative name for the part comes first.
 */
export function partName(label: string, total: { label: string; verb?: string }): string {
  const heads = [...total.label].map((_, i, chars) => chars.slice(0, chars.length - i).join("")).filter((head) => [...head].length >= 2);
  const words = [total.verb ?? "", ...heads].filter((word) => word !== "");
  for (const word of words) {
    if (label.endsWith(word) && [...label].length - [...word].length >= MIN_NAME) return label.slice(0, label.length - word.length);
  }
  return label;
}
