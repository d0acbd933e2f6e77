import type { DataValidation } from "exceljs";
import type { PlannedValidation } from "../../../core/layout";
import { ERROR_TITLE, PROMPT_TITLE, VALIDATION_ERROR_MAX, VALIDATION_PROMPT_MAX, clipValidationText as clip } from "../../_lib/validation-texts";

/** Excel's limit on an inline list ("a,b,c"). */
const LIST_FORMULA_MAX = 255;
/**
 * Date validation accepts any real date: serial 1, Excel's 1900-01-01. ExcelJS converts from the Unix
 * epoch without Excel's 1900 leap-year quirk, so that serial is the JS date 1899-12-31.
 */
const FIRST_DATE = new Date(Date.UTC(1899, 11, 31));

function bounds(min: number | undefined, max: number | undefined): Pick<DataValidation, "operator" | "formulae"> | undefined {
  if (min !== undefined && max !== undefined) return { operator: "between", formulae: [min, max] };
  if (min !== undefined) return { operator: "greaterThanOrEqual", formulae: [min] };
  if (max !== undefined) return { operator: "lessThanOrEqual", formulae: [max] };
  return undefined;
}

/**
 * The ExcelJS validation for a planned one, or undefined when Excel cannot express it (an inline list
 * longer than 255 characters or an option with a comma). The style is a warning, not a stop: clerks
 * may type "300余", which the add-in reads tolerantly and visibly; the add-in's own audit still runs.
 */
export function dataValidationFor(v: PlannedValidation): DataValidation | undefined {
  const shown = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: PROMPT_TITLE,
    prompt: clip(v.prompt, VALIDATION_PROMPT_MAX),
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: ERROR_TITLE,
    error: clip(v.error, VALIDATION_ERROR_MAX),
  };
  switch (v.type) {
    case "whole":
    case "decimal": {
      const limits = bounds(v.min, v.max);
      return limits ? { type: v.type, ...limits, ...shown } : undefined;
    }
    case "list": {
      const formula = `"${v.options.map((o) => o.replace(/"/g, '""')).join(",")}"`;
      if (v.options.length === 0 || v.options.some((o) => o.includes(",")) || formula.length > LIST_FORMULA_MAX) return undefined;
      return { type: "list", formulae: [formula], ...shown };
    }
    case "date":
      return { type: "date", operator: "greaterThanOrEqual", formulae: [FIRST_DATE], ...shown };
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", formulae: [v.max], ...shown };
  }
}
