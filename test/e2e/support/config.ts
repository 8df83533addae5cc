/**
 * Settings shared by the browser tests' global setup and the tests themselves. Everything comes
 * from the environment so CI and a developer's machine run the same code:
 *
 *   CHROMIUM_PATH               the Chromium to drive (default /usr/bin/chromium, Debian's package)
 *   RELEASE_GUARD_SKIP_BUILD=1  reuse dist/e2e-addin from an earlier run instead of rebuilding
 *   RELEASE_GUARD_ADDIN_DIR     serve this already-built folder (e.g. dist/addin) and build nothing
 *   UPDATE_SCREENSHOTS=1        also copy the screenshots into docs/screenshots/ (for the README)
 */
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * The flags that keep Chromium quiet and off the network (shared/design/toolchain.md). Playwright
 * adds --headless itself (headless: true) and gives every launch a fresh --user-data-dir in a temp
 * folder, deleted when the browser closes; it refuses a --user-data-dir passed here.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Where the tests build the add-in when RELEASE_GUARD_ADDIN_DIR is not set. */
export const E2E_BUILD_DIR = path.join(ROOT, "dist", "e2e-addin");

/** Every screenshot of a run; git-ignored. */
export const RESULTS_SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");

/** The committed copies the README shows; written only with UPDATE_SCREENSHOTS=1. */
export const DOCS_SCREENSHOTS = path.join(ROOT, "docs", "screenshots");

/** Set by the global setup for the test files (child processes inherit the environment). */
export const ORIGIN_ENV = "RELEASE_GUARD_E2E_ORIGIN";

export function missingChromiumMessage(file: string): string {
  return [
    `Chromium was not found at ${file}; the browser tests drive Debian's Chromium and never download one.`,
    "Install it:   apt-get install -y chromium      (as root; .ci/run does this)",
    "or point CHROMIUM_PATH at a Chromium or Chrome binary.",
  ].join("\n");
}
