// @ts-check
/**
 * The development HTTPS certificate for https://localhost:3000 (Outlook loads add-ins only over HTTPS).
 *
 * Generated with office-addin-dev-certs' generateCertificates() into ~/.office-addin-dev-certs —
 * the folder Microsoft's Office add-in tools use, so a CA trusted once serves every add-in project
 * (override with RELEASE_GUARD_CERT_DIR). Reused while valid; regenerated when missing or expiring.
 *
 * Trusting the CA changes the machine's trust store, so it is never done silently:
 * - RELEASE_GUARD_TRUST_CERT=1 on Linux as root (containers, CI) copies the CA into
 *   /usr/local/share/ca-certificates and runs update-ca-certificates;
 * - everywhere else trustInstructions() gives the exact command to run once.
 * The server starts either way; an untrusted certificate only means a browser warning.
 */
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const crypto = require("node:crypto");
const { execFileSync } = require("node:child_process");

const LINUX_ANCHOR_DIR = "/usr/local/share/ca-certificates/office-addin-dev-certs";

/** @param {NodeJS.ProcessEnv} [env] */
function certDir(env = process.env) {
  return env.RELEASE_GUARD_CERT_DIR ? path.resolve(env.RELEASE_GUARD_CERT_DIR) : path.join(os.homedir(), ".office-addin-dev-certs");
}

/**
 * @param {string} certPath
 * @returns {boolean} true when the certificate exists, covers localhost and is valid for at least a day
 */
function usable(certPath) {
  try {
    const x509 = new crypto.X509Certificate(fs.readFileSync(certPath));
    const validFor = Date.parse(x509.validTo) - Date.now();
    return validFor > 24 * 3600 * 1000 && x509.checkHost("localhost") !== undefined;
  } catch {
    return false;
  }
}

/**
 * @param {string} caPath
 * @returns {boolean | null} true/false on Linux (Debian-style trust store), null where it cannot be checked from here
 */
function isTrusted(caPath) {
  if (process.platform !== "linux") return null;
  try {
    const installed = path.join(LINUX_ANCHOR_DIR, path.basename(caPath));
    return fs.existsSync(installed) && fs.readFileSync(installed, "utf8").trim() === fs.readFileSync(caPath, "utf8").trim();
  } catch {
    return false;
  }
}

/**
 * The exact command(s) that trust the CA on this platform.
 * @param {string} caPath
 * @returns {string[]}
 */
function trustInstructions(caPath) {
  switch (process.platform) {
    case "win32":
      return [
        `certutil -user -addstore Root "${caPath}"      (Windows asks you to confirm; or, in an administrator prompt, certutil -addstore Root "${caPath}")`,
      ];
    case "darwin":
      return [`sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain '${caPath}'   (needs an administrator)`];
    default:
      return [
        `sudo mkdir -p ${LINUX_ANCHOR_DIR} && sudo cp '${caPath}' ${LINUX_ANCHOR_DIR}/ && sudo update-ca-certificates`,
        `(Fedora/RHEL: sudo cp '${caPath}' /etc/pki/ca-trust/source/anchors/ && sudo update-ca-trust)`,
        `(Chrome/Chromium and Firefox on Linux keep their own store: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i '${caPath}')`,
      ];
  }
}

/**
 * Linux as root only, and only when asked (RELEASE_GUARD_TRUST_CERT=1).
 * @param {string} caPath
 * @returns {{ attempted: boolean, ok: boolean, message: string }}
 */
function tryTrust(caPath, env = process.env) {
  if (env.RELEASE_GUARD_TRUST_CERT !== "1") return { attempted: false, ok: false, message: "not requested (set RELEASE_GUARD_TRUST_CERT=1)" };
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.platform !== "linux" || !isRoot || !fs.existsSync("/usr/sbin/update-ca-certificates")) {
    return { attempted: false, ok: false, message: "automatic trust works only on Linux as root with update-ca-certificates" };
  }
  try {
    fs.mkdirSync(LINUX_ANCHOR_DIR, { recursive: true });
    fs.copyFileSync(caPath, path.join(LINUX_ANCHOR_DIR, path.basename(caPath)));
    execFileSync("/usr/sbin/update-ca-certificates", { stdio: "ignore" });
    return { attempted: true, ok: true, message: `trusted via ${LINUX_ANCHOR_DIR}` };
  } catch (err) {
    return { attempted: true, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * @typedef {{ key: Buffer, cert: Buffer, ca: Buffer, dir: string, caPath: string, certPath: string,
 *   generated: boolean, trusted: boolean | null, trustNote: string }} DevCerts
 */

/**
 * Returns a usable localhost certificate, generating one when needed.
 * @param {{ env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<DevCerts>}
 */
async function ensureDevCerts(options = {}) {
  const env = options.env ?? process.env;
  const dir = certDir(env);
  const caPath = path.join(dir, "ca.crt");
  const certPath = path.join(dir, "localhost.crt");
  const keyPath = path.join(dir, "localhost.key");
  let generated = false;
  if (!(fs.existsSync(caPath) && fs.existsSync(keyPath) && usable(certPath))) {
    // generateCertificates() writes nothing when ca.crt already exists, so clear a stale set first.
    for (const f of [caPath, certPath, keyPath]) fs.rmSync(f, { force: true });
    const { generateCertificates } = require("office-addin-dev-certs");
    await generateCertificates(caPath, certPath, keyPath, 30, ["127.0.0.1", "localhost"]);
    try {
      fs.chmodSync(keyPath, 0o600); // the private key is for this user only
    } catch {
      // Windows: file modes do not apply.
    }
    generated = true;
  }
  let trusted = isTrusted(caPath);
  let trustNote = trusted ? "the CA is trusted by this system" : "";
  if (trusted !== true) {
    const attempt = tryTrust(caPath, env);
    if (attempt.ok) {
      trusted = true;
      trustNote = attempt.message;
    } else {
      trustNote = attempt.attempted ? `could not trust the CA: ${attempt.message}` : "";
    }
  }
  return {
    key: fs.readFileSync(keyPath),
    cert: fs.readFileSync(certPath),
    ca: fs.readFileSync(caPath),
    dir,
    caPath,
    certPath,
    generated,
    trusted,
    trustNote,
  };
}

/**
 * Lines to print about the certificate when a server starts.
 * @param {DevCerts} certs
 * @returns {string[]}
 */
function describeCerts(certs) {
  const lines = [`Certificate: ${certs.certPath}${certs.generated ? " (generated now, valid 30 days)" : ""}`];
  if (certs.trusted === true) {
    lines.push(`  ${certs.trustNote}.`);
    return lines;
  }
  lines.push(
    certs.trusted === false
      ? "  Its CA is not trusted here yet, so browsers and Outlook will warn. Trust it once with:"
      : "  Trust its CA once (Outlook refuses an add-in whose certificate it does not trust):",
  );
  for (const l of trustInstructions(certs.caPath)) lines.push(`    ${l}`);
  if (certs.trustNote) lines.push(`  (${certs.trustNote})`);
  lines.push("  The server runs anyway; the preview page works after accepting the browser's warning.");
  return lines;
}

module.exports = { certDir, ensureDevCerts, describeCerts, trustInstructions, isTrusted };
