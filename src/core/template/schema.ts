import { z } from "zod";
import type { Indicator } from "./types";

/**
 * The schema a template file must satisfy. Objects are strict so that a misspelt field in a clerk's
 * own template file is reported instead of silently ignored. Built when a template is first checked,
 * not as the module loads: a command working with a built-in template (checked when the product is
 * built) never checks one, and building it took some 10 ms of every start (issue 17).
 */
export function templateSchema(): TemplateSchema {
  built ??= buildTemplateSchema();
  return built;
}

type TemplateSchema = ReturnType<typeof buildTemplateSchema>;
let built: TemplateSchema | undefined;

function buildTemplateSchema() {
  const key = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "key 只能由英文字母、数字和下划线组成，并以字母开头");
  const valueKind = z.enum(["integer", "decimal", "money", "percent", "date", "datetime", "text", "enum"]);
  const severity = z.enum(["error", "verify", "hint"]);
  const label = z.string().trim().min(1);

  const aggregation = z.enum(["sum", "max", "min", "recompute", "keep-per-unit"]);
  const numberStyle = z.strictObject({
    exactBelow: z.number().positive().optional(),
    decimals: z.number().int().min(0).max(4).optional(),
    roundedDown: z.enum(["余", "多"]).optional(),
  });

  const indicatorNarrative = z.strictObject({
    name: label.optional(),
    measure: label.optional(),
    measureFor: label.optional(),
    numberStyle: numberStyle.optional(),
  });

  const templateNarrative = z.strictObject({
    numberStyle: numberStyle.optional(),
    flatBelow: z.strictObject({ relative: z.number().min(0).optional(), points: z.number().min(0).optional() }).optional(),
  });

  const rateFormula = z.strictObject({
    numerator: key,
    denominator: key,
    scale: z.number().positive().default(100),
  });

  const indicatorSchema: z.ZodType<Indicator> = z.lazy(() =>
    z.strictObject({
      key,
      label,
      unit: z.string().optional(),
      // Left out on a row of a grid, whose columns say what the values are (checkReferences sees to it).
      kind: valueKind.optional(),
      decimals: z.number().int().min(0).max(6).optional(),
      required: z.boolean().optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      options: z.array(label).min(1).optional(),
      formula: rateFormula.optional(),
      aggregate: aggregation.optional(),
      aliases: z.array(label).optional(),
      scopeNote: z.string().optional(),
      cumulative: z.boolean().optional(),
      changeThreshold: z.number().positive().optional(),
      breakdown: z.enum(["complete", "exclusive", "overlapping", "partial"]).optional(),
      children: z.array(indicatorSchema).min(1).optional(),
      columns: z.array(key).min(1).optional(),
      narrative: indicatorNarrative.optional(),
    }),
  ) as z.ZodType<Indicator>;

  const section = z.strictObject({
    title: z.string().optional(),
    aliases: z.array(label).optional(),
    indicators: z.array(indicatorSchema).min(1),
  });

  const columnFormula = z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("ratio"), numerator: key, denominator: key, scale: z.number().positive().default(100) }),
    z.strictObject({ type: z.literal("change"), current: key, base: key, scale: z.number().positive().default(100) }),
  ]);

  const valueColumn = z.strictObject({
    key,
    label,
    group: label.optional(),
    aliases: z.array(label).optional(),
    role: z.enum(["current", "cumulative", "previous-year", "previous", "change"]).optional(),
    kind: valueKind.optional(),
    unit: z.string().optional(),
    decimals: z.number().int().min(0).max(6).optional(),
    aggregate: aggregation.optional(),
    required: z.boolean().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    formula: columnFormula.optional(),
    changeThreshold: z.number().positive().optional(),
    width: z.number().positive().max(120).optional(),
  });

  const totalRow = z.strictObject({
    key: key.optional(),
    label,
    aliases: z.array(label).optional(),
    position: z.enum(["first", "last"]).optional(),
  });

  const migration = z.strictObject({
    from: z.string().regex(/^\d+\.\d+\.\d+$/, "版本号应形如 1.0.0"),
    keys: z.record(key, z.string().min(1)),
  });

  const ledgerColumn = z.strictObject({
    key,
    label,
    kind: valueKind,
    unit: z.string().optional(),
    decimals: z.number().int().min(0).max(6).optional(),
    required: z.boolean().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    options: z.array(label).min(1).optional(),
    aliases: z.array(label).optional(),
    width: z.number().positive().max(120).optional(),
    aggregate: z.enum(["sum", "none"]).optional(),
  });

  const comparison = z.strictObject({
    left: key,
    op: z.enum(["<=", "<", ">=", ">", "=="]),
    right: key,
    severity,
  });

  const expressionRule = z.strictObject({
    id: key,
    expression: z.string().min(1),
    severity,
    message: label,
  });

  const base = {
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, "模板编号 id 只能由小写英文字母、数字和连字符组成"),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "版本号 version 应形如 1.0.0"),
    title: label,
    tableNo: z.string().optional(),
    issuer: z.string().optional(),
    periodKind: z.enum(["period", "as-of"]),
    tableUnit: z.string().optional(),
    aliases: z.array(label).optional(),
    comparisons: z.array(comparison).optional(),
    rules: z.array(expressionRule).optional(),
    description: z.string().optional(),
    narrative: templateNarrative.optional(),
  };

  return z.discriminatedUnion("kind", [
    z.strictObject({
      ...base,
      kind: z.literal("indicators"),
      sections: z.array(section).min(1),
      stubHead: label.optional(),
      columns: z.array(valueColumn).min(1).max(60).optional(),
      unitColumn: z.boolean().optional(),
      totalRow: totalRow.optional(),
      mainColumn: key.optional(),
      keyIndicators: z.array(key).min(1).optional(),
      migrations: z.array(migration).optional(),
    }),
    z.strictObject({
      ...base,
      kind: z.literal("ledger"),
      columns: z.array(ledgerColumn).min(1),
      status: z
        .strictObject({ column: key, doneValues: z.array(label).min(1), doneDateColumn: key.optional() })
        .optional(),
      identityColumns: z.array(key).optional(),
      initialRows: z.number().int().min(1).max(1000).optional(),
    }),
  ]);
}
