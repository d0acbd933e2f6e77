import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
/** Where `npm run build:cli` writes the bundle bin/huibao.js runs (webpack.cli.config.js). */
export const BUNDLE = join(ROOT, "lib", "bundle");

/**
 * `npm test` builds the CLI first; a suite run on its own builds it here. tsc may report errors in files
 * still being written elsewhere and still emit, so its exit status is not the test.
 */
export function ensureCliBundle(): void {
  if (existsSync(join(BUNDLE, "huibao.js")) && existsSync(join(BUNDLE, "code-cache.js"))) return;
  spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
  spawnSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--config", "webpack.cli.config.js"], { cwd: ROOT });
}
