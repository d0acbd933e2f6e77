import type { Command } from "commander";
import { message } from "../../core/locale";
import { BUILTIN_TEMPLATES } from "../../core/template";
import { printLines, type CliIo } from "../_lib/cli-io";
import { formatTable } from "../_lib/text-table";

/** `huibao template list [--json]`: the built-in templates, as a table or as JSON for scripts. */
export function registerTemplateList(template: Command, io: CliIo): void {
  template
    .command("list")
    .description(message("cli.template-list.description"))
    .option("--json", message("cli.template.option-json"))
    .action((options: { json?: boolean }) => {
      const list = BUILTIN_TEMPLATES.map((t) => ({ id: t.id, title: t.title, kind: t.kind }));
      if (options.json) {
        io.out(JSON.stringify(list, null, 2) + "\n");
        return;
      }
      const head = [message("cli.template-list.head-id"), message("cli.template-list.head-title"), message("cli.template-list.head-kind")];
      const rows = list.map((t) => [t.id, t.title, message(t.kind === "indicators" ? "template.kind-indicators" : "template.kind-ledger")]);
      printLines(io.out, [...formatTable([head, ...rows]), "", message("cli.template-list.count", { count: list.length })]);
    });
}
