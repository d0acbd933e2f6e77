import type { Command } from "commander";
import { message } from "../../core/locale";
import { printLines, type CliIo } from "../_lib/cli-io";
import { describeTemplate } from "../_lib/describe-template";
import { resolveTemplate } from "../_lib/resolve-template";

/** `huibao template show <id> [--json]`: the indicator tree or the ledger's columns, or the template itself as JSON. */
export function registerTemplateShow(template: Command, io: CliIo): void {
  template
    .command("show")
    .description(message("cli.template-show.description"))
    .argument("<id>", message("cli.template.argument-id"))
    .option("--json", message("cli.template.option-json"))
    .action(async (id: string, options: { json?: boolean }) => {
      const found = await resolveTemplate(id, io.cwd);
      if (options.json) io.out(JSON.stringify(found, null, 2) + "\n");
      else printLines(io.out, describeTemplate(found));
    });
}
