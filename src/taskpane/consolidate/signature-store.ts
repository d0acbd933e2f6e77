/** 填表人 and 联系电话 of the summary, kept on this computer so the next consolidation has them filled. */
export interface Signature {
  preparer: string;
  phone: string;
}

const KEY = "huibao.consolidate.signature";

/** What was signed last time; empty when nothing was, or storage is not allowed (a private window). */
export function loadSignature(storage: Storage | undefined = globalThis.localStorage): Signature {
  try {
    const saved = JSON.parse(storage?.getItem(KEY) ?? "null") as Partial<Signature> | null;
    return { preparer: typeof saved?.preparer === "string" ? saved.preparer : "", phone: typeof saved?.phone === "string" ? saved.phone : "" };
  } catch {
    // A value not ours or storage refused: start empty, the clerk types it again.
    return { preparer: "", phone: "" };
  }
}

export function saveSignature(signature: Signature, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ preparer: signature.preparer.trim(), phone: signature.phone.trim() }));
  } catch {
    // Storage full or refused: the summary is signed all the same, only not remembered.
  }
}
