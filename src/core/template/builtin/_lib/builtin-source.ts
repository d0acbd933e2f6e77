import type { ReportTemplate } from "../../types";

/** A built-in template as shipped: its file name and the JSON imported from it. */
export interface BuiltinSource {
  file: string;
  json: unknown;
}

/**
 * The templates of shipped files, used as they are: checkBuiltins proves at build and test time that
 * each is exactly what the schema makes of it. Frozen, so no caller adds to or drops from the list.
 */
export function shippedTemplates(sources: readonly BuiltinSource[]): readonly ReportTemplate[] {
  return Object.freeze(sources.map(({ json }) => json as ReportTemplate));
}
