import type { cliNarrateZh } from "../zh-CN/cli-narrate";

export const cliNarrateEn: typeof cliNarrateZh = {
  "cli.narrate.description": () => "write the narrative paragraph from a summary workbook",
  "cli.narrate.arg-file": () => "the summary workbook (.xlsx)",
  "cli.narrate.option-prev": () => "the previous summary workbook, for changes",
  "cli.narrate.option-template": () => "template id or template JSON file",
  "cli.narrate.option-region": () => "the region's name (全县…)",
  "cli.narrate.option-json": () => "print the narrative spec as JSON",
  "cli.narrate.option-markdown": () => "print Markdown",
  "cli.narrate.option-docx": () => "also save as a Word file (official-document body style: FangSong GB2312 16 pt, exact 28 pt lines, first line indented two characters)",
  "cli.narrate.option-force": () => "overwrite the Word file if it exists",
  "cli.narrate.docx-exists": (p) => `The Word file "${p.file}" exists. Add --force to overwrite it`,
  "cli.narrate.docx-written": (p) => `The narrative was written to the Word file "${p.file}"`,
  "cli.narrate.not-summary": (p) => `no summary sheet found in "${p.file}"`,
  "cli.narrate.template-errors": (p) => `the narrative template has problems: ${p.errors}`,
};
