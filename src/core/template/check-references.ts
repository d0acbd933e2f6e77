import { message } from "../locale";
import { describePlace } from "./describe-place";
import type { TemplateProblem } from "./template-problems";
import { comparisonPairs, tableCells, tableColumns } from "./table-cells";
import type { Indicator, IndicatorTemplate, ReportTemplate, ValueKind } from "./types";

const NUMERIC_KINDS: ReadonlySet<ValueKind | undefined> = new Set(["integer", "decimal", "money"]);

/**
 * What the schema cannot say: keys are unique, references name real keys, a total with 其中
 * children says how they relate, enums list options, rates have a formula.
 */
export function checkReferences(template: ReportTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const add = (path: PropertyKey[], text: string) =>
    problems.push({ path, place: describePlace(template, path), message: text });
  // Every key with its kind, so a reference can be checked for existence and for what it points at.
  const seen = new Map<string, { kind: ValueKind | undefined; options?: string[] }>();
  const claim = (key: string, path: PropertyKey[], kind: ValueKind | undefined, options?: string[]) => {
    if (seen.has(key)) add([...path, "key"], message("template.duplicate-key", { key }));
    else seen.set(key, { kind, options });
  };

  const rateChecks: Array<{ indicator: Indicator; path: PropertyKey[] }> = [];
  const visit = (indicator: Indicator, path: PropertyKey[]) => {
    claim(indicator.key, path, indicator.kind);
    if (indicator.children?.length && !indicator.breakdown) add(path, message("template.breakdown-missing"));
    if (indicator.kind === "enum" && !indicator.options?.length) add(path, message("template.enum-without-options"));
    if (indicator.formula && indicator.kind !== undefined && indicator.kind !== "percent") add([...path, "formula"], message("template.formula-on-non-rate"));
    if (indicator.aggregate === "recompute" && !indicator.formula)
      add([...path, "aggregate"], message("template.recompute-without-formula"));
    if (indicator.formula) rateChecks.push({ indicator, path });
    indicator.children?.forEach((child, i) => visit(child, [...path, "children", i]));
  };

  if (template.kind === "indicators") {
    template.sections.forEach((section, s) =>
      section.indicators.forEach((indicator, i) => visit(indicator, ["sections", s, "indicators", i])),
    );
    if (template.totalRow) claim(template.totalRow.key ?? "total", ["totalRow"], undefined);
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
  if (template.kind === "indicators") {
    checkColumns(template, add, seen);
    // Values can only be worked out once rows and columns hold together.
    const sound = problems.length === 0;
    const columnKeys = new Set((template.columns ?? []).map((c) => c.key));
    const named = (key: string) => seen.has(key) || columnKeys.has(key);
    template.comparisons?.forEach((c, i) => {
      for (const side of ["left", "right"] as const) if (!named(c[side])) add(["comparisons", i, side], message("template.unknown-reference", { key: c[side] }));
      if (sound && named(c.left) && named(c.right) && comparisonPairs(template, c).length === 0)
        add(["comparisons", i], message("template.comparison-unresolved", { left: c.left, right: c.right }));
    });
    template.keyIndicators?.forEach((k, i) => known(k, ["keyIndicators", i]));
    const values = sound ? tableCells(template).byKey : undefined;
    template.migrations?.forEach((m, i) =>
      Object.entries(m.keys).forEach(([from, to]) => {
        if (values && !values.has(to)) add(["migrations", i, "keys", from], message("template.unknown-reference", { key: to }));
      }),
    );
  } else {
    template.comparisons?.forEach((c, i) => {
      known(c.left, ["comparisons", i, "left"]);
      known(c.right, ["comparisons", i, "right"]);
    });
  }
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

/**
 * The 宾栏 of an indicator table: column keys unique and apart from row keys (a comparison names
 * either), formulas over columns of numbers, the main column one of them, and every value of the table
 * knowing its kind and aggregation from its row or its column.
 */
function checkColumns(
  template: IndicatorTemplate,
  add: (path: PropertyKey[], text: string) => void,
  rows: ReadonlyMap<string, { kind: ValueKind | undefined }>,
): void {
  const columns = template.columns ?? [];
  const byKey = new Map<string, (typeof columns)[number]>();
  columns.forEach((column, i) => {
    if (byKey.has(column.key) || rows.has(column.key)) add(["columns", i, "key"], message("template.duplicate-key", { key: column.key }));
    byKey.set(column.key, column);
    if (column.formula && column.kind !== undefined && column.kind !== "percent") add(["columns", i, "formula"], message("template.formula-on-non-rate"));
  });
  const operand = (key: string, path: PropertyKey[]) => {
    const target = byKey.get(key);
    if (!target) add(path, message("template.unknown-reference", { key }));
    else if (target.formula) add(path, message("template.formula-operand-not-number", { key }));
    else if (target.kind !== undefined && !NUMERIC_KINDS.has(target.kind)) add(path, message("template.formula-operand-not-number", { key }));
  };
  columns.forEach((column, i) => {
    const f = column.formula;
    if (f?.type === "ratio") {
      operand(f.numerator, ["columns", i, "formula", "numerator"]);
      operand(f.denominator, ["columns", i, "formula", "denominator"]);
    } else if (f?.type === "change") {
      operand(f.current, ["columns", i, "formula", "current"]);
      operand(f.base, ["columns", i, "formula", "base"]);
    }
  });
  if (template.mainColumn && !tableColumns(template).some((c) => c.key === template.mainColumn)) add(["mainColumn"], message("template.unknown-reference", { key: template.mainColumn }));
  // A row that leaves its kind (or aggregation) to the columns needs every column to state it.
  const visit = (indicator: Indicator, path: PropertyKey[]) => {
    const ratioRow = indicator.formula !== undefined;
    if (indicator.kind === undefined && !ratioRow && !(columns.length > 0 && columns.every((c) => c.kind !== undefined)))
      add([...path, "kind"], message("template.kind-missing"));
    if (indicator.aggregate === undefined && !ratioRow && !(columns.length > 0 && columns.every((c) => c.aggregate !== undefined || c.formula)))
      add([...path, "aggregate"], message("template.aggregate-missing"));
    indicator.columns?.forEach((key, i) => {
      if (!byKey.has(key)) add([...path, "columns", i], message("template.unknown-reference", { key }));
    });
    indicator.children?.forEach((child, i) => visit(child, [...path, "children", i]));
  };
  template.sections.forEach((section, s) => section.indicators.forEach((indicator, i) => visit(indicator, ["sections", s, "indicators", i])));
}
