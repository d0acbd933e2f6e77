import type { PeriodKind } from "./types";

/**
 * The header block of a Chinese statistical form. 表名/表号/制表机关 come from the template; these
 * are the fields a unit fills in. `position` says whether the form prints them above the table or
 * below it (signatures and the report date go below on indicator tables).
 */
export type HeaderKey = "unit" | "period" | "unitHead" | "statHead" | "preparer" | "phone" | "reportDate";

export interface HeaderField {
  key: HeaderKey;
  label: string;
  position: "top" | "bottom";
  kind: "text" | "date";
  required: boolean;
}

export function headerFields(periodKind: PeriodKind): HeaderField[] {
  return [
    { key: "unit", label: "填报单位", position: "top", kind: "text", required: true },
    { key: "period", label: periodKind === "as-of" ? "截至时间" : "报告期", position: "top", kind: "text", required: true },
    { key: "unitHead", label: "单位负责人", position: "bottom", kind: "text", required: false },
    { key: "statHead", label: "统计负责人", position: "bottom", kind: "text", required: false },
    { key: "preparer", label: "填表人", position: "bottom", kind: "text", required: true },
    { key: "phone", label: "联系电话", position: "bottom", kind: "text", required: false },
    { key: "reportDate", label: "报出日期", position: "bottom", kind: "date", required: true },
  ];
}

export const HEADER_KEYS: readonly HeaderKey[] = ["unit", "period", "unitHead", "statHead", "preparer", "phone", "reportDate"];
