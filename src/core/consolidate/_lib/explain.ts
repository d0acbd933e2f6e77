import { message, type MessageCode, type MessageParams } from "../../locale";
import type { Explained } from "../consolidation-result";

/** A message code and its parameters kept as data, with the zh-CN text beside them. */
export function explain<C extends MessageCode>(code: C, ...args: MessageParams<C> extends undefined ? [] : [MessageParams<C>]): Explained {
  const render = message as (code: MessageCode, params?: unknown) => string;
  const params = (args[0] ?? {}) as Record<string, unknown>;
  return { code, params, message: render(code, args[0]) };
}
