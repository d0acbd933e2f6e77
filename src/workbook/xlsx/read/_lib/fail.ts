import type { MessageCode, ParamsOf, Problem } from "../../../../core/locale";
import { WorkbookError } from "../../../workbook-error";
import type { WorkbookErrorCode } from "../../../workbook-error";

type IntakeCode = Extract<MessageCode, `intake.${string}`>;

/** A WorkbookError carrying the intake problem that says why the file is refused; params also travel as `detail`. */
export function fail<C extends IntakeCode>(
  code: WorkbookErrorCode,
  messageCode: C,
  params: ParamsOf<C>,
  extra: { cause?: unknown; reason?: string } = {},
): WorkbookError {
  const detail: Record<string, string | number> = { message: messageCode };
  for (const [key, value] of Object.entries(params as Record<string, unknown>)) {
    if (typeof value === "string" || typeof value === "number") detail[key] = value;
  }
  if (extra.reason) detail.reason = extra.reason;
  // A code and its own params make one member of the union, which TypeScript cannot see for a C not yet known.
  const problem = { code: messageCode, params } as Problem<IntakeCode>;
  return new WorkbookError(code, { problem, cause: extra.cause, detail });
}
