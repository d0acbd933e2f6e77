import type { reliabilityZh } from "../zh-CN/reliability";

export const reliabilityEn: typeof reliabilityZh = {
  "consolidate.recognize.hidden": (p) =>
    p.looksLike
      ? `sheet "${p.sheet}" is hidden (it looks like "${p.looksLike}"); hidden sheets are not consolidated — unhide it and send the file again to have it counted`
      : `sheet "${p.sheet}" is hidden and is not consolidated`,
  "consolidate.value.conversion-overflow": (p) =>
    `"${p.raw}" converted from this sheet's unit "${p.from}" to "${p.to}" is beyond the range that can be computed, so it was not counted; check the figure and its unit`,
};
