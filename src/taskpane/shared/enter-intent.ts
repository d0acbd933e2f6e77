import type { KeyboardEvent } from "react";

/** What an Enter press asks for in a form filled as in Excel. */
export type EnterIntent = "next" | "previous" | "save";

/**
 * What a key press means in a form: Enter moves to the next input, Shift+Enter back, Ctrl+Enter (⌘+Enter)
 * saves. Enter that confirms an IME candidate (拼音 → 汉字) means nothing here — it only commits the
 * composition: the browser marks it with `isComposing`, and older engines (and Safari at the end of a
 * composition) report keyCode 229 instead.
 */
export function enterIntent(event: KeyboardEvent): EnterIntent | undefined {
  if (event.key !== "Enter" || event.altKey) return undefined;
  const native = event.nativeEvent as globalThis.KeyboardEvent;
  if (native.isComposing || native.keyCode === 229 || event.keyCode === 229) return undefined;
  if (event.ctrlKey || event.metaKey) return "save";
  return event.shiftKey ? "previous" : "next";
}
