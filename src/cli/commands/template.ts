import type { Command } from "commander";
import { message } from "../../core/locale";
import type { CliIo } from "../_lib/cli-io";
import { registerTemplateInfer } from "./template-infer";
import { registerTemplateList } from "./template-list";
import { registerTemplateNewWorkbook } from "./template-new-workbook";
import { registerTemplateShow } from "./template-show";

/** `huibao template …`: the group and its sub-commands, one file each. */
export function registerTemplateCommands(program: Command, io: CliIo): void {
  const template = program.command("template").description(message("cli.template.description"));
  registerTemplateList(template, io);
  registerTemplateShow(template, io);
  registerTemplateNewWorkbook(template, io);
  registerTemplateInfer(template, io);
}
