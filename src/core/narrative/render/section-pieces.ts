import { ordinalLead } from "../format/ordinal-lead";
import { NUMBERING } from "../register/numbering";
import type { EntityPhrase, Phrase, Section, Sentence } from "../spec/types";

/**
 * A run of text in reading order; emphasised runs are the figures and the title. A figure's run
 * carries its phrase (raw value, trend, source), so a renderer can show more than the words.
 */
export type Piece = { text: string; emphasis?: undefined } | { text: string; emphasis: "title" } | { text: string; emphasis: "entity"; phrase: EntityPhrase };

/** Punctuation a title or a sentence may end with; the layout supplies its own in its place. */
const SOFT_END = /[。；;，,：:]+$/;
/** A sentence ending in ！ or ？ keeps it in a plain section. */
const STRONG_END = /[！？!?…]$/;

/**
 * The section laid out as pieces, shared by every renderer so they differ only in styling: the title
 * as a run-in heading, then the sentences, plain (each closed with 。) or enumerated (一是…；二是…。) —
 * but 一是 never stands without 二是 (domain.md §6), so an enumerated section of one sentence is plain.
 * Phrase texts are copied as they are — only a sentence's trailing punctuation in its last text phrase
 * is replaced by the layout's. A section with no words renders as nothing, its title included.
 */
export function sectionPieces(section: Section): Piece[] {
  const sentences = section.sentences.filter((s) => s.phrases.some((p) => p.text !== ""));
  if (sentences.length === 0) return [];
  const pieces: Piece[] = [];
  const title = section.title?.trim();
  if (title) {
    const ending = SOFT_END.exec(title)?.[0];
    const bare = ending ? title.slice(0, -ending.length) : title;
    if (bare !== "") pieces.push({ text: bare, emphasis: "title" });
    // The title keeps its own ending (：, ，, 。) outside the emphasis; a bare title is closed with 。.
    pieces.push({ text: ending ?? "。" });
  }
  const enumerated = section.layout === "enumerated" && sentences.length >= NUMBERING.minGroups;
  sentences.forEach((s, i) => {
    const body = sentencePieces(s);
    if (enumerated) {
      pieces.push({ text: ordinalLead(i + 1) }, ...body, { text: i < sentences.length - 1 ? "；" : "。" });
    } else {
      const strong = STRONG_END.test(body.at(-1)?.text ?? "");
      pieces.push(...body, ...(strong ? [] : [{ text: "。" }]));
    }
  });
  return pieces.filter((p) => p.text !== "");
}

function sentencePieces(sentence: Sentence): Piece[] {
  const pieces = sentence.phrases.map(phrasePiece);
  const last = pieces.at(-1);
  if (last && !last.emphasis) pieces[pieces.length - 1] = { text: last.text.replace(SOFT_END, "") };
  return pieces;
}

function phrasePiece(phrase: Phrase): Piece {
  return phrase.type === "entity" ? { text: phrase.text, emphasis: "entity", phrase } : { text: phrase.text };
}
