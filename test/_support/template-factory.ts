import type { Indicator, IndicatorTemplate, LedgerTemplate } from "../../src/core/template/types";

/** A count indicator; override any field. */
export function countIndicator(key: string, label: string, extra: Partial<Indicator> = {}): Indicator {
  return { key, label, unit: "个", kind: "integer", aggregate: "sum", ...extra };
}

/** A small indicator table: a total with a complete breakdown, a money item and a computed rate. */
export function smallIndicatorTemplate(extra: Partial<IndicatorTemplate> = {}): IndicatorTemplate {
  return {
    id: "small",
    version: "1.0.0",
    title: "测试统计表",
    tableNo: "测试1表",
    issuer: "县测试办",
    periodKind: "as-of",
    kind: "indicators",
    sections: [
      {
        title: "基本情况",
        indicators: [
          countIndicator("total", "企业总数", {
            unit: "家",
            required: true,
            breakdown: "complete",
            children: [countIndicator("big", "规上企业", { unit: "家" }), countIndicator("small", "规下企业", { unit: "家" })],
          }),
          countIndicator("resumed", "已复工", { unit: "家" }),
          { key: "rate", label: "复工率", unit: "%", kind: "percent", aggregate: "recompute", formula: { numerator: "resumed", denominator: "total", scale: 100 } },
        ],
      },
      { title: "资金", indicators: [{ key: "funds", label: "应急资金", unit: "万元", kind: "money", aggregate: "sum" }] },
    ],
    ...extra,
  };
}

/** A small ledger with a status column. */
export function smallLedgerTemplate(extra: Partial<LedgerTemplate> = {}): LedgerTemplate {
  return {
    id: "small-ledger",
    version: "1.0.0",
    title: "测试整改台账",
    periodKind: "period",
    kind: "ledger",
    columns: [
      { key: "problem", label: "问题表述", kind: "text", required: true },
      { key: "deadline", label: "整改时限", kind: "date" },
      { key: "status", label: "整改状态", kind: "enum", options: ["已完成", "持续推进", "未启动"], required: true },
      { key: "doneDate", label: "完成日期", kind: "date" },
    ],
    status: { column: "status", doneValues: ["已完成"], doneDateColumn: "doneDate" },
    initialRows: 5,
    ...extra,
  };
}
