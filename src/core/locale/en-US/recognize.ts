import type { recognizeZh } from "../zh-CN/recognize";

export const recognizeEn: typeof recognizeZh = {
  "consolidate.recognize.binding": (p) => `sheet "${p.sheet}" carries the template mark: ${p.template}`,
  "consolidate.recognize.content": (p) => `${p.titleMatched ? "title matches, " : ""}${p.found}/${p.total} indicators (columns) of "${p.template}" found`,
  "consolidate.recognize.none": (p) =>
    p.best
      ? `sheet "${p.sheet}" matches no template: only ${p.found}/${p.total} indicators (columns) of the closest, "${p.best}"`
      : `sheet "${p.sheet}" matches no template: no indicator of any known template found`,
  "consolidate.recognize.empty": (p) => `sheet "${p.sheet}" is empty`,
  "consolidate.recognize.hidden": (p) =>
    p.looksLike
      ? `sheet "${p.sheet}" is hidden (it looks like "${p.looksLike}"); hidden sheets are not consolidated — unhide it and send the file again to have it counted`
      : `sheet "${p.sheet}" is hidden and is not consolidated`,
};
