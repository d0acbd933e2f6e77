/**
 * Where the command line writes. Commands receive it instead of touching `process` so tests can run
 * `main` in-process and read what it printed.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The folder relative paths are resolved against. */
  cwd: string;
  /** Progress of long work, shown only where someone watches (a terminal). */
  progress?(text: string): void;
  /** Ctrl+C: long work is cancelled cleanly instead of killed half-way. */
  onInterrupt?(handler: () => void): void;
  offInterrupt?(handler: () => void): void;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r\x1b[K${text}`) : undefined,
    onInterrupt: (handler) => process.once("SIGINT", handler),
    offInterrupt: (handler) => process.off("SIGINT", handler),
  };
}

/** Print lines (each ends with a newline). */
export function printLines(write: (text: string) => void, lines: readonly string[]): void {
  write(lines.map((line) => line + "\n").join(""));
}
