import { decodeEntities, normalizeLineEnds } from "./xml-text";

/**
 * A small pull tokenizer for the XML parts of a workbook. It is written for speed on the shapes
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

  constructor(private readonly src: string) {}

  /** Moves to the next element tag, skipping text, comments, CDATA, processing instructions and DOCTYPE. */
  next(): boolean {
    const src = this.src;
    const len = src.length;
    for (;;) {
      const lt = src.indexOf("<", this.pos);
      if (lt < 0 || lt + 1 >= len) return this.stop();
      const c = src.charCodeAt(lt + 1);
      if (c === 33 /* ! */) {
        this.pos = this.skipMarkup(lt);
        if (this.pos < 0) return this.stop();
        continue;
      }
      if (c === 63 /* ? */) {
        const end = src.indexOf("?>", lt + 2);
        if (end < 0) return this.stop();
        this.pos = end + 2;
        continue;
      }
      this.attrCount = 0;
      if (c === 47 /* / */) {
        const gt = src.indexOf(">", lt + 2);
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
    const raw = this.src.slice(this.valueStarts[i], this.valueEnds[i]);
    return raw.indexOf("&") < 0 ? raw : decodeEntities(raw);
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

  /** The text being scanned. */
  get source(): string {
    return this.src;
  }

  private attrIndex(name: string): number {
    for (let i = 0; i < this.attrCount; i++) {
      if (this.nameEnds[i] - this.nameStarts[i] === name.length && this.src.startsWith(name, this.nameStarts[i])) return i;
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
      const lt = src.indexOf("<", this.pos);
      const end = lt < 0 ? src.length : lt;
      if (end > this.pos) out += decodeEntities(normalizeLineEnds(src.slice(this.pos, end)));
      this.pos = end;
      if (lt < 0) return out;
      if (src.startsWith("<![CDATA[", lt)) {
        const close = src.indexOf("]]>", lt + 9);
        if (close < 0) {
          this.pos = src.length;
          return out + normalizeLineEnds(src.slice(lt + 9));
        }
        out += normalizeLineEnds(src.slice(lt + 9, close));
        this.pos = close + 3;
      } else if (src.startsWith("<!--", lt) || src.charCodeAt(lt + 1) === 63 /* ? */) {
        const next = src.charCodeAt(lt + 1) === 63 ? src.indexOf("?>", lt + 2) : src.indexOf("-->", lt + 4);
        this.pos = next < 0 ? src.length : next + (src.charCodeAt(lt + 1) === 63 ? 2 : 3);
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
    const end = `</${src.slice(this.nameStart, this.nameStart + this.nameLength)}`;
    for (let at = src.indexOf(end, this.pos); at >= 0; at = src.indexOf(end, at + end.length)) {
      const after = src.charCodeAt(at + end.length);
      if (after === 62 /* > */ || isSpace(after)) {
        const gt = src.indexOf(">", at);
        this.pos = gt + 1;
        return;
      }
    }
    this.stop();
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
    if (src.startsWith("<!--", lt)) {
      const end = src.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (src.startsWith("<![CDATA[", lt)) {
      const end = src.indexOf("]]>", lt + 9);
      return end < 0 ? -1 : end + 3;
    }
    const gt = src.indexOf(">", lt + 2);
    const bracket = src.indexOf("[", lt + 2);
    if (bracket >= 0 && (gt < 0 || bracket < gt)) {
      const close = src.indexOf("]", bracket + 1);
      if (close < 0) return -1;
      const after = src.indexOf(">", close + 1);
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
      const c = src.charCodeAt(i);
      if (isNameEnd(c)) break;
      if (c === 58 /* : */) localStart = i + 1;
    }
    this.nameStart = start;
    this.nameLength = i - start;
    return src.slice(localStart, i);
  }

  private readStartTag(nameStart: number): boolean {
    const src = this.src;
    const len = src.length;
    this.name = this.readName(nameStart, len);
    let i = nameStart + this.nameLength;
    for (;;) {
      while (i < len && isSpace(src.charCodeAt(i))) i++;
      if (i >= len) return this.stop();
      const c = src.charCodeAt(i);
      if (c === 62 /* > */) {
        this.kind = TAG_OPEN;
        this.pos = i + 1;
        return true;
      }
      if (c === 47 /* / */) {
        this.kind = TAG_SELF_CLOSING;
        this.pos = src.charCodeAt(i + 1) === 62 ? i + 2 : i + 1;
        return true;
      }
      const attrStart = i;
      let localStart = i;
      for (; i < len; i++) {
        const ch = src.charCodeAt(i);
        if (isNameEnd(ch) || ch === 61 /* = */) break;
        if (ch === 58 /* : */) localStart = i + 1;
      }
      if (i === attrStart) {
        i++; // a stray character: step over it so the scan always moves on
        continue;
      }
      const attrEnd = i;
      while (i < len && isSpace(src.charCodeAt(i))) i++;
      if (src.charCodeAt(i) !== 61 /* = */) continue; // an attribute without a value: malformed, ignored
      i++;
      while (i < len && isSpace(src.charCodeAt(i))) i++;
      const quote = src.charCodeAt(i);
      if (quote !== 34 && quote !== 39) continue;
      const close = src.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close < 0) return this.stop();
      if (!src.startsWith("xmlns", attrStart)) {
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


function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 47 || c === 62;
}
