import { renderPlainText, type EntityPhrase, type Section } from "../../../core/narrative";

/** A run of the paragraph as the pane shows it: words, a run-in heading, or a figure with its data. */
export type Run = { kind: "text"; text: string } | { kind: "title"; text: string } | { kind: "entity"; phrase: EntityPhrase };

/** Private-use characters: no clerk's text or template word holds them, and no layout rule reads them as punctuation. */
const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARK = /\uE000(\d+)\uE001/g;
/** Endings the layout reads (a title's soft ending is kept outside its emphasis, as core does). */
const SOFT_END = /[。；;，,：:]+$/;

/**
 * The section in runs for React, laid out by core's own plain-text renderer so the pane shows exactly
 * the words that are copied and written (punctuation, 一是…；二是…, a title's ending). Each entity and
 * the title go through the renderer as a numbered marker, then the markers are put back as runs.
 * Should the runs not give the renderer's text back (a figure ending in ！ or ？ changes the layout), the
 * section is shown as plain text: never different words, at worst without emphasis.
 */
export function sectionRuns(section: Section): Run[] {
  const plain = renderPlainText({ sections: [section] });
  const marked: Run[] = [];
  const mark = (run: Run) => `${OPEN}${marked.push(run) - 1}${CLOSE}`;
  const title = section.title?.trim();
  const ending = title ? (SOFT_END.exec(title)?.[0] ?? "") : "";
  const bare = title ? title.slice(0, title.length - ending.length) : "";
  const masked: Section = {
    ...section,
    ...(title !== undefined ? { title: bare ? mark({ kind: "title", text: bare }) + ending : title } : {}),
    sentences: section.sentences.map((sentence) => ({
      phrases: sentence.phrases.map((phrase) => (phrase.type === "entity" && phrase.text !== "" ? { type: "text" as const, text: mark({ kind: "entity", phrase }) } : phrase)),
    })),
  };
  const runs: Run[] = [];
  const rendered = renderPlainText({ sections: [masked] });
  let at = 0;
  for (const match of rendered.matchAll(MARK)) {
    if (match.index > at) runs.push({ kind: "text", text: rendered.slice(at, match.index) });
    runs.push(marked[Number(match[1])]!);
    at = match.index + match[0].length;
  }
  if (at < rendered.length) runs.push({ kind: "text", text: rendered.slice(at) });
  return runsText(runs) === plain ? runs : plain === "" ? [] : [{ kind: "text", text: plain }];
}

/** The words of runs, as the plain-text renderer writes them. */
function runsText(runs: readonly Run[]): string {
  return runs.map((run) => (run.kind === "entity" ? run.phrase.text : run.text)).join("");
}
