#!/usr/bin/env node
/**
 * Build-time step: compiles docs/policy.schema.json with ajv into a standalone validator module,
 * src/policy/policy-validator.generated.ts, which the CLI and the add-in bundle import.
 *
 * Why precompile: ajv's normal `compile` builds the validator with `new Function`, which needs
 * `'unsafe-eval'` in a page's Content Security Policy and pulls ajv's whole compiler (~120 KB
 * minified) into the task pane bundle. The generated module is plain code that needs only two tiny
 * ajv runtime helpers (ucs2length for minLength/maxLength, equal for uniqueItems).
 *
 *   node src/policy/generate-validator.cjs          regenerate after editing the schema
 *   node src/policy/generate-validator.cjs --check  exit 1 if the generated file is out of date
 *
 * Node only; not part of any bundle.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const Ajv = require("ajv").default;
const standaloneCode = require("ajv/dist/standalone").default;

const ROOT = path.resolve(__dirname, "..", "..");
const SCHEMA_PATH = path.join(ROOT, "docs", "policy.schema.json");
const OUTPUT_PATH = path.join(ROOT, "src", "policy", "policy-validator.generated.ts");

/** ajv options the validator is built with; validate.ts relies on allErrors and verbose. */
const AJV_OPTIONS = {
  allErrors: true, // report every problem in one go, not only the first
  verbose: true, // errors carry parentSchema (to list allowed keys) and the offending data
  strict: true, // a typo in the schema itself fails here, at build time
  code: { source: true, esm: true, lines: true },
};

/** @param {string} schemaText @returns {string} the TypeScript module text */
function generate(schemaText) {
  const schema = JSON.parse(schemaText);
  const ajv = new Ajv(AJV_OPTIONS);
  const validate = ajv.compile(schema);
  let code = standaloneCode(ajv, validate);

  // ajv's "esm" output still loads its runtime helpers with require(); turn those into imports so
  // bundlers and TypeScript see ordinary ES modules.
  const imports = [];
  code = code.replace(/const (\w+) = require\("(ajv\/dist\/runtime\/[\w]+)"\)\.default;?/g, (_m, name, mod) => {
    imports.push(`import ${name} from "${mod}";`);
    return "";
  });
  if (/\brequire\(/.test(code)) throw new Error("generated validator still calls require(): " + code.match(/require\([^)]*\)/)[0]);
  if (/new Function|\beval\(/.test(code)) throw new Error("generated validator would need eval");
  code = code.replace(/^"use strict";\s*/, "");

  return [
    "// @ts-nocheck",
    "/* eslint-disable */",
    "// GENERATED from docs/policy.schema.json by src/policy/generate-validator.cjs. Do not edit.",
    "// After changing the schema run: node src/policy/generate-validator.cjs",
    ...imports,
    code.trim(),
    "",
  ].join("\n");
}

function main(argv) {
  const expected = generate(fs.readFileSync(SCHEMA_PATH, "utf8"));
  const current = fs.existsSync(OUTPUT_PATH) ? fs.readFileSync(OUTPUT_PATH, "utf8") : null;
  if (argv.includes("--check")) {
    if (current !== expected) {
      process.stderr.write(
        `${path.relative(ROOT, OUTPUT_PATH)} is out of date with docs/policy.schema.json; run: node src/policy/generate-validator.cjs\n`,
      );
      return 1;
    }
    process.stdout.write(`${path.relative(ROOT, OUTPUT_PATH)} is up to date\n`);
    return 0;
  }
  if (current !== expected) fs.writeFileSync(OUTPUT_PATH, expected);
  process.stdout.write(`wrote ${path.relative(ROOT, OUTPUT_PATH)}\n`);
  return 0;
}

module.exports = { generate, AJV_OPTIONS, SCHEMA_PATH, OUTPUT_PATH };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
