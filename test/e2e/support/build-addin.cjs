#!/usr/bin/env node
// Builds the add-in for the browser tests with the project's own webpack.config.js (production mode,
// both configurations: task pane + preview, and the send handler), into the folder given as the
// only argument instead of dist/addin, so a test run never overwrites a developer's build.
//   node test/e2e/support/build-addin.cjs dist/e2e-addin
"use strict";
const path = require("node:path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..", "..", "..");
const out = path.resolve(ROOT, process.argv[2] || path.join("dist", "e2e-addin"));

async function main() {
  const factory = require(path.join(ROOT, "webpack.config.js"));
  const configs = await factory({}, { mode: "production" });
  for (const config of configs) config.output = { ...config.output, path: out };
  await new Promise((resolve, reject) => {
    webpack(configs, (err, stats) => {
      if (err) return reject(err);
      if (stats && stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve(undefined);
    });
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack || err.message : err);
  process.exit(1);
});
