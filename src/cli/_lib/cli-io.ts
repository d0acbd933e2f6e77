/**
 * Where the command line writes. Commands receive it instead of touching `process` so tests can run
 * `main` in-process and read what it printed.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The folder relative paths are resolved against. */
  cwd: string;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
}

/** Print lines (each ends with a newline). */
export function printLines(write: (text: string) => void, lines: readonly string[]): void {
  write(lines.map((line) => line + "\n").join(""));
}
