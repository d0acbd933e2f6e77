/** Parts of a sheet plan that need a newer Excel than the add-in's minimum (ExcelApi 1.7). */
export interface PlanFeatures {
  /** Data validation: ExcelApi 1.8. */
  dataValidation: boolean;
  /** Paper size, orientation, fit to width, print titles: ExcelApi 1.9. */
  pageLayout: boolean;
}

/** Something a plan asked for that this Excel could not do; the UI shows it with `message(code, params)`. */
export type SkippedFeature =
  | { code: "office.skipped-validation"; params: { sheet: string } }
  | { code: "office.skipped-page-layout"; params: { sheet: string } }
  | { code: "office.page-layout-failed"; params: { sheet: string; detail: string } }
  | { code: "office.skipped-list"; params: { sheet: string; cell: string } };
