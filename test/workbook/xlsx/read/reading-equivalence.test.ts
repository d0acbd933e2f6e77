import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { readingDigest } from "./_support/reading-digest";
import { readingEdgeCases } from "./_support/reading-edge-cases";
import type { ReadWorkbookOptions } from "../../../../src/workbook/xlsx/read";

/**
 * The reader's output pinned file by file: every .xlsx under test/fixtures (generated ledgers and
 * tables among them), the shared real-world corpus when present, and the hand-made edge cases. The
 * digests were made by the reader as it was before it worked on bytes (main at dc1f7e6, which decoded
 * each part to text first), so a faster reader must give the very same snapshots and refusals.
 * Rewrite them (READ_DIGESTS_WRITE=1) only for a change of output that is meant.
 */
const ROOT = path.resolve(__dirname, "../../../..");
const FIXTURES = path.join(ROOT, "test/fixtures");
const CORPUS = path.resolve(ROOT, "../shared/corpus/real-world");
const DIGESTS = path.join(FIXTURES, "read-equivalence/read-digests.json");

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .filter((f) => /\.xls[xm]$/i.test(f))
    .sort();
}

interface Reading {
  key: string;
  bytes: () => Uint8Array;
  options: ReadWorkbookOptions;
}

function readings(): Reading[] {
  const out: Reading[] = [];
  for (const file of walk(FIXTURES)) {
    out.push({ key: `fixtures/${path.relative(FIXTURES, file)}`, bytes: () => new Uint8Array(readFileSync(file)), options: { fileName: path.basename(file) } });
  }
  if (existsSync(CORPUS)) {
    for (const file of walk(CORPUS)) {
      out.push({ key: `corpus/${path.relative(CORPUS, file)}`, bytes: () => new Uint8Array(readFileSync(file)), options: { fileName: path.basename(file) } });
    }
  }
  for (const c of readingEdgeCases()) {
    out.push({ key: `case/${c.name}`, bytes: () => c.bytes, options: { fileName: "边界.xlsx", limits: c.limits, formulas: c.formulas } });
  }
  return out;
}

describe("the reader's output, file by file, against the digests made before it read bytes", () => {
  const all = readings();
  const stored: Record<string, string> = existsSync(DIGESTS) ? JSON.parse(readFileSync(DIGESTS, "utf8")) : {};

  if (process.env.READ_DIGESTS_WRITE) {
    it("writes the digests", () => {
      const digests: Record<string, string> = { ...stored };
      for (const r of all) digests[r.key] = readingDigest(r.bytes(), r.options);
      writeFileSync(DIGESTS, `${JSON.stringify(digests, Object.keys(digests).sort(), 1)}\n`);
    });
    return;
  }

  it("covers the fixtures, the edge cases and (when present) the corpus", () => {
    const keys = all.map((r) => r.key);
    expect(keys.filter((k) => k.startsWith("fixtures/")).length).toBeGreaterThan(50);
    expect(keys.filter((k) => k.startsWith("case/")).length).toBeGreaterThan(30);
    if (existsSync(CORPUS)) expect(keys.filter((k) => k.startsWith("corpus/")).length).toBeGreaterThan(40);
    expect(keys.filter((k) => stored[k] === undefined)).toEqual([]);
  });

  it("reads every one of them exactly as before, values and refusals alike", () => {
    const differing = all.filter((r) => readingDigest(r.bytes(), r.options) !== stored[r.key]).map((r) => r.key);
    expect(differing).toEqual([]);
  });
});
