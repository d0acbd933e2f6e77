import type { NarrativeSpec } from "../spec/types";
import { sectionPieces } from "./section-pieces";

export interface PlainTextOptions {
  /** Start each section on a new line (for the command line); by default the narrative is one paragraph, as pasted into a report. */
  paragraphPerSection?: boolean;
}

/** The narrative as plain text, figures exactly as the spec shows them; sections written one after another. */
export function renderPlainText(spec: NarrativeSpec, options: PlainTextOptions = {}): string {
  return spec.sections
    .map((section) => sectionPieces(section).map((piece) => piece.text).join(""))
    .filter((text) => text !== "")
    .join(options.paragraphPerSection ? "\n" : "");
}
