/**
 * Screenshots of the main states: written to test-results/screenshots/ on every run (git-ignored),
 * and also to docs/screenshots/ (committed, shown in the README) when UPDATE_SCREENSHOTS=1.
 * A picture is taken only after its state's assertions passed, and reaches docs/ only once the
 * scenario's page showed no error (the test file calls publishScreenshots/discardScreenshots).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { DOCS_SCREENSHOTS, RESULTS_SCREENSHOTS } from "./config";

export function updatingDocs(): boolean {
  return process.env.UPDATE_SCREENSHOTS === "1";
}

/** Saves a viewport screenshot named `<name>.png`; returns the files written. */
export async function saveScreenshot(page: Page, name: string): Promise<string[]> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot names are kebab-case: ${name}`);
  fs.mkdirSync(RESULTS_SCREENSHOTS, { recursive: true });
  const file = path.join(RESULTS_SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, animations: "disabled", caret: "hide", scale: "css" });
  if (updatingDocs()) pending.push(name);
  return [file];
}

/** Pictures of the running scenario waiting for its end before they go to docs/. */
const pending: string[] = [];

/** Copies the running scenario's pictures to docs/screenshots/ (with UPDATE_SCREENSHOTS=1). */
export function publishScreenshots(): string[] {
  const written: string[] = [];
  for (const name of pending.splice(0)) {
    fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    const doc = path.join(DOCS_SCREENSHOTS, `${name}.png`);
    fs.copyFileSync(path.join(RESULTS_SCREENSHOTS, `${name}.png`), doc);
    written.push(doc);
  }
  return written;
}

/** Forgets the running scenario's pictures: its page showed errors, so docs/ keeps the old ones. */
export function discardScreenshots(): void {
  pending.splice(0);
}
