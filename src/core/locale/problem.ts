import { messageIn, type LocaleName, type MessageCode, type MessageParams } from "./messages";

/**
 * Problems as data, the way zod's issues are: a code that is a locale key and the parameters its
 * message takes, typed per code. Results keep problems, never sentences; the pane, the command line
 * and the summary sheets word them, once, in the clerk's locale (problemText).
 */

/** Any problem, where its code does not matter: what a text parameter may hold instead of words. */
export interface AnyProblem {
  readonly code: MessageCode;
  readonly params: object;
}

/**
 * A text parameter may be given as a problem of its own (the reason a file was not used, inside the
 * finding that says so); it is worded in the same locale as the problem that holds it.
 */
type Wordable<T> = string extends T ? T | AnyProblem : T extends readonly string[] ? ReadonlyArray<string | AnyProblem> : T;

/** The parameters of a code's message; a message without parameters takes an empty object. */
export type ParamsOf<C extends MessageCode> =
  MessageParams<C> extends undefined ? Record<string, never> : { [K in keyof MessageParams<C>]: Wordable<MessageParams<C>[K]> };

/** One problem among the codes C: `code` tells which, and `params` is typed by it. */
export type Problem<C extends MessageCode = MessageCode> = { [K in C]: { readonly code: K; readonly params: ParamsOf<K> } }[C];

/** The codes whose message takes no parameters. */
type BareCode = { [K in MessageCode]: MessageParams<K> extends undefined ? K : never }[MessageCode];

/** A problem of code C with its parameters (none for a message that takes none). */
export function problem<C extends MessageCode>(code: C, params: ParamsOf<C>): Problem<C>;
export function problem<C extends BareCode>(code: C): Problem<C>;
export function problem<C extends MessageCode>(code: C, params?: ParamsOf<C>): Problem<C> {
  // TypeScript cannot see that a code and its own parameters make one member of the union.
  return { code, params: params ?? {} } as Problem<C>;
}

function isProblem(value: unknown): value is AnyProblem {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "code" in value && "params" in value;
}

/** A parameter as the message takes it: a problem held in it worded in the same locale, anything else as it is. */
function wordIn(value: unknown, locale: LocaleName): unknown {
  return isProblem(value) ? problemText(value, locale) : value;
}

/** A problem in words, zh-CN unless another locale is asked for; problems held in its parameters are worded first. */
export function problemText(problem: AnyProblem, locale: LocaleName = "zh-CN"): string {
  const given = problem.params as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  // for…in over the plain object of parameters, not Object.entries and a closure: a ledger summary words
  // 170,000 findings, and the pairs made per problem were most of the wording's cost.
  for (const key in given) {
    const value = given[key];
    params[key] = Array.isArray(value) ? value.map((v) => wordIn(v, locale)) : wordIn(value, locale);
  }
  return (messageIn as (locale: LocaleName, code: MessageCode, params: unknown) => string)(locale, problem.code, params);
}
