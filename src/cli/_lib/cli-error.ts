import { CommanderError } from "commander";
import { message, problemText } from "../../core/locale";
import { errorProblem } from "../../workbook/error-problem";
import { WorkbookError, type WorkbookErrorCode } from "../../workbook/workbook-error";

/** Exit codes: 2 when the input cannot be used (a wrong id, a bad file, wrong usage), 1 for other failures. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/** An expected failure of a command, with the Chinese message to print and whether the input was at fault. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(text: string, kind: "bad-input" | "failure", options: { cause?: unknown } = {}) {
    super(text, { cause: options.cause });
    this.name = "CliError";
    this.exitCode = kind === "bad-input" ? EXIT_BAD_INPUT : EXIT_FAILURE;
  }
}

/** Workbook failures that come from the file the clerk named rather than from the machine. */
const INPUT_CODES: ReadonlySet<WorkbookErrorCode> = new Set([
  "sheet-not-found",
  "sheet-exists",
  "file-unreadable",
  "file-too-large",
  "legacy-xls",
  "encrypted",
  "not-a-workbook",
]);

/**
 * Print an error as one Chinese message on stderr, never a stack trace, and give the exit code.
 * Commander has already printed its own (translated) usage errors and help.
 */
export function reportError(error: unknown, err: (text: string) => void): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT_OK; // --help, --version
    return EXIT_BAD_INPUT;
  }
  const prefix = message("cli.error.prefix");
  if (error instanceof CliError) {
    err(`${prefix}${error.message}\n`);
    return error.exitCode;
  }
  err(`${prefix}${problemText(errorProblem(error))}\n`);
  return error instanceof WorkbookError && INPUT_CODES.has(error.code) ? EXIT_BAD_INPUT : EXIT_FAILURE;
}
