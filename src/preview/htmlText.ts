/**
 * Text renditions of the simulated body, the way Outlook hands them to add-ins: the visible text
 * with a line break per paragraph/line, and HTML made from plain text. Pure DOM walking (no
 * innerText, which jsdom lacks), so the fake mailbox behaves the same in tests and in Chromium.
 */
import { escapeHtml } from "../checker/block";

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER",
  "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "PRE", "SECTION", "TABLE",
  "TR", "UL",
]);
/** What Outlook writes for <hr> in the text version of a body (the line above "From:" in replies). */
export const HR_TEXT = "________________________________";
const SKIP = new Set(["SCRIPT", "STYLE", "TEMPLATE", "HEAD", "TITLE", "META", "LINK", "NOSCRIPT"]);

/** A piece of the rendition: text (collapsible unless inside <pre>) or a required number of line breaks. */
type Piece = { text: string; collapsible: boolean } | { breaks: number };

/**
 * The visible text of an HTML body: one line per block or `<br>`, a blank line after paragraphs,
 * runs of spaces collapsed, `&nbsp;` as a plain space (the innerText model, simplified).
 * @example
 * htmlToText(div("<div>Hi Marco,</div><div><br></div><p>Go ahead.</p>")) //=> "Hi Marco,\n\nGo ahead."
 */
export function htmlToText(root: Node): string {
  const pieces: Piece[] = [];

  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const raw = (node.nodeValue ?? "").replace(/\u00a0/g, " ");
      pieces.push(pre ? { text: raw, collapsible: false } : { text: raw.replace(/[ \t\r\n\f]+/g, " "), collapsible: true });
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : "";
    if (SKIP.has(tag) || tag === "IMG") return;
    if (tag === "BR") {
      pieces.push({ text: "\n", collapsible: false });
      return;
    }
    if (tag === "HR") {
      // Outlook's text rendition of the rule above a quoted reply.
      pieces.push({ breaks: 1 }, { text: HR_TEXT, collapsible: false }, { breaks: 1 });
      return;
    }
    const breaks = tag === "P" ? 2 : BLOCK.has(tag) ? 1 : 0;
    if (breaks) pieces.push({ breaks });
    if ((tag === "TD" || tag === "TH") && (node as Element).previousElementSibling) pieces.push({ text: "\t", collapsible: false });
    const childPre = pre || tag === "PRE";
    node.childNodes.forEach((child) => walk(child, childPre));
    if (breaks) pieces.push({ breaks });
  };
  walk(root, false);

  let out = "";
  let owed = 0;
  const trailingNewlines = (): number => {
    let n = 0;
    for (let i = out.length - 1; i >= 0 && out[i] === "\n"; i--) n++;
    return n;
  };
  for (const piece of pieces) {
    if ("breaks" in piece) {
      if (out.length > 0) owed = Math.max(owed, piece.breaks);
      continue;
    }
    let text = piece.text;
    if (piece.collapsible) {
      const atLineStart = out.length === 0 || out.endsWith("\n") || owed > 0;
      if (atLineStart || out.endsWith(" ")) text = text.replace(/^ /, "");
      if (!text) continue;
    }
    if (owed > 0) {
      // Line breaks already written (a <br> ending the block) count towards what the block owes.
      out = out.replace(/ +$/, "");
      out += "\n".repeat(Math.max(0, owed - trailingNewlines()));
      owed = 0;
    }
    if (text === "\n") out = out.replace(/ +$/, "");
    out += text;
  }
  // Breaks owed at the end are dropped; so is a <br> ending the last line.
  return out.replace(/ +$/gm, "").replace(/\n$/, "");
}

/** The checker's escaping, so the preview and the inserted block escape alike. */
export { escapeHtml };

/**
 * Plain text as Outlook-style HTML: one `<div>` per line, an empty line as `<div><br></div>`.
 * @example textToHtml("Hi\n\nBye") //=> "<div>Hi</div><div><br></div><div>Bye</div>"
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => (line === "" ? "<div><br></div>" : `<div>${escapeHtml(line)}</div>`))
    .join("");
}

const DANGEROUS = new Set(["SCRIPT", "STYLE", "LINK", "META", "BASE", "IFRAME", "FRAME", "OBJECT", "EMBED", "FORM", "TEMPLATE", "NOSCRIPT"]);

/**
 * Parses HTML offered by an add-in into inert nodes, the way Outlook sanitizes inserted HTML:
 * no scripts, no event handlers, no `javascript:` links, nothing that restyles the page.
 */
export function sanitizeHtmlFragment(doc: Document, html: string): DocumentFragment {
  const template = doc.createElement("template");
  template.innerHTML = html;
  const fragment = template.content;
  const elements = Array.from(fragment.querySelectorAll("*"));
  for (const el of elements) {
    if (DANGEROUS.has(el.tagName.toUpperCase())) {
      el.remove();
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
      if (name.startsWith("on") || ((name === "href" || name === "src" || name === "xlink:href" || name === "action") && /^(javascript|vbscript|data:text\/html)/.test(value))) {
        el.removeAttribute(attr.name);
      }
    }
  }
  return doc.importNode(fragment, true) as DocumentFragment;
}
