export type {
  ValueKind,
  Aggregation,
  BreakdownKind,
  RateFormula,
  Indicator,
  TableValue,
  ValueColumn,
  ColumnRole,
  ColumnFormula,
  ChangeFormula,
  TotalRow,
  TemplateMigration,
  IndicatorSection,
  LedgerColumn,
  LedgerStatus,
  ComparisonOperator,
  Severity,
  Comparison,
  ExpressionRule,
  PeriodKind,
  IndicatorTemplate,
  LedgerTemplate,
  ReportTemplate,
  NumberStyle,
  IndicatorNarrative,
  TemplateNarrative,
} from "./types";
export { templateSchema } from "./schema";
export { checkTemplate, loadTemplateText } from "./load-template";
export type { TemplateLoadResult } from "./load-template";
export type { TemplateProblem } from "./template-problems";
export { headerFields, HEADER_KEYS } from "./header-fields";
export type { HeaderKey, HeaderField } from "./header-fields";
export { flattenIndicators, indicatorsByKey } from "./indicator-tree";
export type { PlacedIndicator } from "./indicator-tree";
export { tableCells, tableColumns, tableRows, cellKey, comparisonPairs, mainColumn, valueAliases, fills, SINGLE_COLUMN } from "./table-cells";
export type { TableRow, TableShape } from "./table-cells";
export { valueNames } from "./value-names";
export { isGrid } from "./is-grid";
export { computedValue } from "./computed-value";
export { BUILTIN_TEMPLATES, findBuiltinTemplate, LEGACY_TEMPLATES } from "./builtin";
