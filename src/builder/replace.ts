/**
 * Update in place: swap the old Release Guard block for a new one and leave every other character
 * of the body exactly as it was (greeting, the buyer's sentences, signature, quoted thread, inline
 * image references). Only a block in the buyer's current text counts; a block inside a quoted
 * older message is history and stays untouched.
 *
 * When the old block's boundaries are not certain (two blocks, a block whose first or last line is
 * missing, text of the buyer's inside the block, markup rewritten beyond recognition) nothing is
 * replaced: the result says why and names the old block, so the caller can insert the new block
 * and tell the buyer which one to delete.
 */
import {
  type HtmlElement,
  type HtmlNode,
  type TextIndex,
  blocksContaining,
  elementsOf,
  hasDescendant,
  htmlQuotedStart,
  indexText,
  parseHtml,
  visibleLines,
  visibleText,
} from "./html";
import {
  BLOCK_HEADER,
  BLOCK_SUMMARY,
  describeBlock,
  editedLine,
  isHeaderLine,
  isLabelledLine,
  isSummaryLine,
  normalizeSpaces,
} from "./markers";
import { quotedStart, splitLines } from "./quoted";

/** Why a replacement was refused. */
export type ReplaceFailure =
  /** The current text holds no block: insert one. */
  | "no-block"
  /** More than one block in the current text. */
  | "several-blocks"
  /** One block, but where it starts or ends is not certain. */
  | "uncertain"
  /** The new body would exceed what Outlook accepts. */
  | "too-long";

export type ReplaceResult =
  | { ok: true; body: string; /** The replaced span in the old body. */ start: number; end: number }
  | { ok: false; code: ReplaceFailure; reason: string; /** Words that identify the old block, when there is one. */ oldBlock?: string };

/** body.setAsync and setSelectedDataAsync accept at most 1,000,000 characters. */
export const MAX_BODY_LENGTH = 1_000_000;

const DELETE_HINT = "Delete it by hand so the shop reads only one block.";

function refuse(code: ReplaceFailure, reason: string, oldBlock?: string): ReplaceResult {
  return oldBlock === undefined ? { ok: false, code, reason } : { ok: false, code, reason, oldBlock };
}

function finish(body: string, start: number, end: number, replacement: string, oldBlock: string): ReplaceResult {
  const next = body.slice(0, start) + replacement + body.slice(end);
  if (next.length > MAX_BODY_LENGTH) {
    return refuse("too-long", `Release Guard left ${oldBlock} in place: the message is too long for Outlook to rewrite in one piece. ${DELETE_HINT}`, oldBlock);
  }
  return { ok: true, body: next, start, end };
}

function editedReason(oldBlock: string, line: string): string {
  const snippet = line.length > 70 ? `${line.slice(0, 67)}…` : line;
  return `Release Guard left ${oldBlock} in place: it was changed by hand (“${snippet}”), and an update would drop that change. ${DELETE_HINT}`;
}

function severalReason(descriptions: string[]): string {
  const list = descriptions.join("; ");
  return `Your message already had ${descriptions.length} Release Guard blocks (${list}), so Release Guard updated none of them. Delete the old ones by hand so the shop reads only one block.`;
}

// ---------------------------------------------------------------------------------------------
// Plain text

/**
 * Replaces the one block in the current (unquoted) text of a plain-text body.
 *
 * @example
 * replaceBlockInText("Hi Sam,\n\n" + oldBlock + "\n\nThanks,\nDana", newBlock)
 * //=> { ok: true, body: "Hi Sam,\n\n" + newBlock + "\n\nThanks,\nDana", … }
 */
export function replaceBlockInText(body: string, newBlockText: string): ReplaceResult {
  const cut = quotedStart(body);
  const lines = splitLines(body).filter((l) => l.start < cut);
  const headers = lines.filter((l) => isHeaderLine(l.text));
  const summaries = lines.filter((l) => isSummaryLine(l.text));

  if (headers.length === 0 && summaries.length === 0) {
    return refuse("no-block", "Your message has no Release Guard block yet.");
  }
  if (headers.length > 1 || summaries.length > 1) {
    const n = Math.max(headers.length, summaries.length);
    const descriptions: string[] = [];
    for (let i = 0; i < n; i++) descriptions.push(describeBlock(headers[i]?.text ?? null, summaries[i]?.text ?? null));
    return refuse("several-blocks", severalReason(descriptions), descriptions.join("; "));
  }
  const header = headers[0];
  const summary = summaries[0];
  const oldBlock = describeBlock(header?.text ?? null, summary?.text ?? null);
  if (!header || !summary) {
    const missing = header ? `its last line (“${BLOCK_SUMMARY} …”)` : `its first line (“${BLOCK_HEADER} …”)`;
    return refuse("uncertain", `Release Guard left ${oldBlock} in place: it is missing ${missing}, so where it ${header ? "ends" : "starts"} is not certain. ${DELETE_HINT}`, oldBlock);
  }
  if (summary.start < header.start) {
    return refuse("uncertain", `Release Guard left ${oldBlock} in place: its lines are out of order. ${DELETE_HINT}`, oldBlock);
  }
  const inner = lines.filter((l) => l.start > header.start && l.start < summary.start);
  const foreign = inner.find((l) => l.text.trim() !== "" && !isLabelledLine(l.text));
  if (foreign) {
    const snippet = normalizeSpaces(foreign.text).slice(0, 60);
    return refuse(
      "uncertain",
      `Release Guard left ${oldBlock} in place: it contains other text (“${snippet}”), which an update would remove. ${DELETE_HINT}`,
      oldBlock,
    );
  }
  if (inner.filter((l) => l.text.trim() !== "").length > 12) {
    return refuse("uncertain", `Release Guard left ${oldBlock} in place: it is longer than a block can be. ${DELETE_HINT}`, oldBlock);
  }
  const edited = editedLine([header.text, ...inner.map((l) => l.text), summary.text]);
  if (edited !== null) return refuse("uncertain", editedReason(oldBlock, edited), oldBlock);
  const start = header.start + (header.text.length - header.text.trimStart().length);
  const end = summary.start + summary.text.trimEnd().length;
  const eol = /\r\n/.test(body) ? "\r\n" : "\n";
  const replacement = newBlockText.replace(/^(?:\r\n|\n|\r)+|(?:\r\n|\n|\r)+$/g, "").replace(/\r\n|\n|\r/g, eol);
  return finish(body, start, end, replacement, oldBlock);
}

/** True when the current (unquoted) text of a plain-text body holds a block's first or last line. */
export function textHasCurrentBlock(body: string): boolean {
  const cut = quotedStart(body);
  return splitLines(body).some((l) => l.start < cut && (isHeaderLine(l.text) || isSummaryLine(l.text)));
}

// ---------------------------------------------------------------------------------------------
// HTML

/** The innermost block elements holding `marker` in the current (unquoted) part, one per occurrence. */
function containersOf(root: HtmlElement, index: TextIndex, marker: string, cut: number): HtmlElement[] {
  return blocksContaining(root, index, marker).filter((el) => el.start < cut);
}

function isWhitespaceText(node: HtmlNode): boolean {
  return node.kind === "text" && normalizeSpaces(visibleText(node)) === "";
}

const NOT_TEXT = new Set(["img", "picture", "svg", "video", "audio", "object", "embed", "iframe", "table", "input", "a"]);

/**
 * The lines of an element that belongs to a block: every visible line is a header, a labelled
 * line or the summary, and it carries nothing that is not text (no image, no table, no link).
 */
function onlyBlockLines(el: HtmlElement): boolean {
  if (hasDescendant(el, NOT_TEXT) || NOT_TEXT.has(el.name)) return false;
  return visibleLines(el).every((l) => isHeaderLine(l) || isSummaryLine(l) || isLabelledLine(l));
}

function allClosed(el: HtmlElement): boolean {
  if (!el.explicitClose) return false;
  return el.children.every((c) => c.kind !== "element" || allClosed(c));
}

/**
 * Replaces the one block in the current (unquoted) part of an HTML body: the element marked
 * `data-release-guard` when there is one, else the paragraphs from the one holding
 * "Release approval (Release Guard)" to the one holding "[Release Guard v1]".
 */
export function replaceBlockInHtml(bodyHtml: string, newBlockHtml: string): ReplaceResult {
  const root = parseHtml(bodyHtml);
  const index = indexText(root);
  const cut = htmlQuotedStart(root, quotedStart, index);
  const headers = containersOf(root, index, BLOCK_HEADER, cut);
  const summaries = containersOf(root, index, BLOCK_SUMMARY, cut);
  const marked = elementsOf(root).filter((el) => el.start < cut && el.attrs["data-release-guard"] !== undefined);
  const markedOuter = marked.filter((el) => !marked.some((o) => o !== el && o.start <= el.start && el.end <= o.end));

  const firstLine = (el: HtmlElement | undefined, test: (l: string) => boolean): string | null =>
    el ? (visibleLines(el).find(test) ?? null) : null;
  const describeAt = (i: number): string =>
    describeBlock(firstLine(headers[i], isHeaderLine), firstLine(summaries[i], isSummaryLine));

  if (headers.length === 0 && summaries.length === 0 && markedOuter.length === 0) {
    return refuse("no-block", "Your message has no Release Guard block yet.");
  }
  const count = Math.max(headers.length, summaries.length, markedOuter.length);
  if (count > 1) {
    const descriptions: string[] = [];
    for (let i = 0; i < count; i++) descriptions.push(describeAt(i));
    return refuse("several-blocks", severalReason(descriptions), descriptions.join("; "));
  }
  const oldBlock = describeAt(0);
  const uncertain = (why: string): ReplaceResult =>
    refuse("uncertain", `Release Guard left ${oldBlock} in place: it ${why}. ${DELETE_HINT}`, oldBlock);

  const header = headers[0];
  const summary = summaries[0];
  if (!header || !summary) {
    return uncertain(header ? `is missing its last line (“${BLOCK_SUMMARY} …”), so where it ends is not certain` : `is missing its first line (“${BLOCK_HEADER} …”), so where it starts is not certain`);
  }

  // 1. The block as Release Guard wrote it: one marked element around both lines.
  const div = markedOuter[0];
  if (div) {
    const inside = (el: HtmlElement): boolean => div.start <= el.start && el.end <= div.end;
    if (!inside(header) || !inside(summary)) return uncertain("has been split apart in the message's formatting");
    if (div.end > cut) return uncertain("runs into the quoted thread");
    if (!allClosed(div)) return uncertain("has formatting whose end is not certain");
    if (!onlyBlockLines(div)) return uncertain("contains other text or an image, which an update would remove");
    const edited = editedLine(visibleLines(div));
    if (edited !== null) return refuse("uncertain", editedReason(oldBlock, edited), oldBlock);
    return finish(bodyHtml, div.start, div.end, newBlockHtml, oldBlock);
  }

  // 2. The marker is gone (the mail client rewrote the markup): go by the lines.
  if (header === summary) {
    // All lines in one element, separated by <br>.
    const lines = visibleLines(header);
    if (header.name === "body" || header.name === "html" || header.name === "#root") return uncertain("is not separate from the rest of the message");
    if (!isHeaderLine(lines[0] ?? "") || !isSummaryLine(lines[lines.length - 1] ?? "")) {
      return uncertain("shares a paragraph with other text, which an update would remove");
    }
    if (!allClosed(header)) return uncertain("has formatting whose end is not certain");
    if (!onlyBlockLines(header)) return uncertain("contains other text or an image, which an update would remove");
    if (header.end > cut) return uncertain("runs into the quoted thread");
    const edited = editedLine(lines);
    if (edited !== null) return refuse("uncertain", editedReason(oldBlock, edited), oldBlock);
    return finish(bodyHtml, header.start, header.end, newBlockHtml, oldBlock);
  }
  if (header.parent !== summary.parent || !header.parent) return uncertain("has been split apart in the message's formatting");
  if (summary.start < header.start) return uncertain("has its lines out of order");
  const headerLines = visibleLines(header);
  const summaryLines = visibleLines(summary);
  if (!isHeaderLine(headerLines[0] ?? "")) return uncertain("shares a paragraph with other text, which an update would remove");
  if (!isSummaryLine(summaryLines[summaryLines.length - 1] ?? "")) return uncertain("shares a paragraph with other text, which an update would remove");
  const siblings = header.parent.children;
  const from = siblings.indexOf(header);
  const to = siblings.indexOf(summary);
  const span = siblings.slice(from, to + 1);
  for (const node of span) {
    if (node.kind === "other") continue;
    if (node.kind === "text") {
      if (!isWhitespaceText(node)) return uncertain("has other text between its lines, which an update would remove");
      continue;
    }
    if (!allClosed(node)) return uncertain("has formatting whose end is not certain");
    if (!onlyBlockLines(node)) return uncertain("contains other text or an image, which an update would remove");
  }
  if (summary.end > cut) return uncertain("runs into the quoted thread");
  const edited = editedLine(span.flatMap((node) => (node.kind === "element" ? visibleLines(node) : [])));
  if (edited !== null) return refuse("uncertain", editedReason(oldBlock, edited), oldBlock);
  return finish(bodyHtml, header.start, summary.end, newBlockHtml, oldBlock);
}

/** True when the current (unquoted) part of an HTML body holds a block's first or last line. */
export function htmlHasCurrentBlock(bodyHtml: string): boolean {
  const root = parseHtml(bodyHtml);
  const index = indexText(root);
  const cut = htmlQuotedStart(root, quotedStart, index);
  return containersOf(root, index, BLOCK_HEADER, cut).length > 0 || containersOf(root, index, BLOCK_SUMMARY, cut).length > 0;
}
