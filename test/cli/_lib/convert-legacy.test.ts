import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { convertLegacyBatch, convertLegacyWithLibreOffice } from "../../../src/cli/_lib/convert-legacy";

/** Two legacy files of one name in different folders, from the shared real-world corpus. */
const CORPUS = path.resolve(__dirname, "../../../../shared/corpus/real-world");
const files = [path.join(CORPUS, "ErrorTypes.xls"), path.join(CORPUS, "biff5", "ErrorTypes.xls")];
const hasLibreOffice = !spawnSync("soffice", ["--version"]).error;
const ready = hasLibreOffice && files.every((f) => existsSync(f));
const describeWithLibreOffice = ready ? describe : describe.skip;
if (!ready) console.warn("convert-legacy: skipped — LibreOffice (soffice) or the shared corpus is not here");

const zipped = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

describeWithLibreOffice("convertLegacyBatch", () => {
  it("converts files of one name from different folders in separate runs, and a later read is served without LibreOffice", () => {
    expect(convertLegacyBatch(files)).toBe(2);
    // LibreOffice takes seconds to start; a conversion kept from the batch is there at once.
    const started = performance.now();
    const results = files.map((f) => convertLegacyWithLibreOffice(f));
    expect(performance.now() - started).toBeLessThan(500);
    for (const result of results) {
      expect(result.ok).toBe(true);
      if (result.ok) expect(zipped(result.bytes)).toBe(true);
    }
    // The two files differ (BIFF8 and BIFF5), so each has a conversion of its own.
    if (results[0].ok && results[1].ok) expect(Buffer.compare(results[0].bytes, results[1].bytes)).not.toBe(0);
  }, 120_000);

  describe("edge cases", () => {
    it("skips a path that does not exist and converts nothing twice", () => {
      convertLegacyBatch(files);
      expect(convertLegacyBatch([path.join(CORPUS, "没有这个文件.xls"), ...files])).toBe(0);
    }, 120_000);
  });
});
