import { problemText } from "../locale";
import type { ConsolidationResult } from "./consolidation-result";

/** The CLI's --json answer: plain JSON, stable keys, text in zh-CN. */
export interface ConsolidationJson {
  template: { id: string; title: string; version: string };
  period: string | null;
  units: {
    received: string[];
    missing: string[];
    duplicates: Array<{ unit: string; kept: string; dropped: string[]; rule: "report-date" | "order" }>;
    zeroReports: string[];
    outsideRoster: string[];
    /** Units not reported on their own, in an upper level's summary (村 in its 镇's): not 未报. */
    /** Units whose figures a higher level's summary holds (a roster with levels); absent when none. */
    covered?: Array<{ unit: string; by: string }>;
  };
  inputs: Array<{
    file: string;
    /** The sheet read, where one was (a workbook may hold several units' forms). */
    sheet: string | null;
    unit: string | null;
    status: "accepted" | "rejected";
    reason: string | null;
    template: string | null;
    valuesRead: number;
    valuesAccepted: number;
    valuesConverted: number;
    valuesRejected: number;
    valuesBlank: number;
    sha256: string | null;
  }>;
  /** Each value of a counted file that was not counted, with where it is and why. */
  rejectedValues: Array<{ file: string; unit: string | null; sheet: string; cell: string; label: string; raw: string; reason: string }>;
  /** By indicator name ("section·label" where a label repeats); for a ledger, rows, status counts and column sums. */
  totals: Record<string, number>;
  findings: { error: number; verify: number; hint: number };
  /** The summary workbook written, when there is one. */
  output: string | null;
}

function ledgerTotals(result: ConsolidationResult): Record<string, number> {
  const { template, ledger } = result;
  if (template.kind !== "ledger" || !ledger) return {};
  const totals: Record<string, number> = { 条数: ledger.rowCount };
  const statusLabel = template.columns.find((c) => c.key === template.status?.column)?.label;
  if (statusLabel) {
    for (const [option, count] of Object.entries(ledger.statusCounts)) totals[`${statusLabel}·${option}`] = count;
    totals["完成数"] = ledger.done;
    if (ledger.rowCount > 0) totals["完成率"] = (ledger.done / ledger.rowCount) * 100;
  }
  for (const column of template.columns) if (ledger.columnTotals[column.key] !== undefined) totals[column.label] = ledger.columnTotals[column.key];
  return totals;
}

/** The --json object of a consolidation; `output` is the path of the summary workbook written. */
export function toJson(result: ConsolidationResult, output?: string): ConsolidationJson {
  const totals: Record<string, number> = {};
  for (const total of result.totals) if (total.value !== undefined) totals[total.name] = total.value;
  const count = (severity: string) => result.findings.filter((f) => f.severity === severity).length;
  return {
    template: { id: result.template.id, title: result.template.title, version: result.template.version },
    period: result.period ?? null,
    units: {
      received: result.units.map((u) => u.name),
      missing: result.missing.map((u) => u.name),
      duplicates: result.duplicates.map((d) => ({ unit: d.unit, kept: d.kept, dropped: [...d.dropped], rule: d.rule })),
      zeroReports: [...result.zeroReports],
      outsideRoster: [...result.outsideRoster],
      ...(result.covered?.length ? { covered: result.covered.map((c) => ({ ...c })) } : {}),
    },
    inputs: result.inputs.map((input) => ({
      file: input.file,
      sheet: input.sheet ?? null,
      unit: input.unit ?? null,
      status: input.status,
      reason: input.reason ? problemText(input.reason) : null,
      template: input.template?.id ?? null,
      valuesRead: input.valuesRead,
      valuesAccepted: input.valuesAccepted,
      valuesConverted: input.valuesConverted,
      valuesRejected: input.valuesRejected,
      valuesBlank: input.valuesBlank,
      sha256: input.sha256 ?? null,
    })),
    rejectedValues: result.inputs
      .filter((input) => input.status === "accepted")
      .flatMap((input) =>
        input.values
          .filter((v) => v.status === "rejected")
          .map((v) => ({ file: input.file, unit: input.unit ?? null, sheet: v.sheet, cell: v.cell, label: v.label, raw: v.raw, reason: v.reason ? problemText(v.reason) : "" })),
      ),
    totals: { ...totals, ...ledgerTotals(result) },
    findings: { error: count("error"), verify: count("verify"), hint: count("hint") },
    output: output ?? null,
  };
}
