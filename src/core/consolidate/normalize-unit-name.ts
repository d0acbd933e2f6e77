/**
 * A unit's name reduced to what identifies it, so the ways clerks write it meet: "城关镇人民政府",
 * "城关镇 (盖章)" and "城关镇" all give "城关镇". Full-width forms, spaces and punctuation go; the
 * words that name the office rather than the place go (人民政府, 办事处, 居委会…), and committees
 * are brought to their place word (东门村村民委员会 → 东门村, 东门社区居委会 → 东门社区).
 */

/** A seal or signature note after the name: （盖章） (公章) 【章】. */
const SEAL = /[(（【[]\s*(盖章|公章|签章|章|单位盖章|印章)\s*[)）】\]]/g;
const PUNCTUATION = /[\s\p{P}\p{S}]/gu;

/** Endings brought to the place they belong to, longest first; the first that fits is the only one applied. */
const ENDINGS: Array<[RegExp, string]> = [
  [/村?村民委员会$/, "村"],
  [/村?村委会$/, "村"],
  [/(社区)?居民委员会$/, "社区"],
  [/(社区)?居委会$/, "社区"],
  [/(街道)?办事处$/, "街道"],
  [/党工委$/, ""],
  [/(管理委员会|管委会)$/, ""],
  [/人民政府$/, ""],
  [/政府$/, ""],
];

export function normalizeUnitName(raw: string): string {
  const text = raw.normalize("NFKC").replace(SEAL, "").replace(PUNCTUATION, "").toLowerCase();
  const ending = ENDINGS.find(([pattern]) => pattern.test(text));
  if (!ending) return text;
  const next = text.replace(ending[0], ending[1]);
  // A name that is nothing but the office word ("人民政府", "村委会") keeps it rather than vanishing.
  return next.replace(/^(村|社区|街道)$/, "").length > 0 ? next : text;
}
