import type { MessageTable } from "../message-table";

/** Two values compared; `op` says how (不大于, 小于 …), as a validate.op.* message of its own. */
type Compared = { label: string; left: string; leftValue: string | number; op: string; right: string; rightValue: string | number };

/** The audit's findings and fixes, each a message of its own parameters (the field's label first). */
export const validateZh = {
  "validate.nil": (p: { label: string; input: string }) => `「${p.label}」填的是“${p.input}”，未按 0 计；没有发生请填 0`,
  "validate.unit-converted": (p: { label: string; from: string; to: string; value: number }) => `本表计量单位为“${p.from}”，按 ${p.value}${p.to} 计`,
  "validate.unit-unconvertible": (p: { label: string; from: string; to: string }) => `本表计量单位“${p.from}”与表式的“${p.to}”无法换算`,
  "validate.required": (p: { label: string }) => `「${p.label}」未填写`,
  "validate.placeholder": (p: { label: string; input: string }) => `「${p.label}」填的是占位符“${p.input}”，请填写实际数值`,
  "validate.invalid": (p: { label: string; reason: string }) => `「${p.label}」无法识别：${p.reason}`,
  "validate.not-integer": (p: { label: string; value: number }) => `「${p.label}」应为整数，填的是 ${p.value}`,
  "validate.too-many-decimals": (p: { label: string; value: number; decimals: number }) => `「${p.label}」最多保留 ${p.decimals} 位小数，填的是 ${p.value}`,
  "validate.below-min": (p: { label: string; value: number; min: number }) => `「${p.label}」为 ${p.value}，不能小于 ${p.min}`,
  "validate.above-max": (p: { label: string; value: number; max: number }) => `「${p.label}」为 ${p.value}，不能大于 ${p.max}`,
  "validate.parsed-as": (p: { label: string; steps: string[] }) => `「${p.label}」${p.steps.join("；")}`,
  "validate.approximate": (p: { label: string; input: string; value: number | string; qualifier: string }) => `「${p.label}」填的是约数“${p.input}”，按 ${p.value} 计，汇总和综述中保留“${p.qualifier}”`,
  "validate.partial-child-exceeds": (p: { label: string; child: string; childValue: number; total: number }) => `其中「${p.child}」${p.childValue} 大于合计「${p.label}」${p.total}`,
  "validate.partial-sum-exceeds": (p: { label: string; sum: number; total: number }) => `其中各项之和 ${p.sum} 大于合计「${p.label}」${p.total}，请核实是否重复统计`,
  "validate.exclusive-sum-exceeds": (p: { label: string; sum: number; total: number }) => `其中各项互不重叠，之和 ${p.sum} 却大于合计「${p.label}」${p.total}`,
  "validate.complete-mismatch": (p: { label: string; total: number; sum: number; diff: number }) => `「${p.label}」${p.total} 不等于其中各项之和 ${p.sum}（相差 ${p.diff}）`,
  "validate.complete-rounding": (p: { label: string; total: number; sum: number; diff: number }) => `「${p.label}」${p.total} 与其中各项之和 ${p.sum} 相差 ${p.diff}，属四舍五入误差，请留意`,
  "validate.rate-mismatch": (p: { label: string; typed: number; numerator: string; denominator: string; expected: number }) => `「${p.label}」填的是 ${p.typed}，按「${p.numerator}」÷「${p.denominator}」计算应为 ${p.expected}`,
  "validate.rate-zero-denominator": (p: { label: string; numerator: string; denominator: string; value: number }) => `「${p.label}」的分母「${p.denominator}」为 0，而分子「${p.numerator}」为 ${p.value}`,
  "validate.comparison": (p: Compared) => `「${p.left}」${p.leftValue} 应${p.op}「${p.right}」${p.rightValue}`,
  "validate.comparison-in-row": (p: Compared & { row: number }) => `第 ${p.row} 行「${p.left}」${p.leftValue} 应${p.op}「${p.right}」${p.rightValue}`,
  "validate.expression": (p: { label: string; message: string }) => `${p.message}`,
  "validate.expression-broken": (p: { label: string; expression: string; error: string }) => `表式中的审核公式“${p.expression}”无法使用：${p.error}`,
  "validate.done-without-date": (p: { label: string; row: number; status: string }) => `第 ${p.row} 行整改状态为“${p.status}”，但未填写「${p.label}」`,
  "validate.done-after-report": (p: { label: string; row: number; date: string; reportDate: string }) => `第 ${p.row} 行「${p.label}」${p.date} 晚于报出日期 ${p.reportDate}`,
  "validate.duplicate-row": (p: { label: string; row: number; other: number; columns: string }) => `第 ${p.row} 行与第 ${p.other} 行重复（${p.columns}相同）`,
  "validate.cumulative-below-current": (p: { label: string; value: number; current: number; currentLabel: string }) =>
    `「${p.label}」${p.value} 小于「${p.currentLabel}」${p.current}，累计数应包含本期数`,
  "validate.change-mismatch": (p: { label: string; typed: number; current: string; base: string; expected: number }) =>
    `「${p.label}」同比填的是 ${p.typed}，按「${p.current}」与「${p.base}」计算应为 ${p.expected}`,
  "validate.change-of-zero": (p: { label: string; typed: number; current: string; base: string }) => `「${p.label}」上年同期为 0，无法计算同比，不应填写 ${p.typed}`,
  "validate.year-on-year-needs-note": (p: { label: string; value: number; previous: number; change: number; threshold: number }) =>
    `「${p.label}」本期 ${p.value}，上年同期 ${p.previous}，同比变化 ${p.change}%，超过 ${p.threshold}%，请在备注中说明原因`,
  "validate.cumulative-fell": (p: { label: string; previous: number; value: number }) => `累计数「${p.label}」由上期 ${p.previous} 降为 ${p.value}，累计数不应减少`,
  "validate.change-needs-note": (p: { label: string; previous: number; value: number; change: number; threshold: number }) =>
    `「${p.label}」由上期 ${p.previous} 变为 ${p.value}，变化 ${p.change}%，超过 ${p.threshold}%，请在备注中说明原因`,
  "validate.cross-table": (p: { label: string; sheet: string; value: number | string; otherSheet: string; otherValue: number | string }) => `「${p.label}」在「${p.sheet}」为 ${p.value}，在「${p.otherSheet}」为 ${p.otherValue}，两表不一致`,
  "validate.missing-indicator": (p: { label: string }) => `表中没有找到指标「${p.label}」`,
  "validate.unmatched-label": (p: { label: string }) => `表中的「${p.label}」不是本表式的指标，未纳入审核和汇总`,
  "validate.head-not-found": (p: { sheet: string; title: string }) => `工作表「${p.sheet}」中没有找到与表式“${p.title}”对应的表头或指标，无法审核`,
  "validate.accepted-with-note": (p: { label: string; note: string }) => `「${p.label}」已核实：${p.note}`,
  "fix.fill-value": () => "如实填写；没有发生的填 0",
  "fix.use-value": (p: { value: number }) => `改为 ${p.value}`,
  "fix.whole-number": () => "按原始记录填写整数（件数不能有小数，也不要四舍五入凑数）",
  "fix.add-note": () => "在备注栏写明原因",
  "fix.fill-date": () => "填写完成日期",
  "validate.op.<=": () => "不大于",
  "validate.op.<": () => "小于",
  "validate.op.>=": () => "不小于",
  "validate.op.>": () => "大于",
  "validate.op.==": () => "等于",
  "validate.severity.error": () => "错误",
  "validate.severity.verify": () => "核实",
  "validate.severity.hint": () => "提示",
} satisfies MessageTable;
