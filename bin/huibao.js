#!/usr/bin/env node
// The CLI is bundled into lib/bundle/ by `npm run build:cli` (run by `npm ci` through the prepare script).
"use strict";
const path = require("path");
const fs = require("fs");
const bundle = path.join(__dirname, "..", "lib", "bundle");
const entry = path.join(bundle, "huibao.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("汇报通命令行尚未编译：请先在项目目录运行 npm run build:cli（npm ci 会自动编译）。\n");
  process.exit(2);
}
// V8's code cache for the bundle (see src/cli/_lib/code-cache.ts); HUIBAO_NO_CODE_CACHE=1 goes without it.
if (!process.env.HUIBAO_NO_CODE_CACHE) {
  try {
    const { useCodeCache, codeCacheFolder } = require(path.join(bundle, "code-cache.js"));
    process.once("exit", useCodeCache(bundle, codeCacheFolder()));
  } catch {
    // Without the cache the command only starts a little slower.
  }
}
require(entry).main(process.argv).then((code) => process.exit(code));
