import type { PlannedValidation } from "../../../core/layout";
import {
  ERROR_TITLE,
  PROMPT_TITLE,
  VALIDATION_ERROR_MAX,
  VALIDATION_PROMPT_MAX,
  VALIDATION_TITLE_MAX,
  clipValidationText as clip,
} from "../../_lib/validation-texts";

/** Excel's limit on an inline list ("a,b,c"). */
const MAX_LIST_SOURCE = 255;

export interface OfficeValidation {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
}

function bounds(min: number | undefined, max: number | undefined): Excel.BasicDataValidation {
  if (min !== undefined && max !== undefined) return { operator: "Between", formula1: min, formula2: max };
  if (max !== undefined) return { operator: "LessThanOrEqualTo", formula1: max };
  return { operator: "GreaterThanOrEqualTo", formula1: min ?? 0 };
}

function ruleOf(v: PlannedValidation): Excel.DataValidationRule | undefined {
  switch (v.type) {
    case "whole":
      return { wholeNumber: bounds(v.min, v.max) };
    case "decimal":
      return { decimal: bounds(v.min, v.max) };
    case "date":
      return { date: { operator: "Between", formula1: "1900-01-01", formula2: "9999-12-31" } };
    case "textLength":
      return { textLength: { operator: "LessThanOrEqualTo", formula1: v.max } };
    case "list": {
      // An inline list is comma-separated and at most 255 characters; options that break either are
      // left to the add-in's own audit rather than shown as a wrong drop-down.
      const source = v.options.join(",");
      if (v.options.length === 0 || v.options.some((o) => o.includes(",")) || source.length > MAX_LIST_SOURCE) return undefined;
      return { list: { inCellDropDown: true, source } };
    }
  }
}

/**
 * A planned validation in Office.js terms, shown as a warning rather than a stop: clerks may type
 * "300余" or "3.2万", which the add-in reads tolerantly. Undefined when Excel cannot express it.
 */
export function officeValidationOf(v: PlannedValidation): OfficeValidation | undefined {
  const rule = ruleOf(v);
  if (!rule) return undefined;
  return {
    rule,
    prompt: { showPrompt: true, title: clip(PROMPT_TITLE, VALIDATION_TITLE_MAX), message: clip(v.prompt, VALIDATION_PROMPT_MAX) },
    errorAlert: { showAlert: true, style: "Warning", title: clip(ERROR_TITLE, VALIDATION_TITLE_MAX), message: clip(v.error, VALIDATION_ERROR_MAX) },
  };
}
