import { message } from "../../../../core/locale";
import type { MessageCode, MessageParams } from "../../../../core/locale";
import { WorkbookError } from "../../../workbook-error";
import type { WorkbookErrorCode } from "../../../workbook-error";

type IntakeCode = Extract<MessageCode, `intake.${string}`>;

/** A WorkbookError whose text is the zh-CN message of an intake code; params also travel as `detail`. */
export function fail<C extends IntakeCode>(
  code: WorkbookErrorCode,
  messageCode: C,
  params: MessageParams<C>,
  extra: { cause?: unknown; reason?: string } = {},
): WorkbookError {
  const render = message as (code: C, params: MessageParams<C>) => string;
  const detail: Record<string, string | number> = { message: messageCode };
  for (const [key, value] of Object.entries(params as Record<string, unknown>)) {
    if (typeof value === "string" || typeof value === "number") detail[key] = value;
  }
  if (extra.reason) detail.reason = extra.reason;
  return new WorkbookError(code, render(messageCode, params), { cause: extra.cause, detail });
}
