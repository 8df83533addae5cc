/**
 * Release Guard end to end, in a real browser: the preview page (a simulated Outlook compose window
 * with the real task pane beside it) driven in Debian's Chromium. Each scenario asserts what the
 * buyer sees — the verdict, the checklist, the body of the email, the send dialog, the colours —
 * and the main states are checked with axe and photographed.
 *
 * Run:  npx jest --selectProjects e2e     (part of `npm test`; see jest.config.js)
 */
import type { Browser, Page } from "playwright-core";
import { analyze, buildBlock, findBlocksInText, BLOCK_HEADER, SUMMARY_PREFIX, type BlockFields } from "../../src/checker";
import { composeAlert } from "../../src/launchevent/alertText";
import { axeCheck, type AxeSummary } from "./support/axe";
import {
  bodyHtml,
  bodyText,
  checklistStatuses,
  fillBuilder,
  focusedTestId,
  isLocal,
  launchBrowser,
  luminance,
  openPreview,
  origin,
  paneColours,
  quantities,
  requestLog,
  tabTo,
  waitForVerdict,
  type BuilderInput,
  type Preview,
  type PreviewParams,
} from "./support/harness";
import { discardScreenshots, publishScreenshots, saveScreenshot } from "./support/screenshots";

const VAGUE_PHRASE = "Go ahead with the first batch";
const MISSING_DETAILS = ["balance", "trigger", "revisionMaterial", "approver"] as const;
const ALL_DETAILS = ["lot", "balance", "trigger", "revisionMaterial", "approver"] as const;

/** What the buyer types into the builder for PO 4512 (150 pcs, first lot of 25). */
const FIRST_LOT_INPUT: BuilderInput = {
  orderRef: "PO 4512",
  orderTotal: "150",
  unit: "pcs",
  lotId: "Lot 1",
  lotQuantity: "25",
  trigger: "install feedback from Lot 1",
  revision: "C7",
  material: "black PETG",
  approverName: "Dana Ortiz",
  approverRole: "Purchasing Lead",
};

/** The same release as the checker's block fields: the block the builder must produce. */
const FIRST_LOT_FIELDS: BlockFields = {
  orderRef: "PO 4512",
  orderTotal: 150,
  unit: "pcs",
  lotId: "Lot 1",
  lotQuantity: 25,
  balanceQuantity: 125,
  trigger: "install feedback from Lot 1",
  revision: "C7",
  material: "black PETG",
  approverName: "Dana Ortiz",
  approverRole: "Purchasing Lead",
};

let browser: Browser;
let current: Preview | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  const preview = current;
  current = null;
  if (!preview) return;
  const errors = [...preview.errors];
  await preview.close();
  // A scenario that passed while the page threw or logged errors did not really pass.
  if (errors.length > 0) discardScreenshots();
  else publishScreenshots();
  expect(errors).toEqual([]);
});

async function open(params: PreviewParams = {}): Promise<Preview> {
  current = await openPreview(browser, params);
  return current;
}

/** The body's HTML with every Release Guard block taken out, normalised by the browser's parser. */
function htmlWithoutBlocks(page: Page, html: string): Promise<{ html: string; blocks: number }> {
  return page.evaluate((source) => {
    const template = document.createElement("template");
    template.innerHTML = source;
    const blocks = template.content.querySelectorAll("[data-release-guard]");
    blocks.forEach((block) => block.remove());
    return { html: template.innerHTML, blocks: blocks.length };
  }, html);
}

/** Blank-line runs collapsed: how a reader compares two versions of a text body. */
function squeeze(text: string): string {
  return text.replace(/\n(?:[ \t]*\n)+/g, "\n\n").trim();
}

function nonEmptyLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** Puts the cursor at the end of the vague sentence, by mouse and End, as a buyer would. */
async function cursorAfterVagueLine(page: Page): Promise<void> {
  await page.getByTestId("body-editor").getByText("Samples look great.").click();
  await page.keyboard.press("End");
}

/** Fills the builder with the first-lot release and inserts it; returns the body before the insert. */
async function insertFirstLot(preview: Preview): Promise<{ html: string; text: string }> {
  const { page, pane } = preview;
  await waitForVerdict(page, "vague");
  const before = { html: await bodyHtml(page), text: await bodyText(page) };
  await cursorAfterVagueLine(page);
  await fillBuilder(pane, FIRST_LOT_INPUT);
  await pane.getByTestId("rg-builder-insert").click();
  await page.waitForSelector('[data-testid="rg-builder-result"][data-action="inserted"]');
  await waitForVerdict(page, "clean");
  return before;
}

async function scrollPaneTo(page: Page, testId: string | null): Promise<void> {
  await page.evaluate((id) => {
    const frame = document.querySelector<HTMLElement>('[data-testid="taskpane-frame"]');
    if (!frame) return;
    if (id === null) frame.scrollTop = 0;
    else document.querySelector(`[data-testid="${id}"]`)?.scrollIntoView({ block: "center" });
  }, testId);
}

/** axe results per state, filled in by the scenarios and judged by the "accessibility" tests below. */
const axeByState = new Map<string, AxeSummary>();
const A11Y_STATES = ["vague", "not a release", "builder open", "clean after insert", "send dialog", "dark", "high contrast"] as const;
type A11yState = (typeof A11Y_STATES)[number];

async function checkA11y(page: Page, state: A11yState, selectors: string[] = ['[data-testid="taskpane-frame"]']): Promise<void> {
  axeByState.set(state, await axeCheck(page, selectors));
}

/**
 * Where the block sits in a text body: from its header line to the end of its summary line, and how
 * many headers and summary lines the body has. (The checker's findBlocksInText looks for the header
 * only ten lines above the summary; an HTML body's text form puts a blank line between the block's
 * paragraphs, so it would report the summary line alone.)
 */
function blockSpan(text: string): { start: number; end: number; headers: number; summaries: number } {
  const count = (needle: string): number => text.split(needle).length - 1;
  const header = text.indexOf(BLOCK_HEADER);
  const summary = text.indexOf(SUMMARY_PREFIX);
  const start = text.lastIndexOf("\n", header - 1) + 1;
  const lineEnd = text.indexOf("\n", summary);
  return { start, end: lineEnd === -1 ? text.length : lineEnd, headers: count(BLOCK_HEADER), summaries: count(SUMMARY_PREFIX) };
}

describe("the task pane checks the email being written", () => {
  test("1. a vague release: verdict vague, the phrase listed with its rewrite, the missing details listed", async () => {
    const { page, pane } = await open({ example: "vague" });
    await waitForVerdict(page, "vague");
    const text = await bodyText(page);
    expect(text).toContain(`Samples look great. ${VAGUE_PHRASE}.`);
    const report = analyze(text);

    const banner = pane.getByTestId("verdict-banner");
    expect(await banner.getAttribute("data-kind")).toBe("first-lot");
    expect(await banner.innerText()).toContain("Vague release");
    expect(await pane.getByTestId("verdict-kind").innerText()).toMatch(/^First-lot release/);
    expect(await pane.getByTestId("verdict-announcer").innerText()).toBe("Release Guard: Vague release (First-lot release).");

    // The phrase the shop would misread, quoted, with a suggested rewrite that names a quantity.
    const finding = pane.locator('[data-testid="finding"][data-rule="vague-release"][data-severity="error"]');
    expect(await finding.count()).toBe(1);
    const findingText = await finding.innerText();
    expect(findingText.toLowerCase()).toContain(`“${VAGUE_PHRASE.toLowerCase()}”`);
    const replacement = (await finding.getByTestId("suggestion-replacement").first().innerText()).trim();
    expect(replacement).toMatch(/^Try: “.*\d.*”$/);
    // …and it is exactly the checker's rewrite, so the pane and the checker cannot drift apart.
    const vague = report.findings.find((f) => f.ruleId === "vague-release" && f.severity === "error");
    expect(vague?.suggestions?.[0]?.replacement).toBeTruthy();
    expect(replacement).toBe(`Try: “${vague?.suggestions?.[0]?.replacement}”`);

    // The missing details, each with its status word and the checker's explanation.
    const statuses = await checklistStatuses(pane);
    for (const key of MISSING_DETAILS) {
      expect(statuses[key]).toBe("missing");
      expect(await pane.getByTestId(`detail-${key}-status`).innerText()).toBe("Missing");
      expect(await pane.getByTestId(`detail-${key}-message`).innerText()).toBe(report.details[key].message);
    }
    // The lot is not stated either: the vague phrase is quoted as its evidence.
    expect(statuses.lot).toBe("vague");
    expect((await pane.getByTestId("detail-lot-evidence").first().innerText()).toLowerCase()).toContain(VAGUE_PHRASE.toLowerCase());
    expect(await quantities(pane)).toEqual({ released: "not stated", "on-hold": "not stated", total: "not stated", unit: "not stated" });

    await checkA11y(page, "vague");
    await saveScreenshot(page, "vague-email");
    await scrollPaneTo(page, "findings");
    await saveScreenshot(page, "vague-wording");
  });

  test("a shipping question is not a release: the pane says so and lists nothing to fix", async () => {
    const { page, pane } = await open({ example: "shipping" });
    await waitForVerdict(page, "not-a-release");
    expect(await pane.getByTestId("state-not-a-release").isVisible()).toBe(true);
    expect(await pane.getByTestId("verdict-banner").innerText()).toContain("Not a release");
    expect(await pane.getByTestId("checklist").count()).toBe(0);
    expect(await pane.getByTestId("finding").count()).toBe(0);
    await checkA11y(page, "not a release");
  });
});

describe("the builder writes the approval block into the email", () => {
  test("2. fill and insert: the block is in the body at the cursor, the rest is unchanged, the checklist turns clean", async () => {
    const preview = await open({ example: "vague" });
    const { page, pane } = preview;
    await waitForVerdict(page, "vague");
    const beforeHtml = await bodyHtml(page);
    const beforeText = await bodyText(page);
    const expected = buildBlock(FIRST_LOT_FIELDS);

    await cursorAfterVagueLine(page);
    await fillBuilder(pane, FIRST_LOT_INPUT);
    expect(await pane.getByTestId("rg-field-balanceQuantity").inputValue()).toBe("125");
    expect((await pane.getByTestId("rg-builder-preview").innerText()).trim()).toBe(expected.text);
    const insert = pane.getByTestId("rg-builder-insert");
    expect(await insert.innerText()).toBe("Insert approval block");
    expect(await insert.getAttribute("data-mode")).toBe("insert");
    // Nothing is written before the buyer asks.
    expect(await bodyHtml(page)).toBe(beforeHtml);

    await scrollPaneTo(page, "rg-builder-preview");
    await checkA11y(page, "builder open");
    await saveScreenshot(page, "builder");

    await insert.click();
    await page.waitForSelector('[data-testid="rg-builder-result"][data-action="inserted"]');
    expect(await pane.getByTestId("rg-builder-result").innerText()).toContain("Block inserted");
    await waitForVerdict(page, "clean");

    // The body holds one block, right after the line the cursor was on, with exactly the previewed lines.
    const afterHtml = await bodyHtml(page);
    const afterText = await bodyText(page);
    const stripped = await htmlWithoutBlocks(page, afterHtml);
    expect(stripped.blocks).toBe(1);
    expect(stripped.html).toBe((await htmlWithoutBlocks(page, beforeHtml)).html);
    const span = blockSpan(afterText);
    expect([span.headers, span.summaries]).toEqual([1, 1]);
    expect(nonEmptyLines(afterText.slice(span.start, span.end))).toEqual(nonEmptyLines(expected.text));
    expect(squeeze(afterText.slice(0, span.start) + afterText.slice(span.end))).toBe(squeeze(beforeText));
    expect(afterText.indexOf(`${VAGUE_PHRASE}.`)).toBeLessThan(span.start);
    expect(afterText.indexOf("Thanks,")).toBeGreaterThan(span.end);
    expect(findBlocksInText(afterText).map((b) => b.fields)).toEqual([FIRST_LOT_FIELDS]);

    // The checklist turned clean and shows the numbers of the block.
    expect(await checklistStatuses(pane)).toEqual({ lot: "present", balance: "present", trigger: "present", revisionMaterial: "present", approver: "present" });
    for (const key of ALL_DETAILS) expect(await pane.getByTestId(`detail-${key}-status`).innerText()).toBe("Stated");
    expect(await pane.locator('[data-testid="finding"][data-severity="error"]').count()).toBe(0);
    expect(await quantities(pane)).toEqual({ released: "25 pcs", "on-hold": "125 pcs", total: "150 pcs", unit: "pcs" });
    expect(await pane.getByTestId("verdict-announcer").innerText()).toBe("Release Guard: Clean release (First-lot release).");

    await scrollPaneTo(page, null);
    await checkA11y(page, "clean after insert");
    await saveScreenshot(page, "clean-after-insert");
  });

  test("3. update: a new lot quantity replaces the block in place — one block, the new numbers", async () => {
    const preview = await open({ example: "vague" });
    const { page, pane } = preview;
    await insertFirstLot(preview);
    const beforeUpdateHtml = await bodyHtml(page);
    const beforeUpdateText = await bodyText(page);
    const oldSpan = blockSpan(beforeUpdateText);

    const button = pane.getByTestId("rg-builder-insert");
    await page.waitForSelector('[data-testid="rg-builder-insert"][data-mode="update"]');
    expect(await button.innerText()).toBe("Update block");
    await pane.getByTestId("rg-field-lotQuantity").fill("40");
    expect(await pane.getByTestId("rg-field-balanceQuantity").inputValue()).toBe("110");
    await button.click();
    await page.waitForSelector('[data-testid="rg-builder-result"][data-action="updated"]');
    expect(await pane.getByTestId("rg-builder-result").innerText()).toContain("Block updated");
    await page.waitForFunction(() => document.querySelector('[data-testid="quantity-released"]')?.textContent === "40 pcs");
    await waitForVerdict(page, "clean");

    const afterHtml = await bodyHtml(page);
    const afterText = await bodyText(page);
    const stripped = await htmlWithoutBlocks(page, afterHtml);
    expect(stripped.blocks).toBe(1);
    // Everything outside the block is exactly as it was.
    expect(stripped.html).toBe((await htmlWithoutBlocks(page, beforeUpdateHtml)).html);

    const updated: BlockFields = { ...FIRST_LOT_FIELDS, lotQuantity: 40, balanceQuantity: 110 };
    expect(findBlocksInText(afterText).map((b) => b.fields)).toEqual([updated]);
    const span = blockSpan(afterText);
    expect([span.headers, span.summaries]).toEqual([1, 1]);
    const blockText = afterText.slice(span.start, span.end);
    expect(nonEmptyLines(blockText)).toEqual(nonEmptyLines(buildBlock(updated).text));
    expect(blockText).toContain("Lot 1 – 40 pcs");
    expect(blockText).not.toContain("25 pcs");
    expect(afterText).not.toContain("qty=25");
    expect(afterText.slice(0, span.start)).toBe(beforeUpdateText.slice(0, oldSpan.start));
    expect(afterText.slice(span.end)).toBe(beforeUpdateText.slice(oldSpan.end));

    expect(await quantities(pane)).toEqual({ released: "40 pcs", "on-hold": "110 pcs", total: "150 pcs", unit: "pcs" });
  });

  test("4. plain-text compose: the block goes in as text, not markup", async () => {
    const { page, pane } = await open({ example: "vague", mode: "text" });
    const editor = page.getByTestId("body-editor");
    expect(await editor.getAttribute("data-mode")).toBe("text");
    expect(await editor.evaluate((el) => el.tagName)).toBe("TEXTAREA");
    await waitForVerdict(page, "vague");
    const before = await bodyText(page);
    const lineEnd = before.indexOf(`${VAGUE_PHRASE}.`) + VAGUE_PHRASE.length + 1;

    // The cursor goes to the end of the vague line with the keyboard (third line of the body).
    await editor.click();
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("End");
    expect(await editor.evaluate((el) => (el as HTMLTextAreaElement).selectionStart)).toBe(lineEnd);

    await fillBuilder(pane, FIRST_LOT_INPUT);
    await pane.getByTestId("rg-builder-insert").click();
    await page.waitForSelector('[data-testid="rg-builder-result"][data-action="inserted"]');
    await waitForVerdict(page, "clean");

    const after = await editor.inputValue();
    const expected = buildBlock(FIRST_LOT_FIELDS).text;
    // Exactly the block's text on lines of its own at the cursor; every other character unchanged.
    expect(after).toBe(`${before.slice(0, lineEnd)}\n${expected}\n${before.slice(lineEnd)}`);
    expect(after).not.toMatch(/<\/?(?:div|p|strong|br|span)\b|&lt;|&amp;/i);
    expect(await bodyText(page)).toBe(after);
    expect(await checklistStatuses(pane)).toEqual({ lot: "present", balance: "present", trigger: "present", revisionMaterial: "present", approver: "present" });
  });

  test("a failing insert changes nothing and says so", async () => {
    const { page, pane } = await open({ example: "vague", fail: "insert" });
    await waitForVerdict(page, "vague");
    const before = await bodyHtml(page);
    await cursorAfterVagueLine(page);
    await fillBuilder(pane, FIRST_LOT_INPUT);
    await pane.getByTestId("rg-builder-insert").click();
    const result = pane.getByTestId("rg-builder-result");
    await result.waitFor();
    expect(await result.innerText()).toContain("Nothing was changed");
    expect(await bodyHtml(page)).toBe(before);
    // The form keeps what the buyer typed, ready for another try.
    expect(await pane.getByTestId("rg-field-lotQuantity").inputValue()).toBe("25");
  });
});

describe("send-time check", () => {
  test("5a. a vague release is stopped with the checker's message, and “Fix release” opens the pane", async () => {
    const { page, pane } = await open({ example: "vague" });
    await waitForVerdict(page, "vague");
    const expected = composeAlert(analyze(await bodyText(page)));
    const sendButton = page.getByTestId("send-button");
    const dialog = page.getByTestId("send-dialog");
    const message = page.getByTestId("send-dialog-message");

    // A Mailbox 1.14 client shows the plain message.
    await page.getByTestId("mailbox-version").selectOption("1.14");
    await sendButton.click();
    await dialog.waitFor();
    expect(await message.getAttribute("data-format")).toBe("plain");
    const plain = (await message.innerText()).trim();
    expect(plain).toBe(expected.message);
    expect(plain.startsWith("Vague release: ")).toBe(true);
    expect(plain.toLowerCase()).toContain(VAGUE_PHRASE.toLowerCase());
    expect(await page.getByTestId("dialog-fix").innerText()).toBe("Fix release");
    await page.getByTestId("dialog-dont-send").click();
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByTestId("send-result").innerText()).toBe("Not sent — keep editing.");

    // A Mailbox 1.15 client shows the Markdown version: bold lead, the phrase in bold.
    await page.getByTestId("mailbox-version").selectOption("1.15");
    await sendButton.click();
    await dialog.waitFor();
    expect(await message.getAttribute("data-format")).toBe("markdown");
    expect(await message.locator("strong").first().innerText()).toBe("Vague release");
    const bold = await message.locator("strong").allInnerTexts();
    expect(bold.map((b) => b.toLowerCase())).toContain(VAGUE_PHRASE.toLowerCase());
    expect(expected.markdown.startsWith("**Vague release**")).toBe(true);
    await checkA11y(page, "send dialog", ['[data-testid="send-dialog"]']);
    await saveScreenshot(page, "send-dialog");
    await page.getByTestId("dialog-dont-send").click();
    await dialog.waitFor({ state: "detached" });

    // With the pane closed, "Fix release" opens it and puts the keyboard focus in it.
    await page.getByTestId("pane-toggle").click();
    await page.getByTestId("taskpane-frame").waitFor({ state: "detached" });
    await sendButton.click();
    await dialog.waitFor();
    await page.getByTestId("dialog-fix").click();
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId("taskpane-frame").waitFor();
    expect(await page.getByTestId("send-result").innerText()).toBe("Not sent — the task pane is open to fix the release.");
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "taskpane-title");
    await waitForVerdict(page, "vague");
    expect(await pane.getByTestId("checklist").isVisible()).toBe(true);
  });

  test("5b. a shipping question is sent without a dialog", async () => {
    const { page } = await open({ example: "shipping" });
    await waitForVerdict(page, "not-a-release");
    await page.getByTestId("send-button").click();
    await page.waitForFunction(() => document.querySelector('[data-testid="send-result"]')?.textContent?.startsWith("Sent"));
    expect(await page.getByTestId("send-result").innerText()).toBe("Sent ✓ (no dialog)");
    expect(await page.getByTestId("send-dialog").count()).toBe(0);
  });
});

describe("themes", () => {
  test("6. dark theme: the pane renders dark, and switches back to light", async () => {
    const { page, pane } = await open({ example: "vague", theme: "dark" });
    await waitForVerdict(page, "vague");
    expect(await pane.getAttribute("data-theme")).toBe("dark");
    expect(await page.getByTestId("preview").getAttribute("data-theme")).toBe("dark");
    const dark = await paneColours(pane);
    expect(luminance(dark.background)).toBeLessThan(0.05);
    expect(luminance(dark.color)).toBeGreaterThan(0.7);
    const detail = await pane.getByTestId("detail-balance").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(luminance(detail)).toBeLessThan(0.05);
    await checkA11y(page, "dark");
    await saveScreenshot(page, "dark-theme");

    await page.getByTestId("theme-switch").selectOption("light");
    await page.waitForSelector('[data-testid="taskpane"][data-theme="light"]');
    const light = await paneColours(pane);
    expect(luminance(light.background)).toBeGreaterThan(0.8);
    expect(luminance(light.color)).toBeLessThan(0.05);
  });

  test("high contrast theme: strong contrast between the pane's text and background", async () => {
    const { page, pane } = await open({ example: "vague", theme: "hc" });
    await waitForVerdict(page, "vague");
    expect(await pane.getAttribute("data-theme")).toBe("hc");
    const colours = await paneColours(pane);
    // Contrast between text and background is the point of the theme.
    const [hi, lo] = [luminance(colours.color), luminance(colours.background)].sort((a, b) => b - a) as [number, number];
    expect((hi + 0.05) / (lo + 0.05)).toBeGreaterThanOrEqual(7);
    await checkA11y(page, "high contrast");
    await saveScreenshot(page, "high-contrast");
  });
});

describe("keyboard only", () => {
  test("7. Tab through the pane, fill the builder and insert without a mouse", async () => {
    const { page, pane } = await open({ example: "vague" });
    await waitForVerdict(page, "vague");

    // From the top of the page, Tab reaches the pane's first control, then walks the builder in reading order.
    await tabTo(page, "check-again", 40);
    const stops = await tabTo(page, "rg-builder-insert", 40);
    const order = [
      "rg-field-orderRef",
      "rg-field-orderTotal",
      "rg-field-unit",
      "rg-field-lotId",
      "rg-field-lotQuantity",
      "rg-field-balanceQuantity",
      "rg-field-triggerPreset",
      "rg-field-trigger",
      "rg-field-revision",
      "rg-field-material",
      "rg-field-approverName",
      "rg-field-approverRole",
      "rg-field-needBy",
      "rg-defaults-save",
      "rg-builder-insert",
    ];
    const positions = order.map((id) => stops.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Every stop on the way is a control of the pane, not something behind it.
    expect(stops.filter((id) => !id.startsWith("rg-") && !id.startsWith("kind-picker"))).toEqual([]);

    // Fill it in, keys only.
    const typeInto = async (testId: string, value: string, within = 4): Promise<void> => {
      await tabTo(page, testId, within);
      await page.keyboard.press("Control+A");
      await page.keyboard.type(value);
    };
    await tabTo(page, "rg-field-orderRef", 40);
    await page.keyboard.type("PO 4512");
    await typeInto("rg-field-orderTotal", "150");
    await typeInto("rg-field-unit", "pcs");
    await page.keyboard.press("Escape");
    await typeInto("rg-field-lotId", "Lot 1");
    await typeInto("rg-field-lotQuantity", "25");
    // The trigger preset, chosen from its list with the keyboard, writes the trigger sentence.
    await tabTo(page, "rg-field-triggerPreset", 4);
    await page.keyboard.press("Enter");
    await page.getByRole("option", { name: "Install feedback" }).waitFor();
    await page.keyboard.press("Enter");
    await tabTo(page, "rg-field-trigger", 3);
    expect(await pane.getByTestId("rg-field-trigger").inputValue()).toBe("install feedback from Lot 1");
    await typeInto("rg-field-revision", "C7");
    await typeInto("rg-field-material", "black PETG");
    await typeInto("rg-field-approverName", "Dana Ortiz");
    await typeInto("rg-field-approverRole", "Purchasing Lead");
    expect((await pane.getByTestId("rg-builder-preview").innerText()).trim()).toBe(buildBlock(FIRST_LOT_FIELDS).text);

    await tabTo(page, "rg-builder-insert", 12);
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="rg-builder-result"][data-action="inserted"]');
    await waitForVerdict(page, "clean");
    const text = await bodyText(page);
    expect(findBlocksInText(text).map((b) => b.fields)).toEqual([FIRST_LOT_FIELDS]);
    expect([blockSpan(text).headers, blockSpan(text).summaries]).toEqual([1, 1]);
    // Inserting does not throw the keyboard user out of the pane.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="taskpane"]') !== null)).toBe(true);
    expect(await focusedTestId(page)).toBe("rg-builder-insert");
  });
});

describe("accessibility: axe finds no serious or critical violation in the pane", () => {
  test.each(A11Y_STATES)("%s", (state) => {
    const summary = axeByState.get(state);
    if (!summary) throw new Error(`The "${state}" state was never reached (its scenario failed before the check), so it was not checked.`);
    if (summary.blocking.length > 0) {
      throw new Error(`axe found ${summary.blocking.length} serious/critical violation(s) in the "${state}" state:\n\n${summary.blocking.join("\n\n")}`);
    }
  });
});

describe("privacy: nothing leaves localhost", () => {
  const outside = (test?: string): string[] =>
    requestLog.filter((r) => (test === undefined || r.test === test) && !isLocal(r.url)).map((r) => `${r.url}   (during: ${r.test})`);

  test("an idle preview stays local through ten minutes of its own timers (polling, Office.js start-up)", async () => {
    const { page } = await open({ example: "vague", fakeClock: true });
    await page.clock.runFor(10 * 60_000);
    await waitForVerdict(page, "vague");
    const name = expect.getState().currentTestName;
    expect(requestLog.some((r) => r.test === name && r.url.startsWith(`${origin()}/preview.js`))).toBe(true);
    expect(outside(name)).toEqual([]);
  });

  test("8. no request left localhost during any scenario", () => {
    const served = `${origin()}/`;
    expect(served).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    // The recorder saw the pages load (so an empty list cannot pass by accident).
    expect(requestLog.some((r) => r.url.startsWith(`${served}preview.html`))).toBe(true);
    expect(requestLog.some((r) => r.url.startsWith(`${served}preview.js`))).toBe(true);
    expect(outside()).toEqual([]);
  });
});
