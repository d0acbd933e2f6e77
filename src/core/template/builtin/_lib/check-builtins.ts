import { message } from "../../../locale";
import { checkTemplate } from "../../load-template";
import type { ReportTemplate } from "../../types";

/** A built-in template as shipped: its file name and the JSON imported from it. */
export interface BuiltinSource {
  file: string;
  json: unknown;
}

/**
 * Check the shipped templates with the same schema a clerk's own file meets. A built-in that fails
 * is a defect of the package, not a user's mistake, so it throws at load time naming the file
 * instead of letting a broken form reach a clerk.
 */
export function checkBuiltins(sources: readonly BuiltinSource[], naming: "current" | "versioned" = "current"): ReportTemplate[] {
  const ids = new Set<string>();
  return sources.map(({ file, json }) => {
    const result = checkTemplate(json, file);
    if (!result.ok) throw new Error(message("template.builtin-invalid", { file, details: result.message }), { cause: result.problems });
    const { id, version } = result.template;
    // The file name is how a maintainer finds a template named in a bug report; an earlier version's
    // file carries its version too.
    const expected = naming === "current" ? `${id}.template.json` : `${id}-${version}.template.json`;
    if (file !== expected) throw new Error(message("template.builtin-id-mismatch", { file, id }));
    const identity = naming === "current" ? id : `${id}@${version}`;
    if (ids.has(identity)) throw new Error(message("template.builtin-duplicate-id", { file, id }));
    ids.add(identity);
    return result.template;
  });
}
