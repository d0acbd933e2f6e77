import type { Severity } from "../../../src/core/template";
import type { Finding } from "../../../src/core/validate";

/**
 * A finding of each severity with real codes and parameters, so the note text comes from the
 * locale as it will in use: 错误 a blank required cell (with a fix), 核实 a big change (with a fix),
 * 提示 an approximate figure (no fix).
 */
export function findingAt(cell: string, severity: Severity = "error", options: { sheet?: string; label?: string } = {}): Finding {
  const sheet = options.sheet ?? "统计表";
  const label = options.label ?? "摸排人员";
  const location = { sheet, cell };
  switch (severity) {
    case "error":
      return { code: "validate.required", severity, location, indicator: label, params: { label }, fix: { code: "fix.fill-value", params: {} } };
    case "verify":
      return {
        code: "validate.change-needs-note",
        severity,
        location,
        indicator: label,
        params: { label, previous: 100, value: 180, change: 80, threshold: 50 },
        fix: { code: "fix.add-note", params: {} },
      };
    case "hint":
      return { code: "validate.approximate", severity, location, indicator: label, input: "300余", params: { label, input: "300余", value: 300, qualifier: "余" } };
  }
}

/** `count` findings on distinct cells of column C, rows 2…, severities in turn. */
export function manyFindings(count: number, sheet = "统计表"): Finding[] {
  const severities: Severity[] = ["error", "verify", "hint"];
  return Array.from({ length: count }, (_, i) => findingAt(`C${i + 2}`, severities[i % 3], { sheet, label: `指标${i + 1}` }));
}
