import { readFileSync } from "node:fs";
import path from "node:path";
import { MANIFEST_FLOOR } from "../_support/strict-excel/strict-excel";

const root = path.resolve(__dirname, "../..");

/**
 * The requirement-set floor is one number in three places: manifest.xml (which Excel loads the
 * add-in), the strict fake's floor (members above it must be checked with isSetSupported) and README.
 */
describe("the ExcelApi floor", () => {
  it("is the same in manifest.xml, the strict Excel fake and README", () => {
    const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
    expect(manifest).toMatch(new RegExp(`<Set Name="ExcelApi" MinVersion="${MANIFEST_FLOOR.replace(".", "\\.")}"/>`));
    expect(readFileSync(path.join(root, "README.md"), "utf8")).toContain(`ExcelApi ${MANIFEST_FLOOR}`);
  });

});
