/** A table of messages: each code maps to a function of its parameters. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MessageTable = Record<string, (params: any) => string>;
