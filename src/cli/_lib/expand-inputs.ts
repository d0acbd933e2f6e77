import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

const WORKBOOK = /\.(xlsx|xlsm|xls|et)$/i;

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`, "i");
}

/**
 * Files, folders and globs as the clerk typed them → workbook paths, sorted and without repeats.
 * A folder gives its workbook files (not its sub-folders); Excel's lock files (~$…) are skipped.
 * Names that match nothing are returned in `missing`.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  const keep = (name: string) => WORKBOOK.test(name) && !name.startsWith("~$");
  for (const arg of args) {
    const path = resolve(cwd, arg);
    if (/[*?]/.test(basename(arg))) {
      const folder = dirname(path);
      const pattern = globToRegExp(basename(arg));
      const names = await readdir(folder).catch(() => [] as string[]);
      const matched = names.filter((n) => pattern.test(n) && keep(n));
      if (matched.length === 0) missing.push(arg);
      for (const name of matched) files.add(join(folder, name));
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (!info) missing.push(arg);
    else if (info.isDirectory()) for (const name of (await readdir(path)).filter(keep)) files.add(join(path, name));
    else files.add(path);
  }
  return { files: [...files].sort(), missing };
}
