/** Characters Markdown would read as markup anywhere in a line. */
const INLINE_MARKUP = /[\\`*_[\]<>#|~&]/g;

/** Text as Markdown shows it literally: 20*30 or a unit named [试点] must not turn into markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_MARKUP, "\\$&");
}

/** A paragraph beginning like a list item (-5万, +3, 1. or 1)) is escaped so it stays a paragraph. */
export function escapeParagraphStart(paragraph: string): string {
  return paragraph.replace(/^[-+]/, "\\$&").replace(/^(\d+)([.)])/, "$1\\$2");
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/**
 * Bold for `inner` between the characters `before` and `after` (undefined at a paragraph's ends).
 * CommonMark opens ** only before a letter or after a space or punctuation, and closes it likewise:
 * "为**87.6%**的" or "**《方案》**提出" would not be bold, as Chinese has no spaces. Where ** would not
 * work, <strong> does.
 */
export function strong(before: string | undefined, inner: string, after: string | undefined): string {
  const chars = [...inner];
  const first = chars[0];
  const last = chars[chars.length - 1];
  const loose = (c: string | undefined) => c === undefined || SPACE.test(c) || PUNCTUATION.test(c);
  const opens = !SPACE.test(first) && (!PUNCTUATION.test(first) || loose(before));
  const closes = !SPACE.test(last) && (!PUNCTUATION.test(last) || loose(after));
  return opens && closes ? `**${inner}**` : `<strong>${inner}</strong>`;
}
