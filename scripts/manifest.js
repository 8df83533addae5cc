// @ts-check
/**
 * The one place that knows how manifest.xml becomes a deployable manifest, and how it is checked.
 *
 * - renderManifest(): rewrites the placeholder base URL of the source manifest to the base URL of
 *   this build (ADDIN_BASE_URL), refusing anything but https:// — Outlook loads add-ins only over
 *   HTTPS, and the store rejects manifests with http:// URLs.
 * - validateManifest(): validates a manifest offline against the official XML Schemas
 *   (../shared/schemas, or RELEASE_GUARD_SCHEMAS) with xmllint compiled to WebAssembly.
 *
 * Used by webpack.config.js (build), scripts/validate-manifest.js (npm run validate:offline) and
 * test/manifest.test.ts. CommonJS on purpose: webpack's config and jest both load it with require().
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");

/** The base URL written in the source manifest; every occurrence is rewritten at build time. */
const PLACEHOLDER_BASE_URL = "https://localhost:3000";
/** Used when ADDIN_BASE_URL is not set: the dev server's address. */
const DEFAULT_BASE_URL = "https://localhost:3000";
const REPO_ROOT = path.resolve(__dirname, "..");
const SOURCE_MANIFEST = path.join(REPO_ROOT, "manifest.xml");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

class ManifestError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "ManifestError";
  }
}

/**
 * Checks and normalises a base URL: https only, absolute, no credentials, query or fragment,
 * no trailing slash.
 * @param {string | undefined} input
 * @returns {string}
 * @example normalizeBaseUrl("https://addins.example.com/release-guard/") //=> "https://addins.example.com/release-guard"
 */
function normalizeBaseUrl(input) {
  const raw = (input === undefined || input.trim() === "" ? DEFAULT_BASE_URL : input).trim();
  /** @type {URL} */
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new ManifestError(`ADDIN_BASE_URL is not a valid absolute URL: "${raw}". Example: https://addins.example.com`);
  }
  if (url.protocol === "http:") {
    throw new ManifestError(
      `ADDIN_BASE_URL must use https:// — got "${raw}". Outlook loads add-ins only over HTTPS ` +
        `and rejects manifests with http:// URLs. Serve the add-in over HTTPS (npm start does, on https://localhost:3000).`,
    );
  }
  if (url.protocol !== "https:") {
    throw new ManifestError(`ADDIN_BASE_URL must be an https:// URL — got "${raw}".`);
  }
  if (url.username || url.password) {
    throw new ManifestError(`ADDIN_BASE_URL must not contain credentials — got "${raw}".`);
  }
  if (url.search || url.hash || raw.includes("?") || raw.includes("#")) {
    throw new ManifestError(`ADDIN_BASE_URL must not have a query or fragment — got "${raw}".`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** @param {string} s */
function escapeXmlAttribute(s) {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Every URL the manifest points a client at: attribute values and text that contain "scheme://",
 * excluding XML namespace declarations (namespace names are identifiers, not locations).
 * @param {string} xml
 * @returns {string[]}
 */
function manifestUrls(xml) {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, "");
  /** @type {string[]} */
  const urls = [];
  const found = (/** @type {string} */ text) => {
    for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*/gi)) urls.push(m[0]);
  };
  for (const tag of withoutComments.matchAll(/<[^!?][^>]*>/g)) {
    for (const attr of tag[0].matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
      const name = attr[1];
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      found(attr[2]);
    }
  }
  for (const text of withoutComments.matchAll(/>([^<]+)</g)) found(text[1]);
  return urls;
}

/**
 * The deployable manifest for a base URL.
 * @param {string} source the text of manifest.xml
 * @param {string | undefined} baseUrl e.g. process.env.ADDIN_BASE_URL; default https://localhost:3000
 * @returns {string}
 * @example renderManifest(src, "https://addins.example.com") // every https://localhost:3000/… becomes https://addins.example.com/…
 */
function renderManifest(source, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  if (!source.includes(PLACEHOLDER_BASE_URL)) {
    throw new ManifestError(`manifest.xml no longer contains the placeholder base URL ${PLACEHOLDER_BASE_URL}; nothing to rewrite.`);
  }
  const out = source.split(PLACEHOLDER_BASE_URL).join(escapeXmlAttribute(base));
  const insecure = manifestUrls(out).filter((u) => !u.toLowerCase().startsWith("https://"));
  if (insecure.length > 0) {
    throw new ManifestError(`The built manifest would contain non-HTTPS URLs: ${insecure.join(", ")}`);
  }
  return out;
}

/**
 * @param {string | undefined} baseUrl
 * @returns {string}
 */
function renderSourceManifest(baseUrl) {
  return renderManifest(fs.readFileSync(SOURCE_MANIFEST, "utf8"), baseUrl);
}

/**
 * Where the XML Schemas are: $RELEASE_GUARD_SCHEMAS, else <repo>/../shared/schemas.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {string} [repoRoot]
 * @returns {{ dir: string | null, reason: string }} dir is null when the schemas are absent; reason says why
 */
function resolveSchemasDir(env = process.env, repoRoot = REPO_ROOT) {
  const fromEnv = env.RELEASE_GUARD_SCHEMAS;
  if (fromEnv && fromEnv.trim() !== "") {
    const dir = path.resolve(fromEnv);
    if (!fs.existsSync(path.join(dir, ROOT_SCHEMA))) {
      // Asked for explicitly: a wrong path is an error, not a reason to skip.
      throw new ManifestError(`RELEASE_GUARD_SCHEMAS=${fromEnv} has no ${ROOT_SCHEMA}.`);
    }
    return { dir, reason: `RELEASE_GUARD_SCHEMAS=${fromEnv}` };
  }
  const dir = path.resolve(repoRoot, "..", "shared", "schemas");
  if (!fs.existsSync(path.join(dir, ROOT_SCHEMA))) {
    return {
      dir: null,
      reason:
        `Manifest XML Schemas not found at ${dir} (expected ${ROOT_SCHEMA} there). ` +
        `Set RELEASE_GUARD_SCHEMAS to the folder holding them to validate offline; ` +
        `\`npm run validate\` checks online with Microsoft's service instead.`,
    };
  }
  return { dir, reason: dir };
}

/**
 * @typedef {{ message: string, line: number | null }} ManifestProblem
 * @typedef {{ valid: boolean, errors: ManifestProblem[], output: string }} ManifestValidation
 */

/**
 * Validates manifest XML against the schemas in schemasDir (root OfficeAppManifestV1_1.xsd, the
 * others preloaded by file name so its xs:imports resolve). No network.
 * @param {string} xml
 * @param {{ schemasDir: string, fileName?: string }} options
 * @returns {Promise<ManifestValidation>}
 */
async function validateManifest(xml, options) {
  const { validateXML } = require("xmllint-wasm");
  const fileName = options.fileName ?? "manifest.xml";
  const files = fs.readdirSync(options.schemasDir).filter((f) => f.endsWith(".xsd"));
  if (!files.includes(ROOT_SCHEMA)) {
    throw new ManifestError(`${options.schemasDir} has no ${ROOT_SCHEMA}.`);
  }
  const read = (/** @type {string} */ f) => ({ fileName: f, contents: fs.readFileSync(path.join(options.schemasDir, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [read(ROOT_SCHEMA)],
    preload: files.filter((f) => f !== ROOT_SCHEMA).map(read),
  });
  return {
    valid: result.valid,
    errors: result.errors.map((e) => ({ message: e.message.trim(), line: e.loc ? e.loc.lineNumber : null })),
    output: result.rawOutput,
  };
}

/**
 * @param {ManifestValidation} result
 * @param {string} label
 */
function formatValidation(result, label) {
  if (result.valid) return `${label}: valid against the Office add-in manifest schemas`;
  return [`${label}: INVALID`, ...result.errors.map((e) => `  line ${e.line ?? "?"}: ${e.message}`)].join("\n");
}

module.exports = {
  PLACEHOLDER_BASE_URL,
  DEFAULT_BASE_URL,
  REPO_ROOT,
  SOURCE_MANIFEST,
  ROOT_SCHEMA,
  ManifestError,
  normalizeBaseUrl,
  manifestUrls,
  renderManifest,
  renderSourceManifest,
  resolveSchemasDir,
  validateManifest,
  formatValidation,
};
