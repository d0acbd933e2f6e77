import type * as ExcelJs from "exceljs";

let loaded: typeof ExcelJs | undefined;

/**
 * ExcelJS, loaded on first use. It takes about 0.4 s to load on a small machine, which the command
 * line should spend only when a workbook is actually created or opened (`huibao --version` and
 * `template list` never need it). The browser bundle contains it either way.
 */
export function excelJs(): typeof ExcelJs {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deferred load, not an import at start
  loaded ??= require("exceljs") as typeof ExcelJs;
  return loaded;
}
