/** Characters XML 1.0 cannot hold at all (control characters other than tab, line feed, carriage return). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters sought
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const SPECIAL = /[&<>"]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Text for an element or an attribute value. A control character a clerk's file carried is written as
 * OOXML spells it (_x0001_), as Excel does, since XML cannot hold it and a file with it would not open.
 */
export function xmlEscape(text: string): string {
  const clean = NOT_XML.test(text) ? text.replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`) : text;
  NOT_XML.lastIndex = 0;
  return SPECIAL.test(clean) ? clean.replace(SPECIAL, (c) => ENTITY[c]) : clean;
}
