import type { MessageCode, Problem } from "../locale";

/** The codes of what inferring a form may be unsure of, or why it failed. */
export type InferCode = Extract<MessageCode, `infer.${string}`>;

/**
 * Something the inference was not sure of: a problem (worded by the locale) and the sheet it is about;
 * the cell is named inside the problem's params.
 */
export interface InferNote {
  /** The file, where the form was inferred from one of several (consolidate). */
  file?: string;
  sheet: string;
  problem: Problem<InferCode>;
}
