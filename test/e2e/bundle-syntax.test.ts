import * as acorn from "acorn";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * The bundle runs where the manifest lets it load: every script in dist/ parses at the language
 * level of the oldest web view the manifest admits (webpack.config.js BUNDLE_ECMA_VERSION: Safari
 * 13.1's WebKit for ExcelApi 1.10 on the Mac), and holds no regex lookbehind, which that Safari
 * cannot parse although ES2018 has it. Needs `npm run build` first (npm test does it).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own settings, CommonJS
const { BUNDLE_ECMA_VERSION, OFFICE_JS } = require("../../webpack.config.js") as { BUNDLE_ECMA_VERSION: acorn.ecmaVersion; OFFICE_JS: Record<string, string> };

const DIST = path.resolve(__dirname, "../../dist");
const LOOKBEHIND = /\(\?<[=!]/;

function scripts(): string[] {
  const files = readdirSync(DIST).filter((f) => f.endsWith(".js"));
  if (files.length === 0) throw new Error("dist/ has no scripts: run npm run build first");
  return files;
}

/** Regex literals, and string literals handed to RegExp, that use lookbehind. */
function lookbehinds(source: string): string[] {
  const found: string[] = [];
  let previous: acorn.Token[] = [];
  for (const token of acorn.tokenizer(source, { ecmaVersion: BUNDLE_ECMA_VERSION }) as Iterable<acorn.Token & { value: unknown }>) {
    if (token.type === acorn.tokTypes.regexp && LOOKBEHIND.test((token.value as { pattern: string }).pattern)) found.push(`/${(token.value as { pattern: string }).pattern}/`);
    if (token.type === acorn.tokTypes.string && LOOKBEHIND.test(String(token.value))) {
      const callee = previous.slice(-2).map((t) => (t as acorn.Token & { value: unknown }).value);
      if (callee[0] === "RegExp" && callee[1] === undefined) found.push(`RegExp("${String(token.value)}")`);
    }
    previous = [...previous.slice(-2), token];
  }
  return found;
}

describe("the add-in bundle in dist/", () => {
  it.each(scripts())("%s parses at the ECMAScript level of the oldest web view the manifest admits", (file) => {
    const source = readFileSync(path.join(DIST, file), "utf8");
    expect(() => acorn.parse(source, { ecmaVersion: BUNDLE_ECMA_VERSION, sourceType: "script" })).not.toThrow();
    expect(lookbehinds(source)).toEqual([]);
  });

  it("finds what an older web view cannot parse when it is there (the check can fail)", () => {
    expect(() => acorn.parse("class A { x = 1 }", { ecmaVersion: BUNDLE_ECMA_VERSION })).toThrow();
    expect(() => acorn.parse("a ??= b", { ecmaVersion: BUNDLE_ECMA_VERSION })).toThrow();
    expect(lookbehinds('const r = /(?<!\\d) /g; const s = new RegExp("(?<=a)b");')).toEqual(["/(?<!\\d) /", 'RegExp("(?<=a)b")']);
  });

  it("loads office.js from Microsoft's CDN by default, on both pages", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      expect(readFileSync(path.join(DIST, page), "utf8")).toContain(OFFICE_JS.global);
    }
  });
});
