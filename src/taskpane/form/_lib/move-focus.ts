/** The inputs Enter moves between: typed into, in the Tab sequence, not read-only (a computed rate is skipped). */
const ENTRY = "input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea, [role=combobox]";

function isEntry(element: HTMLElement, current: Element): boolean {
  if (element === current) return true;
  if (element.tabIndex < 0 || element.hasAttribute("disabled") || element.hasAttribute("readonly")) return false;
  return element.closest("[hidden]") === null;
}

/**
 * Moves the focus from `current` to the next (or previous) input of `container` in document order, as
 * Enter does in Excel; the computed (read-only) inputs and the 备注 (out of the Tab sequence) are passed
 * over. Returns whether there was an input to move to.
 */
export function moveFocus(container: HTMLElement, current: Element, step: 1 | -1): boolean {
  const entries = [...container.querySelectorAll<HTMLElement>(ENTRY)].filter((element) => isEntry(element, current));
  const at = entries.indexOf(current as HTMLElement);
  const target = at < 0 ? undefined : entries[at + step];
  if (!target) return false;
  target.focus();
  if (target instanceof HTMLInputElement && target.type === "text") target.select();
  return true;
}
