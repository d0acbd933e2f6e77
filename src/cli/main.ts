import { reportError } from "./_lib/cli-error";
import { processIo, type CliIo } from "./_lib/cli-io";
import { createProgram } from "./_lib/create-program";
import { registerTemplateCommands } from "./commands";

/**
 * The `huibao` command line. `argv` is `process.argv` as node gives it (node, script, then the
 * arguments); the exit code is returned, not passed to process.exit, so tests run it in-process.
 * Every failure ends as one Chinese message on stderr: 2 when the input is unusable, 1 otherwise.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const program = createProgram(io);
  registerTemplateCommands(program, io);
  try {
    await program.parseAsync(argv, { from: "node" });
    return 0;
  } catch (error) {
    return reportError(error, io.err);
  }
}
