import { checkBuiltins } from "./_lib/check-builtins";
import { BUILTIN_SOURCES } from "./builtin-templates";
import { LEGACY_SOURCES } from "./legacy-templates";

/**
 * Checks every shipped template file — the built-ins and their earlier versions — and throws naming the
 * first that fails. Run by `npm run build:cli` (scripts/check-builtin-templates.js) and by the tests, so
 * the program itself never loads the schema for them. Returns how many files it checked.
 */
export function checkShippedTemplates(): number {
  return checkBuiltins(BUILTIN_SOURCES).length + checkBuiltins(LEGACY_SOURCES, "versioned").length;
}
