/**
 * The texts of a data validation as Excel keeps them, for both adapters. Excel's Data Validation
 * dialog and the file format (ECMA-376 dataValidation: promptTitle/errorTitle, prompt, error) hold a
 * title of at most 32 characters, an input message of 255 and an error message of 225; a longer text
 * is refused by Excel on the desktop when it opens the file, so it is cut here with "…".
 */
export const VALIDATION_TITLE_MAX = 32;
export const VALIDATION_PROMPT_MAX = 255;
export const VALIDATION_ERROR_MAX = 225;

/** The titles HuiBao gives the prompt and the alert. */
export const PROMPT_TITLE = "填报提示";
export const ERROR_TITLE = "请核对";

/** A text cut to `max` characters (counting the closing "…"). */
export function clipValidationText(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}
