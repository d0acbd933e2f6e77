import type { KeyboardEvent } from "react";

/**
 * Whether a key press should submit. Enter that confirms an IME candidate (拼音 → 汉字) must never
 * submit: the browser marks it with `isComposing`, and older engines (and Safari at the end of a
 * composition) report keyCode 229 instead.
 */
export function isSubmitKey(event: KeyboardEvent): boolean {
  if (event.key !== "Enter" || event.shiftKey || event.altKey) return false;
  const native = event.nativeEvent as globalThis.KeyboardEvent;
  if (native.isComposing || native.keyCode === 229 || event.keyCode === 229) return false;
  return true;
}
