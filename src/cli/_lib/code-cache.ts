import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join, sep } from "node:path";
import { Script } from "node:vm";

/** The parts of Node's CommonJS loader the cache takes the place of (node's own v8-compile-cache does the same). */
interface LoaderModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}
interface Loader {
  prototype: LoaderModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: LoaderModule, isMain: boolean, options?: unknown): string;
  _cache: Record<string, unknown>;
}

/**
 * The folder for the compiled code, in the user's temporary folder (writable on a clerk's machine,
 * per user on Windows). On a shared /tmp it carries the user's id and must be the user's own and
 * writable by no one else: cached code is run as it is, so nobody else may put any there.
 */
export function codeCacheFolder(root = tmpdir()): string | undefined {
  const uid = process.getuid?.();
  const folder = join(root, uid === undefined ? "huibao-code-cache" : `huibao-code-cache-${uid}`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const info = lstatSync(folder);
    if (!info.isDirectory()) return undefined;
    if (uid !== undefined && (info.uid !== uid || (info.mode & 0o022) !== 0)) return undefined;
    return folder;
  } catch {
    return undefined;
  }
}

/**
 * Which install a file is of: its folder's path, hashed (FNV-1a; no need for node:crypto at every start).
 * Two installs on one machine (a global one and a project's, two checkouts) then keep a cache each instead
 * of each dropping the other's as stale and compiling anew at every turn.
 */
function installOf(file: string): string {
  const folder = dirname(file);
  let hash = 0x811c9dc5;
  for (let i = 0; i < folder.length; i++) hash = Math.imul(hash ^ folder.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** A file's cache is named by what it was made from: the install, the file's size and time, and the Node (V8) that compiled it. */
function cacheName(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${basename(file)}.${installOf(file)}.${size}-${Math.trunc(mtimeMs)}.${process.version}.v8`;
}

/** Drops the caches of earlier builds of this file in this install, so the folder does not grow with every build. */
function dropStale(folder: string, file: string, current: string): void {
  const prefix = `${basename(file)}.${installOf(file)}.`;
  for (const name of readdirSync(folder)) if (name.startsWith(prefix) && name !== current) unlinkSync(join(folder, name));
}

/** Written under another name and renamed, so a command starting meanwhile never reads half a file. */
function writeWhole(path: string, data: Buffer): void {
  const part = `${path}.${process.pid}.part`;
  writeFileSync(part, data, { mode: 0o600 });
  renameSync(part, path);
}

function readOwn(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const uid = process.getuid?.();
    if (uid !== undefined && fstatSync(fd).uid !== uid) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Loads the files directly in `folder` (the bundle, lib/bundle/) with V8's code cache: what V8 compiled
 * for them in an earlier run is read from `cacheFolder` instead of being compiled again, which takes a
 * third off a command's start here (issue 17; Node 20 has no module.enableCompileCache). A file with no
 * cache, or one V8 rejects (another Node, another build), is compiled as usual and its cache written when
 * the returned function is called (bin/huibao.js: as the process exits, so it holds what the command
 * compiled). Nothing here may fail a command: a cache that cannot be read or written is simply not used.
 */
export function useCodeCache(folder: string, cacheFolder: string | undefined): () => void {
  if (!cacheFolder) return () => {};
  const loader = Module as unknown as Loader;
  const compile = loader.prototype._compile;
  const within = folder.endsWith(sep) ? folder : folder + sep;
  const toWrite: Array<{ script: Script; file: string; name: string }> = [];

  loader.prototype._compile = function compileWithCache(this: LoaderModule, content: string, filename: string) {
    if (!filename.startsWith(within) || filename.slice(within.length).includes(sep)) return compile.call(this, content, filename);
    let name: string;
    try {
      name = cacheName(filename);
    } catch {
      return compile.call(this, content, filename);
    }
    const cachedData = readOwn(join(cacheFolder, name));
    const script = new Script(loader.wrap(content), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) toWrite.push({ script, file: filename, name });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    // The require Node gives a module: relative to it, with the same cache (the bundle loads its chunks with it).
    const moduleRequire = Object.assign((id: string) => this.require(id), {
      resolve: (request: string, options?: unknown) => loader._resolveFilename(request, this, false, options),
      cache: loader._cache,
    });
    return wrapper.call(this.exports, this.exports, moduleRequire, this, filename, dirname(filename));
  };

  return () => {
    for (const { script, file, name } of toWrite.splice(0)) {
      try {
        writeWhole(join(cacheFolder, name), script.createCachedData());
        dropStale(cacheFolder, file, name);
      } catch {
        // A cache not written costs the next start its compiling, nothing else.
      }
    }
  };
}
