// Webpack 5 build of the task pane and the ribbon commands (`npm run build` → dist/), and the HTTPS
// dev server Office sideloads from (`npm run dev-server`, https://localhost:3000).
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const root = __dirname;
const at = (...parts) => path.resolve(root, ...parts);

/**
 * office.js is never bundled: it comes from Microsoft's CDN, or, for Microsoft 365 tenants operated
 * by 21Vianet (世纪互联) in China, from theirs. `npm run build -- --env officejs=china` or
 * HUIBAO_OFFICEJS=china picks the second; both pages' CSP admit both.
 */
const OFFICE_JS = {
  global: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  china: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
};

function officeJsUrl(env) {
  const choice = env.officejs ?? process.env.HUIBAO_OFFICEJS ?? "global";
  if (!OFFICE_JS[choice]) throw new Error(`officejs must be one of ${Object.keys(OFFICE_JS).join(", ")}; got "${choice}"`);
  return OFFICE_JS[choice];
}

/**
 * The language level of the bundle: what the web views of the oldest Excel the manifest admits
 * (ExcelApi 1.10) can parse — WebView2 (Chromium) on Windows, and on the Mac the WebKit of Safari
 * 13.1, the newest Safari for macOS 10.13, the oldest macOS that Excel 16.30 (ExcelApi 1.10) runs on
 * (see README, "Supported hosts"). ES2020 has ?. and ??; Safari 13.1 lacks ES2021's ??= and ES2022's
 * class fields, and regex lookbehind, which no Safari had before 16.4. Our code and node_modules are
 * both brought down to it; test/build/bundle-syntax.test.ts parses dist/ at this level and looks for
 * lookbehind.
 */
const BUNDLE_TARGET = "es2020";
const BUNDLE_ECMA_VERSION = 2020;

/** The ribbon commands are another engineer's files; build them once they exist. */
const commandsReady = () => fs.existsSync(at("src/commands/commands.ts")) && fs.existsSync(at("src/commands/commands.html"));

const config = async (env = {}, argv = {}) => {
  const development = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const withCommands = commandsReady();
  const templateParameters = { officeJs: officeJsUrl(env) };

  // The pane runs after the few library methods old Mac web views lack (see web-view-polyfills.ts).
  const entry = { taskpane: [at("src/taskpane/host/web-view-polyfills.ts"), at("src/taskpane/index.tsx")] };
  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: at("src/taskpane/taskpane.html"),
      chunks: ["taskpane"],
      scriptLoading: "defer",
      templateParameters,
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
        templateParameters,
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
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "node", target: BUNDLE_TARGET, sourceMap: development } },
          },
        },
        {
          // Libraries ship the syntax their own browser lists allow (Fluent UI and ExcelJS use ES2018+
          // and class fields); TypeScript lowers them to the same level as our code.
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              instance: "node-modules",
              transpileOnly: true,
              compilerOptions: { allowJs: true, checkJs: false, module: "esnext", moduleResolution: "node", target: BUNDLE_TARGET, sourceMap: false },
            },
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

module.exports = config;
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.BUNDLE_ECMA_VERSION = BUNDLE_ECMA_VERSION;
