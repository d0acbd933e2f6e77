export { parseValue, plainDate, plainValue, valueAsItStands } from "./parse-value";
export type {
  ParseField,
  ParseContext,
  ParseStep,
  InvalidReason,
  ParsedInvalid,
  ParsedNumber,
  ParsedDate,
  ParsedText,
  ParsedValue,
} from "./parsed-value";
export { describeParse, invalidProblem } from "./describe-parse";
export { QUALIFIERS } from "./qualifiers";
export type { Qualifier, QualifierInfo } from "./qualifiers";
export { convertUnit, normalizeUnit, sameUnit, unitFamily } from "./units";
export type { UnitFamily } from "./units";
export { parseChineseNumeral, toChineseNumeral } from "./chinese-numerals";
export type { ChineseNumeralOptions } from "./chinese-numerals";
