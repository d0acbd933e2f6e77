import type { NarrativeSpec } from "../spec/types";
import { escapeMarkdown, escapeParagraphStart, strong } from "./_lib/markdown-text";
import { sectionPieces, type Piece } from "./section-pieces";

export interface MarkdownOptions {
  /** Bold the figures and names (entity phrases); default true. Titles are always bold. */
  boldEntities?: boolean;
}

/**
 * The narrative as Markdown: one paragraph per section, the title as a bold run-in heading, the
 * entities in bold. Texts are escaped, never reformatted.
 */
export function renderMarkdown(spec: NarrativeSpec, options: MarkdownOptions = {}): string {
  const boldEntities = options.boldEntities ?? true;
  return spec.sections
    .map((section) => paragraph(mergeBold(sectionPieces(section), boldEntities)))
    .filter((text) => text !== "")
    .join("\n\n");
}

interface Run {
  text: string;
  bold: boolean;
}

/** Escaped runs, neighbouring bold pieces merged into one (two entities side by side make one bold run, not "****"). */
function mergeBold(pieces: Piece[], boldEntities: boolean): Run[] {
  const runs: Run[] = [];
  for (const piece of pieces) {
    const bold = piece.emphasis === "title" || (piece.emphasis === "entity" && boldEntities);
    const text = escapeMarkdown(piece.text);
    const previous = runs.at(-1);
    if (previous && previous.bold === bold) previous.text += text;
    else runs.push({ text, bold });
  }
  return runs;
}

function paragraph(runs: Run[]): string {
  let out = "";
  runs.forEach((run, i) => {
    out += run.bold ? strong(out.at(-1), run.text, runs[i + 1]?.text[0]) : run.text;
  });
  return escapeParagraphStart(out);
}
