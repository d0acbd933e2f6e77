import { zhCN } from "./zh-CN";
import { enUS } from "./en-US";

export type MessageCode = keyof typeof zhCN;
export type MessageParams<C extends MessageCode> = Parameters<(typeof zhCN)[C]>[0];
export type LocaleName = "zh-CN" | "en-US";

const tables = { "zh-CN": zhCN, "en-US": enUS } as const;

/** The text of a message in a locale (zh-CN unless stated): findings and errors carry codes and params; words live here. */
export function message<C extends MessageCode>(code: C, ...args: ParamsArgument<C>): string {
  return messageIn("zh-CN", code, ...args);
}

/** The same in a chosen locale. */
export function messageIn<C extends MessageCode>(locale: LocaleName, code: C, ...args: ParamsArgument<C>): string {
  const render = tables[locale][code] as (p: MessageParams<C> | undefined) => string;
  return render(args[0]);
}

/** Messages without parameters are called with none. */
type ParamsArgument<C extends MessageCode> = MessageParams<C> extends undefined ? [] : [MessageParams<C>];
