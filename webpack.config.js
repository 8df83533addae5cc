// @ts-check
/**
 * Builds the Outlook add-in into dist/addin/.
 *
 *   npm run build:addin                  production (default), Office.js from Microsoft's CDN
 *   npm start                            development, served on https://localhost:3000, local Office.js
 *   ADDIN_BASE_URL=https://addins.example.com npm run build:addin
 *                                        the manifest's URLs point at the organisation's host
 *
 * Two configurations:
 * - "ui": the task pane and the preview page (React + Fluent UI), the manifest (base URL rewritten
 *   from ADDIN_BASE_URL), icons, the support page, config/ and the local copy of Office.js.
 * - "launchevent": the send-time handler, ONE self-contained ECMAScript 2016 file (classic Outlook
 *   on Windows loads it in a JavaScript-only runtime that accepts nothing newer before version 2403),
 *   plus launchevent.html for the clients that run it in a browser runtime.
 *
 * Environment:
 *   ADDIN_BASE_URL  https:// base URL written into the manifest (default https://localhost:<port>);
 *                   an http:// URL is refused.
 *   OFFICE_JS       cdn | local — where taskpane.html and launchevent.html load Office.js from.
 *                   Default: cdn for production builds (store policy), local for development.
 *                   preview.html always uses the local copy: it must work offline.
 *   PORT            dev server port (default 3000).
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const manifest = require("./scripts/manifest.js");

const ROOT = __dirname;
const OUT = path.join(ROOT, "dist", "addin");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office/office.js";
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/**
 * @param {string | undefined} value
 * @param {string} mode
 * @returns {"cdn" | "local"}
 */
function officeJsSource(value, mode) {
  if (value === undefined || value === "") return mode === "production" ? "cdn" : "local";
  if (value === "cdn" || value === "local") return value;
  throw new Error(`OFFICE_JS must be "cdn" or "local", got "${value}".`);
}

/**
 * Makes each page load Office.js from the configured place (CDN or local copy) before any bundle:
 * a template's own <script src="…office.js"> gets its src rewritten; a template without one gets the
 * tag added as the first element of <head>. A page that would load Office.js twice fails the build.
 */
class OfficeJsTagPlugin {
  /** @param {Record<string, string>} srcByPage output file name → Office.js URL */
  constructor(srcByPage) {
    this.srcByPage = srcByPage;
  }
  /** @param {webpack.Compiler} compiler */
  apply(compiler) {
    const MARK = "data-office-js-added";
    compiler.hooks.compilation.tap("OfficeJsTagPlugin", (compilation) => {
      const hooks = HtmlWebpackPlugin.getHooks(compilation);
      hooks.alterAssetTagGroups.tap("OfficeJsTagPlugin", (data) => {
        const src = this.srcByPage[data.outputName];
        if (src) data.headTags.unshift(HtmlWebpackPlugin.createHtmlTagObject("script", { src, [MARK]: "1" }));
        return data;
      });
      hooks.beforeEmit.tap("OfficeJsTagPlugin", (data) => {
        const src = this.srcByPage[data.outputName];
        if (!src) return data;
        const tags = [...data.html.matchAll(/<script\b[^>]*?\bsrc=["']?([^"'\s>]*office\.js)["']?[^>]*>\s*<\/script>/gi)];
        const added = tags.filter((t) => t[0].includes(MARK));
        const own = tags.filter((t) => !t[0].includes(MARK));
        if (own.length > 1) {
          compilation.errors.push(new webpack.WebpackError(`${data.outputName} loads Office.js ${own.length} times; keep at most one <script> for office.js.`));
          return data;
        }
        let html = data.html;
        if (own.length === 1) {
          for (const t of added) html = html.replace(t[0], "");
          html = html.replace(own[0][0], own[0][0].replace(own[0][1], src));
        } else {
          html = html.replace(new RegExp(`\\s*${MARK}(=["']?1["']?)?`), "");
        }
        data.html = html;
        return data;
      });
    });
  }
}

/** Prints raw and gzipped sizes of the emitted JavaScript and HTML after a build. */
class SizeReportPlugin {
  /** @param {webpack.Compiler} compiler */
  apply(compiler) {
    compiler.hooks.done.tap("SizeReportPlugin", (stats) => {
      const { compilation } = stats;
      const outDir = compilation.outputOptions.path || OUT;
      const rows = [];
      for (const asset of compilation.getAssets()) {
        if (!/\.(js|html)$/.test(asset.name) || asset.name.startsWith("office/")) continue;
        const file = path.join(outDir, asset.name);
        if (!fs.existsSync(file)) continue;
        const source = fs.readFileSync(file);
        rows.push([asset.name, source.length, zlib.gzipSync(source, { level: 9 }).length]);
      }
      rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
      const lines = rows.map(([name, raw, gz]) => `  ${String(name).padEnd(18)}${kb(Number(raw))}${kb(Number(gz))} gzipped`);
      console.log(`[${compiler.name}] ${compiler.options.mode} build → ${path.relative(ROOT, outDir)}/\n${lines.join("\n")}`);
    });
  }
}

/** @typedef {webpack.Configuration & { devServer?: import("webpack-dev-server").Configuration | false }} Config */

/**
 * @param {"ui" | "launchevent"} instance
 * @param {string} target ECMAScript version TypeScript emits
 * @param {boolean} sourceMap
 * @returns {webpack.RuleSetRule}
 */
function typescriptRule(instance, target, sourceMap) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        instance,
        transpileOnly: true, // type checking is `npm run typecheck`
        onlyCompileBundledFiles: true,
        configFile: path.join(ROOT, "tsconfig.json"),
        compilerOptions: { target, module: "es2020", moduleResolution: "node", sourceMap, declaration: false },
      },
    },
  };
}

/**
 * @param {Record<string, unknown>} [env] webpack --env values (WEBPACK_SERVE is set by `webpack serve`)
 * @param {{ mode?: string }} [argv]
 * @returns {Promise<Config[]>}
 */
module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const production = mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = Number(process.env.PORT || 3000);
  const rawBase = typeof env.ADDIN_BASE_URL === "string" ? env.ADDIN_BASE_URL : process.env.ADDIN_BASE_URL;
  // Throws (and so stops the build) on an http:// or malformed base URL.
  const baseUrl = manifest.normalizeBaseUrl(rawBase || `https://localhost:${port}`);
  const officeJs = officeJsSource(typeof env.OFFICE_JS === "string" ? env.OFFICE_JS : process.env.OFFICE_JS, mode);
  const officeJsUrl = officeJs === "cdn" ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
  const devtool = production ? false : "source-map";
  const htmlMinify = production ? { collapseWhitespace: true, removeComments: true, keepClosingSlash: true } : false;

  /** @type {Config} */
  const ui = {
    name: "ui",
    context: ROOT,
    mode,
    devtool,
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: OUT,
      filename: "[name].js",
      publicPath: "auto",
      // The launchevent configuration writes into the same folder: keep exactly what it emits in this mode.
      clean: { keep: production ? /^launchevent\.(js|html)$/ : /^launchevent\.(js|js\.map|html)$/ },
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [typescriptRule("ui", "es2020", !production), { test: /\.(png|svg)$/, type: "asset/resource" }],
    },
    performance: { hints: false },
    stats: serving ? "minimal" : "errors-warnings",
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl },
        minify: htmlMinify,
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        templateParameters: { officeJsUrl: OFFICE_JS_LOCAL },
        minify: htmlMinify,
      }),
      // The preview talks to its fake mailbox only; loading Office.js there would start its telemetry frame.
      new OfficeJsTagPlugin({ "taskpane.html": officeJsUrl }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: { transformer: (content) => manifest.renderManifest(content.toString("utf8"), baseUrl), cache: false },
          },
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/support/support.html", to: "support.html" },
          { from: "config", to: "config", noErrorOnMissing: true },
          { from: "config/policy.json", to: "policy.json", noErrorOnMissing: true },
          // Local Office.js: office.js itself, and the Outlook host and string files it loads next to it.
          // Copied as Microsoft ships them (info.minimized keeps terser off them).
          { from: path.join(OFFICE_JS_DIST, "office.js"), to: "office/office.js", info: { minimized: true } },
          // Loaded by office.js outside an Office host (the preview page); onReady waits for it.
          { from: path.join(OFFICE_JS_DIST, "o15apptofilemappingtable.js"), to: "office/o15apptofilemappingtable.js", info: { minimized: true } },
          ...(officeJs === "local" || !production
            ? [
                { from: "outlook-*.js", context: OFFICE_JS_DIST, to: "office/[name][ext]", info: { minimized: true }, globOptions: { ignore: ["**/*.debug.js", "**/*vsdoc*"] } },
                { from: "en-us/*.js", context: OFFICE_JS_DIST, to: "office/[path][name][ext]", info: { minimized: true }, globOptions: { ignore: ["**/*.debug.js"] } },
              ]
            : [{ from: "en-us/office_strings.js", context: OFFICE_JS_DIST, to: "office/en-us/office_strings.js", info: { minimized: true } }]),
        ],
      }),
      ...(serving ? [] : [new SizeReportPlugin()]),
    ],
  };

  if (serving) {
    const { ensureDevCerts, describeCerts } = require("./scripts/dev-certs.js");
    const certs = await ensureDevCerts();
    ui.devServer = {
      host: "localhost",
      port,
      server: { type: "https", options: { key: certs.key, cert: certs.cert, ca: certs.ca } },
      static: false, // everything served comes from the build (manifest, icons and Office.js are copied into it)
      devMiddleware: { writeToDisk: true }, // Outlook sideloads dist/addin/manifest.xml from disk
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" },
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      onListening(server) {
        const origin = `https://localhost:${port}`;
        const lines = [
          "",
          `Release Guard is served at ${origin}/ (development build, Office.js from ${officeJs === "cdn" ? "the CDN" : "dist/addin/office/"})`,
          `  Sideload into Outlook:  ${path.join(OUT, "manifest.xml")}`,
          `  Preview in a browser:   ${origin}/preview.html`,
          ...describeCerts(certs).map((l) => `  ${l}`),
        ];
        if (!baseUrl.startsWith(origin)) lines.push(`  Note: ADDIN_BASE_URL=${baseUrl} — the built manifest points there, not at this server.`);
        lines.push("");
        (server.logger || console).info(lines.join("\n"));
      },
    };
  }

  /** @type {Config} */
  const launchevent = {
    name: "launchevent",
    context: ROOT,
    mode,
    devtool,
    // ES2016: webpack's own runtime code stays within it too (no async/await, ?., ??, object spread, BigInt).
    target: ["web", "es2016"],
    entry: { launchevent: "./src/launchevent/launchevent.ts" },
    output: {
      path: OUT,
      filename: "launchevent.js",
      publicPath: "auto",
      iife: true,
      environment: {
        arrowFunction: true,
        const: true,
        destructuring: true,
        forOf: true,
        templateLiteral: true,
        asyncFunction: false,
        bigIntLiteral: false,
        dynamicImport: false,
        module: false,
        optionalChaining: false,
        globalThis: false,
      },
    },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [typescriptRule("launchevent", "es2016", !production)] },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    stats: serving ? "minimal" : "errors-warnings",
    // No dev-server client or live reload inside the send handler: it must stay one plain file.
    devServer: serving ? false : undefined,
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new HtmlWebpackPlugin({
        filename: "launchevent.html",
        template: "./src/launchevent/launchevent.html",
        chunks: ["launchevent"],
        inject: "head",
        scriptLoading: "blocking",
        templateParameters: { officeJsUrl },
        minify: htmlMinify,
      }),
      new OfficeJsTagPlugin({ "launchevent.html": officeJsUrl }),
      ...(serving ? [] : [new SizeReportPlugin()]),
    ],
  };

  return [ui, launchevent];
};

module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.OFFICE_JS_LOCAL = OFFICE_JS_LOCAL;
