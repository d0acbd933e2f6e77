#!/usr/bin/env node
// The CLI is bundled into lib/bundle/ by `npm run build:cli` (run by `npm ci` through the prepare script).
"use strict";
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "bundle", "huibao.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("汇报通命令行尚未编译：请先在项目目录运行 npm run build:cli（npm ci 会自动编译）。\n");
  process.exit(2);
}
require(entry).main(process.argv).then((code) => process.exit(code));
