// Webpack 5 build of the task pane and the ribbon commands (`npm run build` → dist/), and the HTTPS
// dev server Office sideloads from (`npm run dev-server`, https://localhost:3000).
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const root = __dirname;
const at = (...parts) => path.resolve(root, ...parts);

/** The ribbon commands are another engineer's files; build them once they exist. */
const commandsReady = () => fs.existsSync(at("src/commands/commands.ts")) && fs.existsSync(at("src/commands/commands.html"));

module.exports = async (env = {}, argv = {}) => {
  const development = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const withCommands = commandsReady();

  const entry = { taskpane: at("src/taskpane/index.tsx") };
  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: at("src/taskpane/taskpane.html"),
      chunks: ["taskpane"],
      scriptLoading: "defer",
    }),
  ];
  if (withCommands) {
    entry.commands = at("src/commands/commands.ts");
    pages.push(
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: at("src/commands/commands.html"),
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
    );
  }

  return {
    mode: development ? "development" : "production",
    entry,
    // Eval-based source maps would need 'unsafe-eval', which the page's CSP refuses.
    devtool: development ? "source-map" : false,
    output: {
      path: at("dist"),
      filename: development ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: development ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // ExcelJS's Node entry needs Node's streams and zlib; its prebuilt browser bundle needs nothing.
      alias: { exceljs$: require.resolve("exceljs/dist/exceljs.min.js") },
    },
    module: {
      // Already a self-contained UMD bundle: parsing it again only slows the build.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules out, so webpack sees `import()` and splits ExcelJS into its own chunk
            // (tsconfig.json's CommonJS is for Jest and the CLI).
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: development } },
          },
        },
      ],
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: at("manifest.xml"), to: "manifest.xml", noErrorOnMissing: true },
          // Loads office.js before the bundle (see the file); copied as it is, under a fixed name the page names.
          { from: at("src/taskpane/office-boot.js"), to: "office-boot.js" },
          { from: at("assets"), to: "assets", noErrorOnMissing: true, globOptions: { ignore: ["**/.gitkeep"] } },
        ],
      }),
    ],
    optimization: {
      // Name the ExcelJS chunk so a look at dist/ tells what the browser page loads on demand.
      splitChunks: {
        cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", priority: 20 } },
      },
    },
    performance: {
      // The first screen (React + Fluent UI + the templates) loads from the add-in's own server;
      // ExcelJS (browser page only) is a separate chunk loaded on demand. The pane with its four views
      // (填报 · 审核 · 汇总 · 综述) is about 1.2 MB, 330 KB gzipped.
      hints: development ? false : "warning",
      maxEntrypointSize: 1_600_000,
      maxAssetSize: 1_600_000,
    },
    devServer: serving
      ? {
          port: 3000,
          hot: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          static: { directory: at("dist"), watch: false },
          server: { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() },
        }
      : undefined,
  };
};
