import { templateZh } from "./template";

/** Every message of the product, keyed by code. zh-CN is the source of truth. */
export const zhCN = {
  ...templateZh,
};
