// Part of `npm run build:cli`, after tsc: the shipped templates must pass the template schema exactly as
// they are, since the program uses them without checking them at every start (see check-builtins.ts).
"use strict";
const path = require("path");
const { checkShippedTemplates } = require(path.join(__dirname, "..", "lib", "core", "template", "builtin", "check-shipped-templates.js"));
try {
  checkShippedTemplates();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
