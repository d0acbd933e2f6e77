import type { ZodError } from "zod";
import { message } from "../locale";
import { describePlace } from "./describe-place";

/** One thing wrong in a template file, with the place named for a person. */
export interface TemplateProblem {
  path: PropertyKey[];
  place: string;
  message: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: "文字",
  number: "数字",
  boolean: "true/false",
  array: "列表 [...]",
  object: "对象 {...}",
  undefined: "空缺",
  null: "null",
};

/** Turn zod's issues into Chinese problems naming the place in the file. */
export function problemsFromZod(root: unknown, error: ZodError): TemplateProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    return { path, place: describePlace(root, path), message: issueText(issue, valueAt(root, path)) };
  });
}

function issueText(issue: ZodError["issues"][number], value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return message("template.missing");
      return message("template.expected-type", {
        expected: TYPE_NAMES[issue.expected] ?? issue.expected,
        received: TYPE_NAMES[Array.isArray(value) ? "array" : value === null ? "null" : typeof value] ?? typeof value,
      });
    case "invalid_value":
      return message("template.allowed-values", { values: issue.values.map(String).join("、") });
    case "invalid_union":
      // A wrong or missing `kind`: name the kinds the schema accepts rather than repeat zod's English.
      if ("discriminator" in issue && issue.discriminator)
        return message("template.allowed-values", { values: discriminatorOptions(issue).join("、") });
      return message("template.bad-format", { detail: issue.message });
    case "too_small":
      return issue.origin === "array" || issue.origin === "string"
        ? message("template.too-short", { minimum: String(issue.minimum) })
        : message("template.too-small", { minimum: String(issue.minimum) });
    case "too_big":
      return message("template.too-big", { maximum: String(issue.maximum) });
    case "unrecognized_keys":
      return message("template.unknown-keys", { keys: issue.keys.join("、") });
    default:
      return message("template.bad-format", { detail: issue.message });
  }
}

function discriminatorOptions(issue: object): string[] {
  const options = (issue as { options?: unknown }).options;
  return Array.isArray(options) && options.length > 0 ? options.map(String) : ["indicators", "ledger"];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const step of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  return node;
}
