import type { layoutZh } from "../zh-CN/layout";

export const layoutEn: typeof layoutZh = {
  "layout.page-number": () => "Page &P of &N",
};
