/**
 * Scroll an element into the pane's view and, when asked, give it the focus (without a second jump).
 * Only what is not already in view moves (`nearest`); the page's scroll-padding keeps it clear of the
 * form's sticky save bar. Does nothing for an element not shown (a view in a hidden tab).
 */
export function bringIntoView(element: HTMLElement | null, options: { focus: boolean; block?: ScrollLogicalPosition }): void {
  if (!element || element.closest("[hidden]")) return;
  if (options.focus) element.focus({ preventScroll: true });
  // jsdom has no layout and no scrollIntoView.
  element.scrollIntoView?.({ block: options.block ?? "nearest", behavior: "auto" });
}
