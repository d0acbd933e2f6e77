import type { cliNarrateZh } from "../zh-CN/cli-narrate";

export const cliNarrateEn: typeof cliNarrateZh = {
  "cli.narrate.description": () => "write the narrative paragraph from a summary workbook",
  "cli.narrate.arg-file": () => "the summary workbook (.xlsx)",
  "cli.narrate.option-prev": () => "the previous summary workbook, for changes",
  "cli.narrate.option-template": () => "template id or template JSON file",
  "cli.narrate.option-region": () => "the region's name (全县…)",
  "cli.narrate.option-json": () => "print the narrative spec as JSON",
  "cli.narrate.option-markdown": () => "print Markdown",
  "cli.narrate.not-summary": (p) => `no summary sheet found in "${p.file}"`,
  "cli.narrate.template-errors": (p) => `the narrative template has problems: ${p.errors}`,
};
