#!/usr/bin/env node
// npm run validate:offline [-- file.xml ...]
//
// Validates manifests against the Office add-in manifest XML Schemas with no network
// (../shared/schemas, or the folder named by RELEASE_GUARD_SCHEMAS).
// With no arguments: the source manifest rendered for ADDIN_BASE_URL (default https://localhost:3000),
// and dist/addin/manifest.xml when a build exists.
// Exit codes: 0 valid, 1 invalid (or a bad base URL), 2 schemas not found.
// `npm run validate` is the online check (Microsoft's service) for machines with internet access.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const manifest = require("./manifest.js");

async function main() {
  const { dir, reason } = manifest.resolveSchemasDir();
  if (!dir) {
    console.error(reason);
    return 2;
  }
  /** @type {{ label: string, xml: string }[]} */
  const targets = [];
  const files = process.argv.slice(2);
  if (files.length > 0) {
    for (const f of files) targets.push({ label: f, xml: fs.readFileSync(f, "utf8") });
  } else {
    const base = manifest.normalizeBaseUrl(process.env.ADDIN_BASE_URL);
    targets.push({ label: `manifest.xml rendered for ${base}`, xml: manifest.renderSourceManifest(base) });
    const built = path.join(manifest.REPO_ROOT, "dist", "addin", "manifest.xml");
    if (fs.existsSync(built)) targets.push({ label: path.relative(process.cwd(), built), xml: fs.readFileSync(built, "utf8") });
  }
  let failed = false;
  for (const t of targets) {
    const result = await manifest.validateManifest(t.xml, { schemasDir: dir, fileName: path.basename(t.label) || "manifest.xml" });
    const insecure = manifest.manifestUrls(t.xml).filter((u) => !u.toLowerCase().startsWith("https://"));
    console.log(manifest.formatValidation(result, t.label));
    if (insecure.length > 0) console.log(`  non-HTTPS URLs: ${insecure.join(", ")}`);
    failed = failed || !result.valid || insecure.length > 0;
  }
  console.log(`(schemas: ${dir})`);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
