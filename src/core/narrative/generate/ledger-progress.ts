import { entityPhrase } from "../spec/entity-phrase";
import { textPhrase } from "../spec/text-phrase";
import type { Phrase } from "../spec/types";
import type { LedgerTemplate } from "../../template/types";
import { listPhrases } from "./_lib/list-phrases";
import { countText } from "./figure-phrase";
import { mergeText } from "./merge-text";
import type { LedgerState } from "./narrative-input";
import { ratioPhrase } from "./ratio-phrase";

/**
 * Where a rectification stands (domain.md §6): 已完成整改35个（其中立行立改5个），正在推进6个，未启动2个，
 * 完成率81.4%. The done count includes every done status of the template (已完成 and 立行立改); the
 * statuses after the first are named in brackets. A status with no problems is not mentioned — nor is
 * 已完成整改 with none done, or its rate of 0% — and 未启动 is said only from the status column, never
 * guessed from what is left.
 */
export function ledgerProgress(ledger: LedgerState, template?: LedgerTemplate): Phrase[] {
  const count = (n: number) => entityPhrase("number", countText(n, "个"), { unit: "个" });
  const clauses: Phrase[][] = [];
  const doneValues = template?.status?.doneValues ?? [];
  if (ledger.done > 0) {
    const done: Phrase[] = [textPhrase("已完成整改"), count(ledger.done)];
    const alsoDone = doneValues.slice(1).filter((status) => (ledger.byStatus[status] ?? 0) > 0);
    alsoDone.forEach((status, i) => done.push(textPhrase(`${i === 0 ? "（其中" : "、"}${status}`), count(ledger.byStatus[status]!)));
    if (alsoDone.length > 0) done.push(textPhrase("）"));
    clauses.push(done);
  }
  if (ledger.inProgress > 0) clauses.push([textPhrase("正在推进"), count(ledger.inProgress)]);
  const statusColumn = template?.status && template.columns.find((column) => column.key === template.status!.column);
  for (const status of statusColumn?.options ?? []) {
    if (/^未/.test(status) && !doneValues.includes(status) && (ledger.byStatus[status] ?? 0) > 0) clauses.push([textPhrase(status), count(ledger.byStatus[status]!)]);
  }
  const rate = ledger.done > 0 ? ratioPhrase(ledger.done, ledger.problems) : undefined;
  if (rate) clauses.push([textPhrase("完成率"), rate]);
  return mergeText(listPhrases(clauses, { separator: "，" }) ?? []);
}
