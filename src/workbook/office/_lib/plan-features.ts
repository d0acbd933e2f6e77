/**
 * Parts of a sheet plan that need a newer Excel than the oldest one whose API the adapter supports
 * (ExcelApi 1.7; the manifest asks for 1.10 because of the web views older Excel uses). Each is
 * checked with isSetSupported, so the form is still created where one is missing.
 */
export interface PlanFeatures {
  /** Data validation: ExcelApi 1.8. */
  dataValidation: boolean;
  /** Paper size, orientation, fit to width, print titles: ExcelApi 1.9. */
  pageLayout: boolean;
  /** RangeFormat.indentLevel for 其中 rows: ExcelApi 1.9 (without it the labels stand unindented). */
  indent: boolean;
}

/** Something a plan asked for that this Excel could not do; the UI shows it with `message(code, params)`. */
export type SkippedFeature =
  | { code: "office.skipped-validation"; params: { sheet: string } }
  | { code: "office.skipped-page-layout"; params: { sheet: string } }
  | { code: "office.page-layout-failed"; params: { sheet: string; detail: string } }
  | { code: "office.skipped-list"; params: { sheet: string; cell: string } };
