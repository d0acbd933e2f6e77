// Webpack 5 build of the command line (`npm run build:cli` → lib/bundle/), what bin/huibao.js runs.
// Why a bundle: compiled by tsc alone, `huibao consolidate` loaded some 500 files at start — resolving,
// reading and compiling each one cost about a fifth of a 500-table run (issue 17). The bundle is one file
// for the start and one chunk per command (see src/cli/main.ts), so `huibao --version` loads none of them.
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const root = __dirname;
const at = (...parts) => path.resolve(root, ...parts);
const OUTPUT = at("lib", "bundle");

/**
 * One output file per entry, named by its key, beside the others in lib/bundle/. A second program the
 * command line starts itself (a worker_threads worker, say) is one more line here; its code then finds
 * it as `join(__dirname, "<key>.js")`, since every module of the bundle sees lib/bundle/ as __dirname.
 */
const ENTRIES = {
  huibao: at("src/cli/main.ts"),
  // Loaded by bin/huibao.js before huibao.js, so that huibao.js and its chunks come from V8's code cache.
  "code-cache": at("src/cli/_lib/code-cache.ts"),
  // The worker_threads worker that reads and audits files beside the main thread (src/cli/_lib/parallel-read).
  "read-worker": at("src/cli/_lib/parallel-read/read-worker.ts"),
};

/**
 * Loaded from node_modules at run time, only by the command that uses them: ExcelJS (validate, template
 * new-workbook; its own dependencies read templates and streams at run time) and docx (narrate --docx).
 * Left out of the bundle, they are also what test/cli/bin.test.ts can see loaded in require.cache.
 */
const EXTERNALS = ["exceljs", "docx"];

/** Lists, for each file written, the source modules it holds: test/cli/bin.test.ts checks what a command loads. */
class ModuleListPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ModuleListPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ModuleListPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const list = {};
        const names = (module) => (module.modules ? module.modules.flatMap(names) : [module.readableIdentifier(compilation.requestShortener)]);
        for (const chunk of compilation.chunks) {
          const modules = [...compilation.chunkGraph.getChunkModulesIterable(chunk)].flatMap(names).sort();
          for (const file of chunk.files) if (file.endsWith(".js")) list[file] = modules;
        }
        compilation.emitAsset("modules.json", new webpack.sources.RawSource(JSON.stringify(list, null, 1)));
      });
    });
  }
}

module.exports = (_env = {}, argv = {}) => ({
  mode: argv.mode === "development" ? "development" : "production",
  target: "node20",
  entry: ENTRIES,
  devtool: false,
  // Kept beside the output, so a second build (npm test, demo, bench each build first) takes a second or two.
  cache: { type: "filesystem", cacheDirectory: at("lib", ".webpack-cache"), buildDependencies: { config: [__filename, at("package.json"), at("tsconfig.json"), at("tsconfig.cli.json")] } },
  output: {
    path: OUTPUT,
    filename: "[name].js",
    chunkFilename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  // __dirname is the bundle's folder, as Node gives it, not a path webpack made up at build time.
  node: { __dirname: false, __filename: false },
  externals: Object.fromEntries(EXTERNALS.map((name) => [name, `commonjs ${name}`])),
  externalsPresets: { node: true },
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: {
    rules: [
      {
        // No module of ours does anything at load but define its exports (no import is made for its effect
        // alone), so webpack may leave out what a barrel (an index.ts) re-exports and the command does not use:
        // `template list` then loads neither zod nor the template schema that core/template's index names.
        test: /\.ts$/,
        include: at("src"),
        sideEffects: false,
      },
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          // ES modules out, so webpack sees each command's `import()` and makes it a chunk (tsconfig.cli.json's
          // CommonJS is for lib/, which the tests and the bench load). Type errors are tsc's job.
          options: { transpileOnly: true, configFile: at("tsconfig.cli.json"), compilerOptions: { module: "esnext", moduleResolution: "node", target: "es2022" } },
        },
      },
    ],
  },
  plugins: [
    // The version is known at build time: no package.json to find and read at every start.
    new webpack.DefinePlugin({ __HUIBAO_VERSION__: JSON.stringify(JSON.parse(fs.readFileSync(at("package.json"), "utf8")).version) }),
    new ModuleListPlugin(),
  ],
  optimization: {
    // Chunks named after their command (webpackChunkName in main.ts); the shared ones after their modules.
    chunkIds: "named",
    // Kept readable: a clerk's stack trace names real functions, and V8 parses lazily anyway.
    minimize: false,
  },
  performance: { hints: false },
  stats: "errors-warnings",
});
