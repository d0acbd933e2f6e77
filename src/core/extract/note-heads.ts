import { nfkc } from "../_lib/nfkc";

/** What clerks write over the column of remarks: the extractor reads the 备注 beside each figure there, and a 核实 finding's 说明 goes there. */
const NOTE_HEADS = new Set(["备注", "说明", "备注说明", "备注(说明)", "情况说明"]);

/** Whether a head (or a template's column label) names the column of remarks; spaces and full-width forms do not matter. */
export function isNoteHead(text: string): boolean {
  return NOTE_HEADS.has(nfkc(text).replace(/\s+/g, ""));
}
