import { message } from "../../core/locale";
import { toChineseNumeral } from "../../core/parse/chinese-numerals";
import { headerFields, indicatorsByKey, type Indicator, type IndicatorTemplate, type LedgerColumn, type LedgerTemplate, type ReportTemplate } from "../../core/template";

const INDENT = "  ";

function kindWord(kind: Indicator["kind"]): string {
  return message(`cli.kind.${kind}`);
}

/** The facts of a field after its label: kind, required, range, options. */
function fieldFacts(field: Pick<Indicator | LedgerColumn, "kind" | "required" | "min" | "max" | "options">): string[] {
  const facts = [kindWord(field.kind)];
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
  const lines = [message("cli.template-show.indicators", { count: byKey.size })];
  const visit = (indicator: Indicator, depth: number, firstChild: boolean) => {
    const facts = fieldFacts(indicator);
    if (indicator.formula) {
      const name = (key: string) => byKey.get(key)?.label ?? key;
      facts.push(message("cli.template-show.formula", { numerator: name(indicator.formula.numerator), denominator: name(indicator.formula.denominator), scale: indicator.formula.scale }));
    }
    if (indicator.cumulative) facts.push(message("cli.template-show.cumulative"));
    if (indicator.scopeNote) facts.push(message("cli.template-show.scope", { note: indicator.scopeNote }));
    if (indicator.breakdown) facts.push(message(`cli.template-show.breakdown-${indicator.breakdown}`));
    const ofWhich = firstChild ? message("cli.template-show.of-which") : "";
    lines.push(`${INDENT.repeat(depth + 1)}${ofWhich}${labelWithUnit(indicator)} · ${facts.join(" · ")}`);
    indicator.children?.forEach((child, i) => visit(child, depth + 1, i === 0));
  };
  template.sections.forEach((section, index) => {
    if (section.title) lines.push(`${toChineseNumeral(index + 1)}、${section.title}`);
    for (const indicator of section.indicators) visit(indicator, 0, false);
  });
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
  const rules = (template.rules?.length ?? 0) + (template.comparisons?.length ?? 0);
  if (rules) lines.push("", message("cli.template-show.rules", { count: rules }));
  return lines;
}
