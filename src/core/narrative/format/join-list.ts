/**
 * Items of a list joined with 、 (84消毒液、消毒粉、喷雾器); a partial list — only some of the items,
 * e.g. the top ones — ends with 等. Blank items are left out, so a missing name leaves no "、、".
 */
export function joinList(items: readonly string[], options: { partial?: boolean } = {}): string {
  const kept = items.map((item) => item.trim()).filter((item) => item !== "");
  if (kept.length === 0) return "";
  return kept.join("、") + (options.partial ? "等" : "");
}
