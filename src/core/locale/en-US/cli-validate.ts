import type { cliValidateZh } from "../zh-CN/cli-validate";

export const cliValidateEn: typeof cliValidateZh = {
  "cli.validate.description": () => "audit a unit's workbook",
  "cli.validate.arg-file": () => "the workbook (.xlsx)",
  "cli.validate.option-template": () => "template id or template JSON file",
  "cli.validate.option-prev": () => "the unit's previous workbook",
  "cli.validate.option-json": () => "print JSON",
  "cli.validate.no-template": (p) => `no known template found in "${p.file}"; name one with --template (${p.known})`,
  "cli.validate.head": () => "severity|sheet|cell|indicator|typed|message",
  "cli.validate.sheet-inferred": (p) => `${p.sheet} (against its own form: no built-in template fits it)`,
  "cli.validate.sheets": (p) => `audited: ${p.sheets}`,
  "cli.validate.summary": (p) => `${p.error} error(s), ${p.verify} to verify, ${p.hint} hint(s)`,
  "cli.validate.clean": () => "no problems found",
  "cli.validate.fix": (p) => `fix: ${p.fix}`,
};
