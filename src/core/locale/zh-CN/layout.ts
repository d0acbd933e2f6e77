import type { MessageTable } from "../message-table";

/**
 * Words printed on every page of a sheet. Header and footer text is in Excel's header/footer codes,
 * which both workbook adapters pass through as they are: &P the page, &N the number of pages.
 */
export const layoutZh = {
  "layout.page-number": () => "第 &P 页 共 &N 页",
} satisfies MessageTable;
