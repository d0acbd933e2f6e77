/**
 * A file's SHA-256 in hex, for the 来源清单, through Web Crypto. Undefined where the page has no
 * `crypto.subtle` (a page not served over https, an old WebView): the hash is a help for tracing
 * files, not a reason to refuse one.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = await subtle.digest("SHA-256", bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
