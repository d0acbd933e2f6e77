import { message } from "../../locale";

/** What JSON.parse complained about, said for a person: line and column from 1, reason in Chinese. */
export interface JsonErrorPlace {
  line?: number;
  column?: number;
  reason: string;
}

/** Full-width punctuation a Chinese IME slips into a hand-edited JSON file. */
const FULL_WIDTH = /[“”‘’，：｛｝［］]/;

/**
 * JSON.parse reports an English sentence and an offset ("at position 45"), which a clerk editing the
 * file in Notepad cannot use; turn it into a line, a column and a Chinese reason. Engines word their
 * messages differently, so an unrecognised message is passed on as it is rather than guessed at.
 */
export function jsonErrorPlace(text: string, error: unknown): JsonErrorPlace {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(raw);
  const atEnd = /Unexpected end of JSON input/.test(raw);
  const offset = position ? Number(position[1]) : atEnd ? text.length : undefined;
  const found = offset !== undefined ? text[offset] : /Unexpected token '(.+?)'/.exec(raw)?.[1];
  const reason = reasonFor(raw, atEnd, found);
  if (offset === undefined || offset > text.length) return { reason };
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n"), reason };
}

function reasonFor(raw: string, atEnd: boolean, found: string | undefined): string {
  if (found && FULL_WIDTH.test(found)) return message("template.json-fullwidth", { found });
  if (atEnd) return message("template.json-unexpected-end");
  if (/Expected ',' or '[}\]]'/.test(raw)) return message("template.json-expected-comma");
  if (/Expected (double-quoted )?property name/.test(raw)) return message("template.json-expected-name");
  if (/after JSON/.test(raw)) return message("template.json-trailing");
  if (found && /Unexpected token/.test(raw)) return message("template.json-unexpected-token", { found });
  return raw;
}
