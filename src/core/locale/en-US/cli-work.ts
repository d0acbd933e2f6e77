import type { cliWorkZh } from "../zh-CN/cli-work";

export const cliWorkEn: typeof cliWorkZh = {
  "cli.load.missing": (p) => `file "${p.file}" not found`,
  "cli.load.is-folder": (p) => `"${p.file}" is a folder, not a workbook`,
  "cli.load.too-large": (p) => `"${p.file}" is ${p.size} MB, over the ${p.limit} MB limit; not read`,
  "cli.load.libreoffice-missing": () => " (LibreOffice is not installed, so it cannot be converted automatically)",
  "cli.load.libreoffice-failed": (p) => ` (LibreOffice could not convert it${p.detail ? ": " + p.detail : ""})`,
  "cli.load.converted": (p) => `"${p.file}" is a legacy .xls file, converted to .xlsx with LibreOffice`,
  "cli.validate.description": () => "audit a unit's workbook",
  "cli.validate.arg-file": () => "the workbook (.xlsx)",
  "cli.validate.option-template": () => "template id or template JSON file",
  "cli.validate.option-prev": () => "the unit's previous workbook",
  "cli.validate.option-json": () => "print JSON",
  "cli.validate.no-template": (p) => `no known template found in "${p.file}"; name one with --template (${p.known})`,
  "cli.validate.head": () => "severity|sheet|cell|indicator|typed|message",
  "cli.validate.sheets": (p) => `audited: ${p.sheets}`,
  "cli.validate.summary": (p) => `${p.error} error(s), ${p.verify} to verify, ${p.hint} hint(s)`,
  "cli.validate.clean": () => "no problems found",
  "cli.validate.fix": (p) => `fix: ${p.fix}`,
};
