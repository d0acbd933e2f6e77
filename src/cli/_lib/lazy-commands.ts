import type { Command } from "commander";
import type { CliIo } from "./cli-io";

/** Registers one command (or group) on its parent; `args` are the arguments after the parent's name. */
export type Register = (parent: Command, io: CliIo, setExit: (code: number) => void, args: readonly string[]) => void | Promise<void>;

/** A command's registration, loaded only when needed: its module pulls in what the command uses. */
export type LazyCommands = Record<string, () => Promise<Register>>;

/**
 * Registers only the command the arguments name, so a command's start never waits for the modules of
 * the others (ExcelJS, the audit, the narrative: issue 17). Help, no command or an unknown name register
 * them all, so commander can list them and suggest the nearest. `-V`/`--version` alone registers none.
 */
export async function registerNeeded(parent: Command, commands: LazyCommands, io: CliIo, setExit: (code: number) => void, args: readonly string[]): Promise<void> {
  const index = args.findIndex((arg) => !arg.startsWith("-"));
  const name = index < 0 ? undefined : args[index];
  if (name !== undefined && Object.hasOwn(commands, name)) {
    await (await commands[name]())(parent, io, setExit, args.slice(index + 1));
    return;
  }
  if (name === undefined && args.length > 0 && args.every((arg) => arg === "-V" || arg === "--version")) return;
  for (const load of Object.values(commands)) await (await load())(parent, io, setExit, []);
}
