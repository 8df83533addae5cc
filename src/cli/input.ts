/**
 * Turning a file's bytes into the text the checker reads: plain text as is, an HTML body through
 * html-to-text, a whole message (.eml) through mailparser. Pure functions of the bytes, so tests
 * need no files.
 */
import { htmlToText } from "html-to-text";
import type { FormatCallback, HtmlToTextOptions } from "html-to-text";
import { simpleParser } from "mailparser";

export type InputFormat = "text" | "html" | "eml";

export type DecodeResult = { ok: true; text: string; format: InputFormat } | { ok: false; reason: string };

/** The format an input's name implies, or `undefined` when the content must decide. */
export function formatFromName(name: string): InputFormat | undefined {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  const ext = m ? m[1].toLowerCase() : "";
  if (ext === "txt" || ext === "text") return "text";
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "eml") return "eml";
  return undefined;
}

const MIME_HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:[ \t]?/;
const MIME_ONLY_HEADERS = new Set([
  "mime-version",
  "content-type",
  "content-transfer-encoding",
  "received",
  "return-path",
  "message-id",
  "delivered-to",
  "dkim-signature",
  "x-mailer",
]);

/**
 * Whether the text starts with an RFC 5322 header block: header lines (or folded continuations)
 * up to a blank line, at least one of them a header only a real message carries (an Outlook
 * "From:/Sent:/To:/Subject:" quote block pasted into a text file does not qualify).
 *
 * @example looksLikeMime("MIME-Version: 1.0\r\nFrom: a@b.example\r\n\r\nHi") //=> true
 */
export function looksLikeMime(head: string): boolean {
  const lines = head.split(/\r?\n/, 60);
  let headers = 0;
  let mimeOnly = false;
  for (const line of lines) {
    if (line === "") return headers >= 2 && mimeOnly;
    if (/^[ \t]/.test(line)) {
      if (headers === 0) return false;
      continue;
    }
    if (!MIME_HEADER_LINE.test(line)) return false;
    headers++;
    if (MIME_ONLY_HEADERS.has(line.slice(0, line.indexOf(":")).toLowerCase())) mimeOnly = true;
  }
  return false;
}

/**
 * Whether the text is an HTML document or fragment: it opens with a tag, comment or doctype, or
 * it carries paragraph/line-break markup early on.
 *
 * @example looksLikeHtml("<div>Hi Dana,<br>please print lot 1</div>") //=> true
 */
export function looksLikeHtml(head: string): boolean {
  const start = head.replace(/^\uFEFF/, "").trimStart().slice(0, 512).toLowerCase();
  if (/^<(!doctype\s+html|html|head|body|meta|div|p|table|span|br|!--)[\s>/]/.test(start)) return true;
  const sample = head.slice(0, 4096).toLowerCase();
  return /<(br|p|div)\s*\/?>/.test(sample) && /<\/(p|div|body|html)>/.test(sample);
}

/**
 * Tables as one line per row, cells joined by " | " (a buyer's "Lot | 30 pcs" stays together),
 * unless a cell holds several lines — then it is a layout table and each cell becomes a block.
 */
const formatRowTable: FormatCallback = (elem, walk, builder, formatOptions) => {
  builder.openTable();
  const walkTable = (node: typeof elem): void => {
    if (node.type !== "tag") return;
    const name = (node.name ?? "").toLowerCase();
    if (name === "thead" || name === "tbody" || name === "tfoot" || name === "center") {
      (node.children ?? []).forEach(walkTable);
    } else if (name === "tr") {
      builder.openTableRow();
      for (const cell of node.children ?? []) {
        if (cell.type !== "tag" || (cell.name !== "td" && cell.name !== "th")) continue;
        builder.openTableCell({ maxColumnWidth: undefined });
        walk(cell.children ?? [], builder);
        builder.closeTableCell({ colspan: 1, rowspan: 1 });
      }
      builder.closeTableRow();
    }
  };
  (elem.children ?? []).forEach(walkTable);
  builder.closeTable({
    tableToString: (rows) => {
      const cells = rows.map((row) => row.map((c) => c.text.trim()).filter((t) => t !== ""));
      const layout = cells.some((row) => row.some((t) => t.includes("\n")));
      return (layout ? cells.map((row) => row.join("\n")) : cells.map((row) => row.join(" | ")))
        .filter((r) => r !== "")
        .join("\n");
    },
    leadingLineBreaks: formatOptions.leadingLineBreaks ?? 1,
    trailingLineBreaks: formatOptions.trailingLineBreaks ?? 1,
  });
};

/** Outlook renders the rule above a quoted reply as a line of underscores in its text version. */
const formatOutlookRule: FormatCallback = (_elem, _walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 1 });
  builder.addLiteral("_".repeat(32));
  builder.closeBlock({ trailingLineBreaks: 1 });
};

const HTML_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  formatters: { rowTable: formatRowTable, outlookRule: formatOutlookRule },
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "script", format: "skip" },
    { selector: "head", format: "skip" },
    { selector: "ul", options: { itemPrefix: "- " } },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "h4", options: { uppercase: false } },
    { selector: "h5", options: { uppercase: false } },
    { selector: "h6", options: { uppercase: false } },
    { selector: "table", format: "rowTable" },
    { selector: "hr", format: "outlookRule" },
    // Word/Outlook writes every line as <p class=MsoNormal> with no margin: one line break, not two.
    { selector: "p.MsoNormal", format: "paragraph", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
  ],
};

/**
 * The text of an HTML message body, laid out the way a reader sees it: line breaks kept, list
 * items as "- " lines, table rows on one line, no link addresses, quotes (`<blockquote>`) as `> ` lines.
 *
 * @example htmlBodyToText("<p>Hi</p><ul><li>Lot 1: 25 pcs</li></ul>") //=> "Hi\n\n- Lot 1: 25 pcs"
 */
export function htmlBodyToText(html: string): string {
  return htmlToText(html, HTML_OPTIONS)
    .replace(/\u00a0/g, " ")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The message text of a whole e-mail: its text part, else its HTML part as text. */
export async function emlToText(raw: Buffer): Promise<string> {
  const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
  const text = typeof mail.text === "string" ? mail.text : "";
  if (text.trim() !== "") return text.replace(/\r\n/g, "\n");
  if (typeof mail.html === "string" && mail.html.trim() !== "") return htmlBodyToText(mail.html);
  return "";
}

function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes an input's bytes into the text to analyze. Refuses binary content (NUL bytes) and,
 * for text and HTML, bytes that are not UTF-8; an .eml may use any charset its headers declare.
 */
export async function decodeInput(name: string, bytes: Buffer): Promise<DecodeResult> {
  if (bytes.includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)" };
  let format = formatFromName(name);
  if (!format) {
    const head = bytes.subarray(0, 8192).toString("latin1");
    if (looksLikeMime(head)) format = "eml";
  }
  if (format === "eml") {
    try {
      return { ok: true, text: await emlToText(bytes), format };
    } catch (e) {
      return { ok: false, reason: `not a readable e-mail message (${e instanceof Error ? e.message : String(e)})` };
    }
  }
  const decoded = decodeUtf8(bytes);
  if (decoded === undefined) return { ok: false, reason: "not UTF-8 text (binary file or another encoding)" };
  if (!format) format = looksLikeHtml(decoded) ? "html" : "text";
  if (format === "html") {
    try {
      return { ok: true, text: htmlBodyToText(decoded), format };
    } catch (e) {
      return { ok: false, reason: `HTML could not be converted (${e instanceof Error ? e.message : String(e)})` };
    }
  }
  return { ok: true, text: decoded, format };
}
