import { problem } from "../../locale";
import type { ReportTemplate } from "../../template/types";
import type { ConsolidationFinding, InputAccount, UnitFigure, ValueAccount } from "../consolidation-result";
import { withValues } from "./account-counts";
import { refigure } from "./read-indicator-report";

/**
 * The audit's errors about one value by itself: unreadable, not whole, below or above its bounds. An
 * error between two values (a 其中 past its total, 已复工 past 企业总数) does not say which of them is
 * wrong; both stay counted, with the 错误 in 审核情况 for the clerk to settle.
 */
const VALUE_ERRORS: ReadonlySet<string> = new Set(["validate.invalid", "validate.not-integer", "validate.below-min", "validate.above-max", "validate.placeholder"]);

/**
 * A unit's account and figures without the values the audit found wrong by themselves (错误 at their
 * cell: 防护服库存 −5, 1e3 where a number of 吨 is asked): each is rejected with the finding as its reason, so it is listed in
 * 来源清单 and the JSON, and its figure leaves the totals; the unit's 合计 and rates are worked out again
 * from what remains. Ledgers are stacked row by row and keep their cells as they are.
 */
export function withoutRefusedValues(
  template: ReportTemplate,
  account: InputAccount,
  figures: Record<string, UnitFigure>,
  findings: readonly ConsolidationFinding[],
): { account: InputAccount; figures: Record<string, UnitFigure> } {
  if (template.kind !== "indicators") return { account, figures };
  const errors = new Map<string, ConsolidationFinding>();
  for (const f of findings) if (f.severity === "error" && VALUE_ERRORS.has(f.code) && f.cell && (f.sheet === undefined || f.sheet === account.sheet) && !errors.has(f.cell)) errors.set(f.cell, f);
  if (errors.size === 0) return { account, figures };

  let refused = 0;
  const values = account.values.map((v): ValueAccount => {
    const finding = v.status === "accepted" ? errors.get(v.cell) : undefined;
    if (!finding) return v;
    refused++;
    const { converted: _converted, qualifier: _qualifier, value: _value, ...rest } = v;
    return { ...rest, status: "rejected", reason: problem("consolidate.value.audit-error", { reason: { code: finding.code, params: finding.params } }) };
  });
  if (refused === 0) return { account, figures };
  const kept: Record<string, UnitFigure> = {};
  // By key, not by entries: a pair made and destructured for every figure of hundreds of units cost more than the check.
  const keys = Object.keys(figures);
  for (let i = 0; i < keys.length; i++) {
    const figure = figures[keys[i]];
    if (!figure.recomputed && !errors.has(figure.cell)) kept[keys[i]] = figure;
  }
  refigure(template, kept);
  return { account: withValues(account, values), figures: kept };
}
