import type { Command } from "commander";
import { message } from "../../core/locale";
import type { CliIo } from "../_lib/cli-io";
import { registerNeeded, type LazyCommands } from "../_lib/lazy-commands";

/** The sub-commands of `huibao template`, one file each, loaded only when run (see lazy-commands). */
const TEMPLATE_COMMANDS: LazyCommands = {
  list: async () => (await import("./template-list")).registerTemplateList,
  show: async () => (await import("./template-show")).registerTemplateShow,
  "new-workbook": async () => (await import("./template-new-workbook")).registerTemplateNewWorkbook,
  infer: async () => (await import("./template-infer")).registerTemplateInfer,
};

/** `huibao template …`: the group and the sub-command the arguments name (all of them for help). */
export async function registerTemplateCommands(program: Command, io: CliIo, setExit: (code: number) => void, args: readonly string[] = []): Promise<void> {
  const template = program.command("template").description(message("cli.template.description"));
  await registerNeeded(template, TEMPLATE_COMMANDS, io, setExit, args);
}
