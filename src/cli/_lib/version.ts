import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The package's version. package.json is three folders up from both lib/cli/_lib (the compiled CLI)
 * and src/cli/_lib (tests running the sources), so one relative path serves both.
 */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    // A missing package.json only costs the version number, not the command.
    return "0.0.0";
  }
}
