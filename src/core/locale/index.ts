export { message, messageIn } from "./messages";
export type { MessageCode, MessageParams, LocaleName } from "./messages";
export { zhCN } from "./zh-CN";
export { enUS } from "./en-US";
export { problem, problemText } from "./problem";
export type { AnyProblem, ParamsOf, Problem } from "./problem";
