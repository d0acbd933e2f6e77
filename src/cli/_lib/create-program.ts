import { Command, Help } from "commander";
import { message } from "../../core/locale";
import type { CliIo } from "./cli-io";
import { helpTitle, helpUsage, translateCommanderError } from "./commander-zh";
import { displayWidth } from "./text-table";
import { packageVersion } from "./version";

/**
 * The root `huibao` command, configured before any sub-command is added so they inherit it: output
 * through `io`, usage errors and help in Chinese, and no process.exit (main returns the exit code).
 */
export function createProgram(io: CliIo): Command {
  const program = new Command("huibao");
  program
    .description(message("cli.program.description"))
    .exitOverride()
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (text, write) => write(translateCommanderError(text)),
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
    })
    .configureHelp({
      styleTitle: helpTitle,
      // Chinese characters take two columns: pad by display width so descriptions line up.
      displayWidth,
      commandUsage(this: Help, cmd: Command) {
        return helpUsage(Help.prototype.commandUsage.call(this, cmd));
      },
      subcommandTerm(this: Help, cmd: Command) {
        return helpUsage(Help.prototype.subcommandTerm.call(this, cmd));
      },
    })
    .helpOption("-h, --help", message("cli.help.option-help"))
    .helpCommand("help [命令]", message("cli.help.command-help"))
    .showHelpAfterError(message("cli.help.see-help"))
    .version(packageVersion(), "-V, --version", message("cli.help.option-version"));
  return program;
}
