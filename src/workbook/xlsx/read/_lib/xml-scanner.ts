import { indexOfAscii, isSpaceByte as isSpace, startsWithAscii, utf8Text } from "./xml-bytes";
import { decodeEntities, normalizeLineEnds } from "./xml-text";

/**
 * A small pull tokenizer for the XML parts of a workbook, read as UTF-8 bytes (see xml-bytes): only
 * names, the attribute values asked for and texts are ever decoded. It is written for speed on the shapes
 * SpreadsheetML uses (many tiny elements, few attributes) and for safety on hostile input: every step
 * moves forward through the text, so malformed XML ends the scan instead of looping; no DTD is read and
 * no entity is expanded beyond the predefined ones. Names are local names: a prefix ("x:c", "r:id") is
 * dropped, because writers differ in the prefixes they choose for the same namespace.
 */

export const TAG_OPEN = 1;
export const TAG_CLOSE = 2;
export const TAG_SELF_CLOSING = 3;

export class XmlScanner {
  /** Local name of the current tag. */
  name = "";
  /** TAG_OPEN, TAG_CLOSE or TAG_SELF_CLOSING. */
  kind = 0;
  private pos = 0;
  private attrCount = 0;
  /** Start and length of the last full (prefixed) name read. */
  private nameStart = 0;
  private nameLength = 0;
  // Attributes as positions in the source (local name and value), so no string is made for those never asked for.
  private readonly nameStarts: number[] = [];
  private readonly nameEnds: number[] = [];
  private readonly valueStarts: number[] = [];
  private readonly valueEnds: number[] = [];

  constructor(private readonly src: Uint8Array) {}

  /** Moves to the next element tag, skipping text, comments, CDATA, processing instructions and DOCTYPE. */
  next(): boolean {
    const src = this.src;
    const len = src.length;
    for (;;) {
      const lt = src.indexOf(60 /* < */, this.pos);
      if (lt < 0 || lt + 1 >= len) return this.stop();
      const c = src[lt + 1];
      if (c === 33 /* ! */) {
        this.pos = this.skipMarkup(lt);
        if (this.pos < 0) return this.stop();
        continue;
      }
      if (c === 63 /* ? */) {
        const end = indexOfAscii(src, "?>", lt + 2);
        if (end < 0) return this.stop();
        this.pos = end + 2;
        continue;
      }
      this.attrCount = 0;
      if (c === 47 /* / */) {
        const gt = src.indexOf(62 /* > */, lt + 2);
        if (gt < 0) return this.stop();
        this.name = this.readName(lt + 2, gt);
        this.kind = TAG_CLOSE;
        this.pos = gt + 1;
        return true;
      }
      return this.readStartTag(lt + 1);
    }
  }

  /** The value of an attribute of the current tag, by local name; namespace declarations are not attributes here. */
  attr(name: string): string | undefined {
    const i = this.attrIndex(name);
    if (i < 0) return undefined;
    return decodeEntities(utf8Text(this.src, this.valueStarts[i], this.valueEnds[i]));
  }

  /**
   * Where an attribute's value lies in the source, undecoded, for callers that read digits in place
   * rather than make a string of every cell's r and s: true with rawFrom/rawTo set, false when absent.
   */
  rawAttr(name: string): boolean {
    const i = this.attrIndex(name);
    if (i < 0) return false;
    this.rawFrom = this.valueStarts[i];
    this.rawTo = this.valueEnds[i];
    return true;
  }

  /** Start and end of the value found by rawAttr. */
  rawFrom = 0;
  rawTo = 0;

  /** Where the scan stands: just after the current tag (or what was skipped). */
  get position(): number {
    return this.pos;
  }

  /** Goes on from a position another reader has reached; only ever forward. */
  seek(position: number): void {
    if (position > this.pos) this.pos = position;
  }

  /** The bytes being scanned. */
  get source(): Uint8Array {
    return this.src;
  }

  private attrIndex(name: string): number {
    for (let i = 0; i < this.attrCount; i++) {
      if (this.nameEnds[i] - this.nameStarts[i] === name.length && startsWithAscii(this.src, this.nameStarts[i], name)) return i;
    }
    return -1;
  }

  /**
   * The character data after the current start tag, up to the next element tag (which next() then
   * returns): line ends normalized, entities decoded, CDATA sections included, comments left out.
   */
  text(): string {
    const src = this.src;
    let out = "";
    for (;;) {
      const lt = src.indexOf(60 /* < */, this.pos);
      const end = lt < 0 ? src.length : lt;
      if (end > this.pos) out += decodeEntities(normalizeLineEnds(utf8Text(src, this.pos, end)));
      this.pos = end;
      if (lt < 0) return out;
      if (startsWithAscii(src, lt, "<![CDATA[")) {
        const close = indexOfAscii(src, "]]>", lt + 9);
        if (close < 0) {
          this.pos = src.length;
          return out + normalizeLineEnds(utf8Text(src, lt + 9, src.length));
        }
        out += normalizeLineEnds(utf8Text(src, lt + 9, close));
        this.pos = close + 3;
      } else if (startsWithAscii(src, lt, "<!--") || src[lt + 1] === 63 /* ? */) {
        const next = src[lt + 1] === 63 ? indexOfAscii(src, "?>", lt + 2) : indexOfAscii(src, "-->", lt + 4);
        this.pos = next < 0 ? src.length : next + (src[lt + 1] === 63 ? 2 : 3);
      } else {
        return out;
      }
    }
  }

  /** After a start tag: skips everything up to and including its matching end tag. */
  skipElement(): void {
    if (this.kind !== TAG_OPEN) return;
    let depth = 1;
    while (depth > 0 && this.next()) {
      if (this.kind === TAG_OPEN) depth++;
      else if (this.kind === TAG_CLOSE) depth--;
    }
  }

  /**
   * After a start tag of an element that never holds an element of its own name (dataValidations,
   * sheetViews, cols): skips past its end tag by searching the text for it, without reading the tags
   * between, which on long runs of attribute-heavy tags costs a fraction of skipElement. Should a
   * comment or CDATA hold the end tag's text, the skip ends there and the scan goes on, always forward.
   */
  skipFlatElement(): void {
    if (this.kind !== TAG_OPEN) return;
    const src = this.src;
    const length = this.nameLength + 2;
    for (let at = src.indexOf(60 /* < */, this.pos); at >= 0; at = src.indexOf(60, at + 1)) {
      if (src[at + 1] !== 47 /* / */ || !this.nameAt(at + 2)) continue;
      const after = src[at + length];
      if (after === 62 /* > */ || isSpace(after)) {
        const gt = src.indexOf(62, at);
        // An end tag cut off before its ">" (a truncated part): the scan ends here. Taking -1 + 1 as the
        // place to go on from would start the part again, and the same skip would follow, for ever.
        if (gt < 0) break;
        this.pos = gt + 1;
        return;
      }
    }
    this.stop();
  }

  /** Whether the full (prefixed) name of the current tag is written at `at`. */
  private nameAt(at: number): boolean {
    const src = this.src;
    if (at + this.nameLength > src.length) return false;
    for (let i = 0; i < this.nameLength; i++) if (src[at + i] !== src[this.nameStart + i]) return false;
    return true;
  }

  private stop(): boolean {
    this.pos = this.src.length;
    this.kind = 0;
    this.name = "";
    return false;
  }

  /** Comments, CDATA outside text, and DOCTYPE (with an internal subset, which is skipped, never read). */
  private skipMarkup(lt: number): number {
    const src = this.src;
    if (startsWithAscii(src, lt, "<!--")) {
      const end = indexOfAscii(src, "-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (startsWithAscii(src, lt, "<![CDATA[")) {
      const end = indexOfAscii(src, "]]>", lt + 9);
      return end < 0 ? -1 : end + 3;
    }
    const gt = src.indexOf(62 /* > */, lt + 2);
    const bracket = src.indexOf(91 /* [ */, lt + 2);
    if (bracket >= 0 && (gt < 0 || bracket < gt)) {
      const close = src.indexOf(93 /* ] */, bracket + 1);
      if (close < 0) return -1;
      const after = src.indexOf(62, close + 1);
      return after < 0 ? -1 : after + 1;
    }
    return gt < 0 ? -1 : gt + 1;
  }

  /** The local name of the tag name starting at `start` (before `limit`): the part after any prefix. */
  private readName(start: number, limit: number): string {
    const src = this.src;
    let localStart = start;
    let i = start;
    for (; i < limit; i++) {
      const c = src[i];
      if (isNameEnd(c)) break;
      if (c === 58 /* : */) localStart = i + 1;
    }
    this.nameStart = start;
    this.nameLength = i - start;
    return utf8Text(src, localStart, i);
  }

  private readStartTag(nameStart: number): boolean {
    const src = this.src;
    const len = src.length;
    this.name = this.readName(nameStart, len);
    let i = nameStart + this.nameLength;
    for (;;) {
      while (i < len && isSpace(src[i])) i++;
      if (i >= len) return this.stop();
      const c = src[i];
      if (c === 62 /* > */) {
        this.kind = TAG_OPEN;
        this.pos = i + 1;
        return true;
      }
      if (c === 47 /* / */) {
        this.kind = TAG_SELF_CLOSING;
        this.pos = src[i + 1] === 62 ? i + 2 : i + 1;
        return true;
      }
      const attrStart = i;
      let localStart = i;
      for (; i < len; i++) {
        const ch = src[i];
        if (isNameEnd(ch) || ch === 61 /* = */) break;
        if (ch === 58 /* : */) localStart = i + 1;
      }
      if (i === attrStart) {
        i++; // a stray character: step over it so the scan always moves on
        continue;
      }
      const attrEnd = i;
      while (i < len && isSpace(src[i])) i++;
      if (src[i] !== 61 /* = */) continue; // an attribute without a value: malformed, ignored
      i++;
      while (i < len && isSpace(src[i])) i++;
      const quote = src[i];
      if (quote !== 34 && quote !== 39) continue;
      const close = src.indexOf(quote, i + 1);
      if (close < 0) return this.stop();
      if (!startsWithAscii(src, attrStart, "xmlns")) {
        const n = this.attrCount++;
        this.nameStarts[n] = localStart;
        this.nameEnds[n] = attrEnd;
        this.valueStarts[n] = i + 1;
        this.valueEnds[n] = close;
      }
      i = close + 1;
    }
  }
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 47 || c === 62;
}
