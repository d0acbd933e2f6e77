import { message } from "../../../locale";
import { checkTemplate } from "../../load-template";
import type { ReportTemplate } from "../../types";
import type { BuiltinSource } from "./builtin-source";

/**
 * Check the shipped templates with the same schema a clerk's own file meets. Run by the tests and by
 * `npm run build:cli`, not when the program starts (loading zod and checking six templates cost about
 * 60–140 ms of every command, issue 17): a built-in that fails is a defect of the package, so it fails
 * the build naming the file instead of reaching a clerk.
 *
 * The program uses a built-in's JSON as it is, so the file must be exactly what the schema returns for
 * it — the same keys in the same order, no default the schema would add, no key it would drop —
 * or the templates written into workbooks and printed by `template show --json` would change.
 */
export function checkBuiltins(sources: readonly BuiltinSource[], naming: "current" | "versioned" = "current"): ReportTemplate[] {
  const ids = new Set<string>();
  return sources.map(({ file, json }) => {
    const result = checkTemplate(json, file);
    if (!result.ok) throw new Error(message("template.builtin-invalid", { file, details: result.message }), { cause: result.problems });
    if (JSON.stringify(result.template) !== JSON.stringify(json)) throw new Error(message("template.builtin-not-canonical", { file }));
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
