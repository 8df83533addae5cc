/**
 * Drives the preview page (simulated compose window + the real task pane) in Debian's Chromium.
 * One browser per test file; one fresh context (cookies, localStorage = roaming settings) per
 * scenario. Every request any page makes is recorded so a test can prove nothing left localhost.
 */
import * as fs from "node:fs";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, ORIGIN_ENV, missingChromiumMessage } from "./config";

export const VIEWPORT = { width: 1280, height: 800 } as const;

/**
 * Files the page may ask for that a build need not contain: a 404 for them is the designed answer.
 * config/policy.json is the organisation's optional policy (src/policy/load-browser.ts: 404 → built-in
 * defaults); favicon.ico is Chromium's own request.
 */
const OPTIONAL_FILES = ["config/policy.json", "favicon.ico"];

/** How long one wait for the page may take before the test fails with a clear message. */
const WAIT_MS = 15_000;

export function origin(): string {
  const value = process.env[ORIGIN_ENV];
  if (!value) throw new Error(`${ORIGIN_ENV} is not set: run the browser tests through jest's e2e project (npx jest --selectProjects e2e).`);
  return value;
}

export interface LoggedRequest {
  url: string;
  /** The test that was running. */
  test: string;
}

/** Every request made by any page (frames included) in any context of this test file, in order. */
export const requestLog: LoggedRequest[] = [];

/** Served by the test server, or never on the network at all. */
export function isLocal(url: string): boolean {
  return url.startsWith(`${origin()}/`) || /^(?:data|blob|about):/.test(url);
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(missingChromiumMessage(CHROMIUM_PATH));
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
}

export interface PreviewParams {
  example?: "vague" | "clean" | "shipping";
  mode?: "html" | "text";
  theme?: "light" | "dark" | "hc";
  fail?: string;
  /** The pane's re-check interval; short so edits show quickly. */
  poll?: number;
  /** Install Playwright's fake clock before the page loads, so a test can run the page's timers forward. */
  fakeClock?: boolean;
}

export interface Preview {
  context: BrowserContext;
  page: Page;
  /** The task pane (`data-testid="taskpane"`). */
  pane: Locator;
  /** Uncaught errors and console errors of the page. */
  errors: string[];
  close(): Promise<void>;
}

export function previewUrl(params: PreviewParams = {}): string {
  const query = new URLSearchParams();
  query.set("example", params.example ?? "vague");
  if (params.mode) query.set("mode", params.mode);
  if (params.theme) query.set("theme", params.theme);
  if (params.fail) query.set("fail", params.fail);
  query.set("poll", String(params.poll ?? 400));
  return `${origin()}/preview.html?${query.toString()}`;
}

/** Opens the preview in a fresh context and waits until the pane has checked the email once. */
export async function openPreview(browser: Browser, params: PreviewParams = {}): Promise<Preview> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: "en-US",
    timezoneId: "UTC",
    colorScheme: "light",
    reducedMotion: "reduce",
    serviceWorkers: "block",
  });
  context.setDefaultTimeout(WAIT_MS);
  context.on("request", (request) => {
    requestLog.push({ url: request.url(), test: expect.getState().currentTestName ?? "(outside a test)" });
  });
  // Nothing may actually leave the machine during the tests: a request for anything not served here
  // is aborted. The listener above has already recorded the attempt, so the privacy tests see it.
  await context.route((url) => !isLocal(url.href), (route) => route.abort("blockedbyclient"));
  if (params.fakeClock) await context.clock.install();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // "Failed to load resource" is Chromium's echo of an HTTP error: the response listener below
    // reports those (except the optional files).
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      errors.push(`console.error: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !OPTIONAL_FILES.some((file) => response.status() === 404 && response.url() === `${origin()}/${file}`)) {
      errors.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  await page.goto(previewUrl(params));
  const pane = page.getByTestId("taskpane");
  await pane.waitFor();
  await page.waitForSelector('[data-testid="taskpane"]:not([data-status="loading"])');
  return {
    context,
    page,
    pane,
    errors,
    async close() {
      await context.close();
    },
  };
}

/** The body as the add-in reads it (the preview's test hook). */
export function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { releaseGuardPreview: { bodyText(): string } }).releaseGuardPreview.bodyText());
}

export function bodyHtml(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { releaseGuardPreview: { bodyHtml(): string } }).releaseGuardPreview.bodyHtml());
}

/** Waits until the verdict banner shows `verdict`, failing with what it shows instead. */
export async function waitForVerdict(page: Page, verdict: string): Promise<void> {
  try {
    await page.waitForSelector(`[data-testid="verdict-banner"][data-verdict="${verdict}"]`);
  } catch {
    const shown = await page.getByTestId("verdict-banner").getAttribute("data-verdict", { timeout: 1000 }).catch(() => "(no verdict banner)");
    const pane = await page.getByTestId("taskpane").innerText({ timeout: 1000 }).catch(() => "");
    throw new Error(`expected the verdict "${verdict}", the pane shows "${shown}".\n--- pane text ---\n${pane}\n`);
  }
}

/** The statuses the checklist shows, by detail key. */
export async function checklistStatuses(pane: Locator): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const key of ["lot", "balance", "trigger", "revisionMaterial", "approver"]) {
    out[key] = await pane.getByTestId(`detail-${key}`).getAttribute("data-status");
  }
  return out;
}

/** What the quantities section shows. */
export async function quantities(pane: Locator): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const key of ["released", "on-hold", "total", "unit"]) {
    out[key] = (await pane.getByTestId(`quantity-${key}`).innerText()).trim();
  }
  return out;
}

/** The values a buyer types into the builder (by field id, as in `rg-field-<id>`). */
export type BuilderInput = Partial<Record<
  "orderRef" | "orderTotal" | "unit" | "lotId" | "lotQuantity" | "balanceQuantity" | "trigger" | "revision" | "material" | "approverName" | "approverRole",
  string
>>;

/** Fills the builder the way a buyer with a mouse would: click a field, replace its text. */
export async function fillBuilder(pane: Locator, values: BuilderInput): Promise<void> {
  for (const [field, value] of Object.entries(values)) {
    const input = pane.getByTestId(`rg-field-${field}`);
    await input.fill(value ?? "");
    if (field === "unit") await input.press("Escape"); // close the unit suggestions
  }
}

/** Where the keyboard focus is, described by the nearest data-testid. */
export function focusedTestId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return "(body)";
    const own = active.getAttribute("data-testid");
    if (own) return own;
    const holder = active.closest("[data-testid]");
    const label = active.getAttribute("aria-label") ?? active.tagName.toLowerCase();
    return holder ? `${holder.getAttribute("data-testid")}>${label}` : label;
  });
}

/**
 * Presses Tab until the element with `testId` has the focus; returns every stop on the way
 * (ending with it). Fails after `max` presses.
 */
export async function tabTo(page: Page, testId: string, max = 40): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const now = await focusedTestId(page);
    stops.push(now);
    if (now === testId) return stops;
  }
  throw new Error(`Tab never reached "${testId}" in ${max} presses; focus went: ${stops.join(" → ")}`);
}

/** Relative luminance (WCAG) of a CSS `rgb()`/`rgba()` colour. */
export function luminance(cssColor: string): number {
  const m = /rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)/.exec(cssColor);
  if (!m) throw new Error(`not an rgb() colour: ${cssColor}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The pane's computed background and text colours. */
export function paneColours(pane: Locator): Promise<{ background: string; color: string }> {
  return pane.evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, color: style.color };
  });
}
