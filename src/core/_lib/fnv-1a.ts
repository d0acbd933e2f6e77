/** FNV-1a's starting value (its offset basis, 32 bits). */
export const FNV_OFFSET = 0x811c9dc5;

/**
 * FNV-1a over the UTF-16 code units of `text`, going on from `h` (FNV_OFFSET to begin): a 32-bit
 * hash, as a signed integer (`>>> 0` for the unsigned one). Short, stable, not for secrets.
 */
export function fnv1a(text: string, h: number = FNV_OFFSET): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
