#!/usr/bin/env node
// Refreshes the README's screenshots in docs/screenshots/: runs the browser tests (jest's e2e project)
// with UPDATE_SCREENSHOTS=1. Each picture is taken only after its state's assertions passed and is
// copied only if the page showed no error, so a failing scenario leaves the old picture alone. Every
// run (with or without this script) also writes all screenshots to test-results/screenshots/ (git-ignored).
//
//   node scripts/screenshots.mjs                  build the add-in, run the browser tests, refresh
//   RELEASE_GUARD_SKIP_BUILD=1 node scripts/screenshots.mjs    reuse the last test build
//   node scripts/screenshots.mjs -t "dark"        extra arguments go to jest
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DOCS = path.join(ROOT, "docs", "screenshots");

const started = Date.now();
const result = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--selectProjects", "e2e", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, UPDATE_SCREENSHOTS: "1" },
});

const fresh = fs.existsSync(DOCS)
  ? fs.readdirSync(DOCS).filter((f) => f.endsWith(".png") && fs.statSync(path.join(DOCS, f)).mtimeMs >= started)
  : [];
console.log(`\nRefreshed ${fresh.length} screenshot(s) in ${path.relative(ROOT, DOCS)}/: ${fresh.sort().join(", ") || "none"}`);
if (result.status !== 0) console.log("Some browser tests failed (see above); a picture is refreshed only when its state was reached and checked.");
process.exit(result.status ?? 1);
