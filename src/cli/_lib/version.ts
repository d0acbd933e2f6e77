import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Set by the bundle's build (webpack.cli.config.js) from package.json; absent in lib/ and under Jest. */
declare const __HUIBAO_VERSION__: string | undefined;

/**
 * The package's version. The bundle has it written in at build time. Otherwise package.json is three
 * folders up from both lib/cli/_lib (the compiled CLI) and src/cli/_lib (tests running the sources), so
 * one relative path serves both.
 */
export function packageVersion(): string {
  if (typeof __HUIBAO_VERSION__ === "string") return __HUIBAO_VERSION__;
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    // A missing package.json only costs the version number, not the command.
    return "0.0.0";
  }
}
