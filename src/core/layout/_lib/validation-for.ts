import type { CellRange } from "../../sheet";
import type { LedgerColumn, Indicator } from "../../template/types";
import type { PlannedValidation } from "../sheet-plan";

type Field = Pick<Indicator | LedgerColumn, "label" | "kind" | "unit" | "min" | "max" | "options" | "decimals">;

/**
 * Excel's own data validation for an input cell. Adapters show it as a warning, not a stop: clerks
 * may type "300余" or "3.2万", which the add-in reads tolerantly and visibly.
 */
export function validationFor(field: Field, range: CellRange): PlannedValidation | undefined {
  const unit = field.unit ? `（${field.unit}）` : "";
  switch (field.kind) {
    case "integer": {
      const min = field.min ?? 0;
      return { range, type: "whole", min, max: field.max, prompt: `请填写${field.label}${unit}，整数`, error: `${field.label}应为不小于 ${min} 的整数` };
    }
    case "decimal":
    case "money":
    case "percent": {
      const min = field.min ?? 0;
      const max = field.max ?? (field.kind === "percent" ? 100 : undefined);
      const bounds = max === undefined ? `不小于 ${min} ` : `${min}～${max} 之间`;
      return { range, type: "decimal", min, max, prompt: `请填写${field.label}${unit}`, error: `${field.label}应为${bounds}的数值` };
    }
    case "enum":
      return { range, type: "list", options: field.options ?? [], prompt: `请从列表中选择${field.label}`, error: `${field.label}只能是：${(field.options ?? []).join("、")}` };
    case "date":
    case "datetime":
      return { range, type: "date", prompt: "请填写日期，如 2023-2-20", error: `${field.label}应为日期` };
    default:
      return { range, type: "textLength", max: 32767, prompt: `请填写${field.label}`, error: `${field.label}过长` };
  }
}
