import type { FieldProps } from "@fluentui/react-components";
import { SEVERITY_ORDER, findingMessage, type Finding } from "../../core/validate";

const STATE = { error: "error", verify: "warning", hint: "none" } as const;

/** A field's findings as Fluent's Field shows them under the input: the worst one's state, every message. */
export function fieldValidation(findings: readonly Finding[] | undefined): Pick<FieldProps, "validationState" | "validationMessage"> {
  if (!findings?.length) return {};
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { validationState: STATE[sorted[0].severity], validationMessage: sorted.map((f) => findingMessage(f)).join("；") };
}
