import { reportError } from "./_lib/cli-error";
import { processIo, type CliIo } from "./_lib/cli-io";
import { createProgram } from "./_lib/create-program";
import { registerNeeded, type LazyCommands } from "./_lib/lazy-commands";
import { prestartReadWorkers, stopPrestarted } from "./_lib/parallel-read/prestart";

/** Each command's module, loaded only when that command runs (see lazy-commands); in the bundle, one chunk each. */
const COMMANDS: LazyCommands = {
  template: async () => (await import(/* webpackChunkName: "template" */ "./commands/template")).registerTemplateCommands,
  validate: async () => (await import(/* webpackChunkName: "validate" */ "./commands/validate")).registerValidate,
  consolidate: async () => (await import(/* webpackChunkName: "consolidate" */ "./commands/consolidate")).registerConsolidate,
  narrate: async () => (await import(/* webpackChunkName: "narrate" */ "./commands/narrate")).registerNarrate,
};

/**
 * The `huibao` command line. `argv` is `process.argv` as node gives it (node, script, then the
 * arguments); the exit code is returned, not passed to process.exit, so tests run it in-process.
 * Every failure ends as one Chinese message on stderr: 2 when the input is unusable, 1 otherwise.
 * A command that succeeds may still set a result code (validate: 1 when there is an 错误).
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const program = createProgram(io);
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  // consolidate's reading threads load on the second core while this one loads the command (issue 17).
  const prestarting = prestartReadWorkers(argv.slice(2), io.cwd);
  try {
    await registerNeeded(program, COMMANDS, io, setExit, argv.slice(2));
    await program.parseAsync(argv, { from: "node" });
    return exitCode;
  } catch (error) {
    return reportError(error, io.err);
  } finally {
    await prestarting;
    await stopPrestarted();
  }
}
