export { inferTemplate } from "./infer-template";
export type { InferOptions, InferOutcome } from "./infer-template";
export type { InferCode, InferNote } from "./infer-note";
export { formulaShape } from "./_lib/formula-shape";
export type { FormulaShape, FormulaRef } from "./_lib/formula-shape";
export { sharedForm } from "./shared-form";
export type { SharedForm } from "./shared-form";
