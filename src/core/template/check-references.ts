import { message } from "../locale";
import { describePlace } from "./describe-place";
import type { TemplateProblem } from "./template-problems";
import type { Indicator, ReportTemplate } from "./types";

const NUMERIC_KINDS: ReadonlySet<Indicator["kind"]> = new Set(["integer", "decimal", "money"]);

/**
 * What the schema cannot say: keys are unique, references name real keys, a total with 其中
 * children says how they relate, enums list options, rates have a formula.
 */
export function checkReferences(template: ReportTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const add = (path: PropertyKey[], text: string) =>
    problems.push({ path, place: describePlace(template, path), message: text });
  // Every key with its kind, so a reference can be checked for existence and for what it points at.
  const seen = new Map<string, { kind: Indicator["kind"]; options?: string[] }>();
  const claim = (key: string, path: PropertyKey[], kind: Indicator["kind"], options?: string[]) => {
    if (seen.has(key)) add([...path, "key"], message("template.duplicate-key", { key }));
    else seen.set(key, { kind, options });
  };

  const rateChecks: Array<{ indicator: Indicator; path: PropertyKey[] }> = [];
  const visit = (indicator: Indicator, path: PropertyKey[]) => {
    claim(indicator.key, path, indicator.kind);
    if (indicator.children?.length && !indicator.breakdown) add(path, message("template.breakdown-missing"));
    if (indicator.kind === "enum" && !indicator.options?.length) add(path, message("template.enum-without-options"));
    if (indicator.formula && indicator.kind !== "percent") add([...path, "formula"], message("template.formula-on-non-rate"));
    if (indicator.aggregate === "recompute" && !indicator.formula)
      add([...path, "aggregate"], message("template.recompute-without-formula"));
    if (indicator.formula) rateChecks.push({ indicator, path });
    indicator.children?.forEach((child, i) => visit(child, [...path, "children", i]));
  };

  if (template.kind === "indicators") {
    template.sections.forEach((section, s) =>
      section.indicators.forEach((indicator, i) => visit(indicator, ["sections", s, "indicators", i])),
    );
  } else {
    template.columns.forEach((column, i) => {
      claim(column.key, ["columns", i], column.kind, column.options);
      if (column.kind === "enum" && !column.options?.length) add(["columns", i], message("template.enum-without-options"));
    });
  }

  const known = (key: string, path: PropertyKey[]) => {
    if (!seen.has(key)) add(path, message("template.unknown-reference", { key }));
  };
  // A rate is computed from counts, quantities or money; a text or another rate cannot be divided.
  const operand = (key: string, path: PropertyKey[]) => {
    const target = seen.get(key);
    if (!target) add(path, message("template.unknown-reference", { key }));
    else if (!NUMERIC_KINDS.has(target.kind)) add(path, message("template.formula-operand-not-number", { key }));
  };
  for (const { indicator, path } of rateChecks) {
    operand(indicator.formula!.numerator, [...path, "formula", "numerator"]);
    operand(indicator.formula!.denominator, [...path, "formula", "denominator"]);
  }
  template.comparisons?.forEach((c, i) => {
    known(c.left, ["comparisons", i, "left"]);
    known(c.right, ["comparisons", i, "right"]);
  });
  if (template.kind === "ledger") {
    if (template.status) {
      known(template.status.column, ["status", "column"]);
      if (template.status.doneDateColumn) known(template.status.doneDateColumn, ["status", "doneDateColumn"]);
      // A done value the status column cannot hold would make every row count as unfinished.
      const options = seen.get(template.status.column)?.options;
      template.status.doneValues.forEach((value, i) => {
        if (options && !options.includes(value))
          add(["status", "doneValues", i], message("template.done-value-not-option", { value, options: options.join("、") }));
      });
    }
    template.identityColumns?.forEach((k, i) => known(k, ["identityColumns", i]));
  }
  return problems;
}
