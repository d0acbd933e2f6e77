import type { zhCN } from "../zh-CN";
import { templateEn } from "./template";

/** Typed against zh-CN: a key missing here fails to compile. */
export const enUS: typeof zhCN = {
  ...templateEn,
};
