import { message } from "../../core/locale";
import { toChineseNumeral } from "../../core/parse/chinese-numerals";
import { headerFields, indicatorsByKey, tableColumns, tableRows, type ColumnRole, type Indicator, type IndicatorTemplate, type LedgerColumn, type LedgerTemplate, type ReportTemplate, type ValueKind } from "../../core/template";
import { formatTable } from "./text-table";

const INDENT = "  ";

function kindWord(kind: ValueKind): string {
  return message(`cli.kind.${kind}`);
}

/** The facts of a field after its label: kind, required, range, options. */
function fieldFacts(field: Pick<Indicator | LedgerColumn, "kind" | "required" | "min" | "max" | "options">): string[] {
  const facts = field.kind ? [kindWord(field.kind)] : [];
  if (field.required) facts.push(message("cli.template-show.required"));
  if (field.max !== undefined || (field.min !== undefined && field.min !== 0)) {
    facts.push(message("cli.template-show.range", { min: field.min, max: field.max }));
  }
  if (field.options?.length) facts.push(message("cli.template-show.options", { options: field.options.join("／") }));
  return facts;
}

function labelWithUnit(field: { label: string; unit?: string }): string {
  return field.unit ? `${field.label}（${field.unit}）` : field.label;
}

function describeIndicators(template: IndicatorTemplate): string[] {
  const byKey = indicatorsByKey(template);
  // A table of several columns is told by its rows here, and by its columns below.
  const lines = [template.columns?.length ? message("cli.template-show.rows", { count: tableRows(template).filter((r) => !r.isTotal).length }) : message("cli.template-show.indicators", { count: byKey.size })];
  const visit = (indicator: Indicator, depth: number, firstChild: boolean) => {
    const facts = fieldFacts(indicator);
    if (indicator.formula) {
      // A rate row's operands are rows (their values in each column), named by their labels.
      const rowLabels = new Map(tableRows(template).map((r) => [r.indicator.key, r.indicator.label]));
      const name = (key: string) => rowLabels.get(key) ?? byKey.get(key)?.label ?? key;
      facts.push(message("cli.template-show.formula", { numerator: name(indicator.formula.numerator), denominator: name(indicator.formula.denominator), scale: indicator.formula.scale }));
    }
    if (indicator.cumulative) facts.push(message("cli.template-show.cumulative"));
    if (indicator.scopeNote) facts.push(message("cli.template-show.scope", { note: indicator.scopeNote }));
    if (indicator.breakdown) facts.push(message(`cli.template-show.breakdown-${indicator.breakdown}`));
    const ofWhich = firstChild ? message("cli.template-show.of-which") : "";
    lines.push(`${INDENT.repeat(depth + 1)}${ofWhich}${labelWithUnit(indicator)}${facts.length ? ` · ${facts.join(" · ")}` : ""}`);
    indicator.children?.forEach((child, i) => visit(child, depth + 1, i === 0));
  };
  template.sections.forEach((section, index) => {
    if (section.title) lines.push(`${toChineseNumeral(index + 1)}、${section.title}`);
    for (const indicator of section.indicators) visit(indicator, 0, false);
  });
  return lines;
}

function roleWord(role: ColumnRole): string {
  switch (role) {
    case "current":
      return message("cli.template-show.role-current");
    case "cumulative":
      return message("cli.template-show.role-cumulative");
    case "previous-year":
      return message("cli.template-show.role-previous-year");
    case "previous":
      return message("cli.template-show.role-previous");
    case "change":
      return message("cli.template-show.role-change");
  }
}

/**
 * The 宾栏 of a table of several columns: its head drawn as the form prints it (group heads above their
 * columns), then each column with what it holds — role, kind, unit, formula.
 */
function describeColumns(template: IndicatorTemplate): string[] {
  const columns = tableColumns(template);
  const label = (key: string) => columns.find((c) => c.key === key)?.label ?? key;
  const grouped = columns.some((c) => c.group);
  const stub = template.stubHead ?? message("cli.template-show.stub-default");
  const top = [stub, ...columns.map((c, i) => (c.group && columns[i - 1]?.group !== c.group ? c.group : c.group ? "〃" : labelWithUnit(c)))];
  const bottom = ["", ...columns.map((c) => (c.group ? labelWithUnit(c) : ""))];
  const lines = ["", message("cli.template-show.columns-head", { count: columns.length })];
  lines.push(...formatTable(grouped ? [top, bottom] : [top]).map((line) => INDENT + line));
  columns.forEach((column, i) => {
    const facts = column.kind ? [kindWord(column.kind)] : [];
    if (column.role) facts.push(roleWord(column.role));
    const f = column.formula;
    if (f?.type === "ratio") facts.push(message("cli.template-show.formula", { numerator: label(f.numerator), denominator: label(f.denominator), scale: f.scale }));
    if (f?.type === "change") facts.push(message("cli.template-show.change-formula", { current: label(f.current), base: label(f.base) }));
    if (column.required === false) facts.push(message("cli.template-show.optional"));
    lines.push(`${INDENT}${i + 1}. ${column.group ? `${column.group}·` : ""}${labelWithUnit(column)}${facts.length ? ` · ${facts.join(" · ")}` : ""}`);
  });
  if (template.totalRow) lines.push(message("cli.template-show.total-row", { label: template.totalRow.label }));
  return lines;
}

function describeLedger(template: LedgerTemplate): string[] {
  const lines = [message("cli.template-show.columns", { count: template.columns.length })];
  template.columns.forEach((column, i) => lines.push(`${INDENT}${i + 1}. ${labelWithUnit(column)} · ${fieldFacts(column).join(" · ")}`));
  const status = template.status;
  if (status) {
    const label = (key: string) => template.columns.find((c) => c.key === key)?.label ?? key;
    const date = status.doneDateColumn ? message("cli.template-show.status-date", { column: label(status.doneDateColumn) }) : "";
    lines.push(message("cli.template-show.status", { column: label(status.column), values: status.doneValues.join("、") }) + date);
  }
  return lines;
}

/** A template's structure as lines of text, for `huibao template show`. */
export function describeTemplate(template: ReportTemplate): string[] {
  const kind = message(template.kind === "indicators" ? "template.kind-indicators" : "template.kind-ledger");
  const lines = [message("cli.template-show.heading", { title: template.title, id: template.id, version: template.version, kind })];
  const facts = [
    template.tableNo ? message("cli.template-show.table-no", { value: template.tableNo }) : "",
    template.issuer ? message("cli.template-show.issuer", { value: template.issuer }) : "",
    template.tableUnit ? message("cli.template-show.table-unit", { value: template.tableUnit }) : "",
    message("cli.template-show.period", { label: headerFields(template.periodKind).find((f) => f.key === "period")!.label }),
  ].filter(Boolean);
  lines.push(facts.join("　"));
  if (template.description) lines.push(message("cli.template-show.description-line", { text: template.description }));
  lines.push("");
  lines.push(...(template.kind === "indicators" ? describeIndicators(template) : describeLedger(template)));
  if (template.kind === "indicators" && template.columns?.length) lines.push(...describeColumns(template));
  const rules = (template.rules?.length ?? 0) + (template.comparisons?.length ?? 0);
  if (rules) lines.push("", message("cli.template-show.rules", { count: rules }));
  return lines;
}
