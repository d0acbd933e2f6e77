/** The sentence template as the editor holds it (one text, a line per sentence) and as core and the store take it (lines). */
export const templateText = {
  fromLines: (lines: readonly string[]): string => lines.join("\n"),
  // A textarea gives \n, but pasted text may carry \r\n from Word or Notepad.
  toLines: (text: string): string[] => text.split(/\r?\n/),
};
