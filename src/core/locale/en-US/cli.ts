import type { cliZh } from "../zh-CN/cli";

export const cliEn: typeof cliZh = {
  "cli.program.description": () => "HuiBao command line: report templates and blank unit workbooks, audit, consolidation and narrative.",

  "cli.help.usage": () => "Usage:",
  "cli.help.arguments": () => "Arguments:",
  "cli.help.options": () => "Options:",
  "cli.help.commands": () => "Commands:",
  "cli.help.global-options": () => "Global Options:",
  "cli.help.placeholder-options": () => "options",
  "cli.help.placeholder-command": () => "command",
  "cli.help.option-help": () => "display help",
  "cli.help.option-version": () => "display the version number",
  "cli.help.command-help": () => "display help for a command",
  "cli.help.see-help": () => "(run huibao --help for usage)",

  "cli.usage.unknown-command": (p) => `unknown command "${p.name}". ${p.suggestion}`,
  "cli.usage.unknown-option": (p) => `unknown option "${p.flag}". ${p.suggestion}`,
  "cli.usage.missing-argument": (p) => `missing required argument <${p.name}>.`,
  "cli.usage.missing-option": (p) => `required option ${p.flags} not specified.`,
  "cli.usage.option-missing-value": (p) => `option ${p.flags} needs a value.`,
  "cli.usage.excess-arguments": (p) => `too many arguments: expected ${p.expected}, got ${p.received}.`,
  "cli.usage.did-you-mean": (p) => `Did you mean ${p.candidates}?`,
  "cli.usage.other": (p) => `wrong usage: ${p.detail}`,

  "cli.error.prefix": () => "error: ",
  "cli.error.file-missing": () => "the file does not exist",
  "cli.error.template-file-unreadable": (p) => `Cannot read template file "${p.file}": ${p.reason}.`,
  "cli.error.unit-empty": () => "the reporting unit (--unit) must not be empty.",
  "cli.error.output-not-xlsx": (p) => `output file "${p.file}" should end in .xlsx (Excel recognises workbooks by extension).`,
  "cli.error.output-exists": (p) => `output file "${p.file}" exists; nothing was written so as not to overwrite data. Add --force to overwrite it.`,

  "cli.demo.start": (p) => `Demo: a blank unit workbook for every built-in template, into ${p.folder}`,
  "cli.demo.done": (p) => `Demo done: ${p.count} file(s) in ${p.folder}. Open them in Excel or WPS.`,

  "cli.load.missing": (p) => `file "${p.file}" not found`,
  "cli.load.is-folder": (p) => `"${p.file}" is a folder, not a workbook`,
  "cli.load.too-large": (p) => `"${p.file}" is ${p.size} MB, over the ${p.limit} MB limit; not read`,
  "cli.load.libreoffice-missing": () => " (LibreOffice is not installed, so it cannot be converted automatically)",
  "cli.load.libreoffice-failed": (p) => ` (LibreOffice could not convert it${p.detail ? ": " + p.detail : ""})`,
  "cli.load.not-converted": (p) => `${p.refusal}${p.why}`,
  "cli.load.converted": (p) => `"${p.file}" is a legacy .xls file, converted to .xlsx with LibreOffice`,

  "cli.demo.step-failed": (p) => `demo stopped: huibao ${p.command} did not finish`,
  "cli.demo.template-heading": (p) => `== ${p.title}: sample workbooks of six units in ${p.folder}`,
};
