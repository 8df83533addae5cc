/**
 * The words of the send-time dialog. Pure: a Report in, a plain-text message and a Markdown message
 * out. Every item comes from the Report — a detail's `message` or a finding's `message` and `text` —
 * so the dialog says what the task pane's checklist says. Only the short verdict lead is ours.
 *
 * Outlook limits: `errorMessage` and `errorMessageMarkdown` ≤ 500 characters each. Markdown in the
 * Smart Alerts dialog supports bold/italic, lists whose items start with "- " and end with "\r",
 * links, and "\n\n" for a new line; a backslash escapes a character.
 */
import type { Detail, Finding, Report, Verdict } from "../checker/types";
import { DETAIL_KEYS } from "../checker/types";

/** Outlook's limit for `errorMessage` and for `errorMessageMarkdown`. */
export const ERROR_MESSAGE_MAX = 500;

/** Longest stretch of the buyer's own wording quoted in one item before it is shortened. */
export const PHRASE_MAX = 80;

const ELLIPSIS = "…";

/**
 * The lead of the dialog per verdict that stops a send. A clean release is stopped only when the
 * organisation's policy reacts to a remark in it (`sendCheck.warning` or `.info` set to warn/block).
 */
export const VERDICT_LEAD: Record<"vague" | "incomplete" | "clean", string> = {
  vague: "Vague release",
  incomplete: "Incomplete release",
  clean: "Release policy",
};

/** Added to the lead when the organisation's policy blocks the send until the email is fixed. */
export const BLOCK_SUFFIX = " \u2014 must be fixed before sending";

export interface AlertOptions {
  /** List info findings too (after the warnings): the policy reacts to them at send. */
  includeInfo?: boolean;
  /** The send is blocked (no "Send Anyway"): the lead says it must be fixed first. */
  blocked?: boolean;
}

/** Shown only if a stopping Report carries no message at all (the checker always should). */
export const FALLBACK_ITEM = "Open Release Guard to see what the shop would have to guess";

/** One line of the dialog: a checker message, optionally about a phrase the buyer wrote. */
export interface AlertItem {
  message: string;
  /** The buyer's words the message is about (a finding's `text`), already whitespace-collapsed. */
  phrase?: string;
}

export interface AlertText {
  /** For `errorMessage`: one paragraph, items separated by "; ". ≤ 500 characters. */
  message: string;
  /** For `errorMessageMarkdown`: a bold lead and a bulleted list, the phrases in bold. ≤ 500 characters. */
  markdown: string;
  /** The items shown (after truncation), for tests and the preview. */
  items: AlertItem[];
  /** How many items did not fit. */
  omitted: number;
}

/** Collapses every run of whitespace (line breaks included) to one space and trims. */
function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Drops a trailing full stop, semicolon, colon or comma so items join cleanly. */
function stripEnd(s: string): string {
  return s.replace(/[\s.;:,]+$/, "");
}

/**
 * Cuts `s` to at most `max` characters at a word boundary, ending with "…".
 * @example shorten("go ahead with the first batch", 12) //=> "go ahead…"
 */
export function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 1) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = max - ELLIPSIS.length;
  let cut = s.slice(0, room + 1);
  const space = cut.lastIndexOf(" ");
  cut = space > 0 ? cut.slice(0, space) : s.slice(0, room);
  // Never leave half of a surrogate pair.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return stripEnd(cut) + ELLIPSIS;
}

/**
 * Escapes the characters the Smart Alerts Markdown subset would read as formatting.
 * @example escapeMarkdown("rev *C7*") //=> "rev \\*C7\\*"
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]~]/g, (c) => "\\" + c);
}

function isWordChar(c: string): boolean {
  return c !== "" && (/[0-9A-Za-z_]/.test(c) || c.toLowerCase() !== c.toUpperCase());
}

/**
 * Where the phrase occurs in the message, ignoring case, as whole words where the phrase starts or
 * ends with a word character ("we" is not found in "however"); -1 when it does not.
 */
function indexOfPhrase(hay: string, needle: string): number {
  if (!needle) return -1;
  const h = hay.toLowerCase();
  const n = needle.toLowerCase();
  const checkStart = isWordChar(n.charAt(0));
  const checkEnd = isWordChar(n.charAt(n.length - 1));
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
    if (checkStart && isWordChar(h.charAt(at - 1))) continue;
    if (checkEnd && isWordChar(h.charAt(at + n.length))) continue;
    return at;
  }
  return -1;
}

function startsLowercase(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function findingItem(f: Finding): AlertItem | undefined {
  const message = stripEnd(collapse(typeof f.message === "string" ? f.message : ""));
  const phrase = collapse(typeof f.text === "string" ? f.text : "");
  if (!message && !phrase) return undefined;
  if (!message) return { message: "", phrase: shorten(phrase, PHRASE_MAX) };
  if (!phrase) return { message };
  return { message, phrase: indexOfPhrase(message, phrase) >= 0 ? phrase : shorten(phrase, PHRASE_MAX) };
}

function detailItem(d: Detail | undefined): AlertItem | undefined {
  if (!d || d.status === "present" || d.required === false) return undefined;
  const message = stripEnd(collapse(typeof d.message === "string" ? d.message : ""));
  return message ? { message } : undefined;
}

/**
 * What the dialog lists, most important first: the error findings (the vague instruction the shop
 * would misread), then each required detail that is missing or vague, then warnings. Info findings
 * are left to the task pane unless `includeInfo` (the policy reacts to them). Repeated messages
 * appear once.
 */
export function alertItems(report: Report, options: AlertOptions = {}): AlertItem[] {
  const findings = Array.isArray(report.findings) ? report.findings : [];
  const details = report.details || ({} as Report["details"]);
  const items: AlertItem[] = [];
  const lines: string[] = [];
  const add = (item: AlertItem | undefined, isDetail: boolean): void => {
    if (!item) return;
    const line = renderPlain(item).toLowerCase();
    if (lines.indexOf(line) >= 0) return;
    const message = item.message.toLowerCase();
    if (message) {
      let same = -1;
      for (let i = 0; i < items.length && same < 0; i++) if (items[i].message.toLowerCase() === message) same = i;
      if (same >= 0) {
        // A detail that repeats a finding's message adds nothing; a finding that repeats a detail's
        // message takes its place, because it also quotes the buyer's words.
        if (isDetail) return;
        if (!items[same].phrase && item.phrase) {
          items[same] = item;
          lines[same] = line;
          return;
        }
      }
    }
    items.push(item);
    lines.push(line);
  };
  for (const f of findings) if (f && f.severity === "error") add(findingItem(f), false);
  for (const key of DETAIL_KEYS) add(detailItem(details[key]), true);
  for (const f of findings) if (f && f.severity === "warning") add(findingItem(f), false);
  if (options.includeInfo) for (const f of findings) if (f && f.severity === "info") add(findingItem(f), false);
  return items;
}

/** `“go ahead with the first batch” does not say how many` / `“we”: Name who approves lot 2`. */
export function renderPlain(item: AlertItem): string {
  const { message, phrase } = item;
  if (!phrase) return message;
  const quoted = "“" + phrase + "”";
  if (!message) return quoted;
  if (indexOfPhrase(message, phrase) >= 0) return message;
  return startsLowercase(message) ? quoted + " " + message : quoted + ": " + message;
}

/** The same item in Markdown, the buyer's phrase in bold and everything escaped. */
export function renderMarkdown(item: AlertItem): string {
  const { message, phrase } = item;
  if (!phrase) return escapeMarkdown(message);
  const bold = "**" + escapeMarkdown(phrase) + "**";
  if (!message) return bold;
  const at = indexOfPhrase(message, phrase);
  if (at >= 0) {
    return (
      escapeMarkdown(message.slice(0, at)) +
      "**" + escapeMarkdown(message.slice(at, at + phrase.length)) + "**" +
      escapeMarkdown(message.slice(at + phrase.length))
    );
  }
  return startsLowercase(message) ? bold + " " + escapeMarkdown(message) : bold + ": " + escapeMarkdown(message);
}

interface Layout {
  /** Text before the first item. */
  head: string;
  /** Renders item i of n as it appears in the output (separators included). */
  item(rendered: string, index: number): string;
  /** Closes a complete list. */
  end: string;
  /** Closes a list with items left out. */
  truncatedEnd: string;
  render(item: AlertItem): string;
}

function fit(items: AlertItem[], layout: Layout, max: number): { text: string; shown: number } {
  let text = layout.head;
  let shown = 0;
  for (let i = 0; i < items.length; i++) {
    const piece = layout.item(layout.render(items[i]), i);
    const isLast = i === items.length - 1;
    const closing = isLast ? layout.end : layout.truncatedEnd;
    if (text.length + piece.length + closing.length <= max) {
      text += piece;
      shown++;
      continue;
    }
    if (shown === 0) {
      // Not even the first item fits: shorten it at a word boundary.
      const raw = items[i];
      const room = max - text.length - layout.item("", i).length - layout.truncatedEnd.length;
      let budget = Math.max(1, room);
      for (;;) {
        const cut: AlertItem = raw.phrase && !raw.message
          ? { message: "", phrase: shorten(raw.phrase, budget) }
          : { message: shorten(renderPlain(raw), budget) };
        const cutPiece = layout.item(layout.render(cut), i);
        if (text.length + cutPiece.length + layout.truncatedEnd.length <= max || budget <= 1) {
          text += cutPiece;
          shown = 1;
          break;
        }
        budget -= Math.max(1, text.length + cutPiece.length + layout.truncatedEnd.length - max);
      }
      return { text: (text + (items.length > 1 ? layout.truncatedEnd : layout.end)).slice(0, max), shown };
    }
    return { text: text + layout.truncatedEnd, shown };
  }
  return { text: text + layout.end, shown };
}

/**
 * The dialog text for a Report whose verdict stops the send (`vague` or `incomplete`).
 *
 * @example
 * composeAlert(report).message
 * //=> "Vague release: “go ahead with the first batch” does not say how many; Name who approves lot 2."
 */
export function composeAlert(report: Report, max: number = ERROR_MESSAGE_MAX, options: AlertOptions = {}): AlertText {
  const verdict: Verdict = report.verdict;
  const base = verdict === "vague" ? VERDICT_LEAD.vague : verdict === "clean" ? VERDICT_LEAD.clean : VERDICT_LEAD.incomplete;
  const lead = options.blocked ? base + BLOCK_SUFFIX : base;
  let items = alertItems(report, options);
  if (items.length === 0) items = [{ message: FALLBACK_ITEM }];

  const plain = fit(items, {
    head: lead + ": ",
    item: (r, i) => (i === 0 ? r : "; " + r),
    end: ".",
    truncatedEnd: "; " + ELLIPSIS,
    render: renderPlain,
  }, max);

  const md = fit(items, {
    head: "**" + escapeMarkdown(lead) + "**\n\n",
    item: (r) => "- " + r + "\r",
    end: "",
    truncatedEnd: "- " + ELLIPSIS + "\r",
    render: renderMarkdown,
  }, max);

  const shown = Math.min(plain.shown, md.shown);
  return { message: plain.text, markdown: md.text, items: items.slice(0, shown), omitted: items.length - shown };
}
