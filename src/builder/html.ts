/**
 * A small, position-keeping HTML reader for message bodies.
 *
 * Updating a block in place must leave every other byte of the body as it was, so the builder
 * cannot parse the body into a DOM and serialise it again (that rewrites attributes, entities and
 * whitespace everywhere). Instead this reader builds a light tree in which every node keeps its
 * `[start, end)` offsets in the original string; the caller then splices one span.
 *
 * It follows the HTML rules that matter for Outlook and web-mail bodies: comments (including
 * Word's conditional comments), declarations, raw-text elements (style, script, title, textarea),
 * void elements, `/>`, an open `<p>` closed by a following block, close tags that close what is
 * still open inside them. It never throws; anything it cannot pair is marked `explicitClose: false`
 * and the caller treats such elements as uncertain.
 */

export interface HtmlElement {
  kind: "element";
  /** Lower-cased tag name ("p", "div", "o:p"); "#root" for the document. */
  name: string;
  attrs: Record<string, string>;
  /** Offset of the `<` of the start tag. */
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset of the `<` of the end tag (or where the element was closed implicitly). */
  closeStart: number;
  /** Offset just after the end tag's `>`. */
  end: number;
  /** True when a matching end tag closed it (or it is a void / self-closed element). */
  explicitClose: boolean;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

export interface HtmlText {
  kind: "text";
  start: number;
  end: number;
  raw: string;
  parent: HtmlElement;
}

export interface HtmlOther {
  /** Comments, doctype, processing instructions: never visible. */
  kind: "other";
  start: number;
  end: number;
  parent: HtmlElement;
}

export type HtmlNode = HtmlElement | HtmlText | HtmlOther;

const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
]);
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);
const INVISIBLE = new Set(["script", "style", "title", "head", "template"]);

/** Elements that start a new line of text. */
export const BLOCK_ELEMENTS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
  "th", "thead", "tr", "ul",
]);
/** Opening one of these closes an open `<p>` (HTML's "close a p element" rule). */
const CLOSES_P = new Set([
  "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "menu", "nav",
  "ol", "p", "pre", "section", "summary", "table", "ul",
]);
/** Elements a `<p>` lookup does not see past (HTML's "button scope"). */
const P_SCOPE = new Set(["applet", "button", "caption", "html", "marquee", "object", "table", "td", "template", "th"]);

/** HTML white space: space, tab, LF, FF, CR. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

function isNameStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
}

/** Parses `html` into a tree whose nodes keep their offsets in `html`. Never throws. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = {
    kind: "element", name: "#root", attrs: {}, start: 0, openEnd: 0, closeStart: html.length, end: html.length,
    explicitClose: true, children: [], parent: null,
  };
  const stack: HtmlElement[] = [root];
  const top = (): HtmlElement => stack[stack.length - 1];
  const closeImplicitly = (upTo: number, at: number): void => {
    // Pops stack[upTo..] (upTo ≥ 1), closing each where `at` is.
    while (stack.length > upTo) {
      const el = stack.pop() as HtmlElement;
      el.closeStart = at;
      el.end = at;
      el.explicitClose = false;
    }
  };

  const n = html.length;
  let i = 0;
  let textStart = -1;
  let lower: string | null = null;
  const flushText = (at: number): void => {
    if (textStart !== -1 && at > textStart) {
      top().children.push({ kind: "text", start: textStart, end: at, raw: html.slice(textStart, at), parent: top() });
    }
    textStart = -1;
  };

  while (i < n) {
    if (html.charCodeAt(i) !== 60 /* < */) {
      if (textStart === -1) textStart = i;
      const next = html.indexOf("<", i + 1);
      i = next === -1 ? n : next;
      continue;
    }
    // A comment.
    if (html.startsWith("<!--", i)) {
      flushText(i);
      const close = html.indexOf("-->", i + 4);
      const end = close === -1 ? n : close + 3;
      top().children.push({ kind: "other", start: i, end, parent: top() });
      i = end;
      continue;
    }
    // A declaration (<!DOCTYPE>, <![if …]>) or processing instruction (<?xml …?>).
    if (html[i + 1] === "!" || html[i + 1] === "?") {
      flushText(i);
      const close = html.indexOf(">", i + 2);
      const end = close === -1 ? n : close + 1;
      top().children.push({ kind: "other", start: i, end, parent: top() });
      i = end;
      continue;
    }
    // An end tag.
    if (html[i + 1] === "/" && isNameStart(html[i + 2])) {
      flushText(i);
      const close = html.indexOf(">", i + 2);
      const end = close === -1 ? n : close + 1;
      const name = /^[^\s/>]+/.exec(html.slice(i + 2, end))?.[0].toLowerCase() ?? "";
      let k = stack.length - 1;
      while (k > 0 && stack[k].name !== name) k--;
      if (k > 0) {
        closeImplicitly(k + 1, i);
        const el = stack.pop() as HtmlElement;
        el.closeStart = i;
        el.end = end;
        el.explicitClose = true;
      } else {
        // A stray end tag: keep it as an invisible node so offsets stay accounted for.
        top().children.push({ kind: "other", start: i, end, parent: top() });
      }
      i = end;
      continue;
    }
    // A start tag.
    if (isNameStart(html[i + 1])) {
      flushText(i);
      let j = i + 1;
      while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== "/" && html[j] !== ">") j++;
      const name = html.slice(i + 1, j).toLowerCase();
      const attrs: Record<string, string> = {};
      let selfClosed = false;
      // Attributes, honouring quotes.
      while (j < n && html[j] !== ">") {
        const c = html[j];
        if (isSpace(html.charCodeAt(j))) { j++; continue; }
        if (c === "/") { selfClosed = html[j + 1] === ">"; j++; continue; }
        let a = j;
        while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== "=" && html[j] !== "/" && html[j] !== ">") j++;
        const attrName = html.slice(a, j).toLowerCase();
        while (j < n && isSpace(html.charCodeAt(j))) j++;
        let value = "";
        if (html[j] === "=") {
          j++;
          while (j < n && isSpace(html.charCodeAt(j))) j++;
          const q = html[j];
          if (q === '"' || q === "'") {
            const qe = html.indexOf(q, j + 1);
            const ve = qe === -1 ? n : qe;
            value = html.slice(j + 1, ve);
            j = qe === -1 ? n : qe + 1;
          } else {
            a = j;
            while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== ">") j++;
            value = html.slice(a, j);
          }
        }
        if (attrName && !(attrName in attrs)) attrs[attrName] = decodeEntities(value);
        if (j === a) j++; // never stall on an odd character
      }
      const openEnd = j < n ? j + 1 : n;

      if (CLOSES_P.has(name)) {
        for (let k = stack.length - 1; k > 0; k--) {
          if (P_SCOPE.has(stack[k].name)) break;
          if (stack[k].name === "p") { closeImplicitly(k, i); break; }
        }
      }
      const el: HtmlElement = {
        kind: "element", name, attrs, start: i, openEnd, closeStart: openEnd, end: openEnd, explicitClose: true,
        children: [], parent: top(),
      };
      top().children.push(el);
      i = openEnd;
      if (VOID.has(name) || selfClosed) continue;
      if (RAW_TEXT.has(name)) {
        lower ??= html.toLowerCase();
        const close = lower.indexOf(`</${name}`, i);
        const contentEnd = close === -1 ? n : close;
        if (contentEnd > i) el.children.push({ kind: "text", start: i, end: contentEnd, raw: html.slice(i, contentEnd), parent: el });
        if (close === -1) {
          el.closeStart = n; el.end = n; el.explicitClose = false; i = n;
        } else {
          const gt = html.indexOf(">", close);
          el.closeStart = close; el.end = gt === -1 ? n : gt + 1; i = el.end;
        }
        continue;
      }
      stack.push(el);
      continue;
    }
    // A "<" that starts no tag is text.
    if (textStart === -1) textStart = i;
    i++;
  }
  flushText(n);
  closeImplicitly(1, n);
  return root;
}

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "\u2013", mdash: "\u2014",
  lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d", hellip: "\u2026", bull: "\u2022",
  middot: "\u00b7", copy: "\u00a9", reg: "\u00ae", trade: "\u2122", euro: "\u20ac", shy: "\u00ad",
  zwnj: "\u200c", zwj: "\u200d", lrm: "\u200e", rlm: "\u200f",
};

/** Decodes character references (named ones common in mail, and all numeric ones). */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") === -1) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});?/g, (m, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
      return String.fromCodePoint(code);
    }
    const v = NAMED[ref];
    return v !== undefined && m.endsWith(";") ? v : m;
  });
}

/**
 * The visible text of a node: text decoded, `<br>` and block boundaries as line breaks,
 * invisible content (style, script, head, comments) left out.
 */
export function visibleText(node: HtmlNode): string {
  const out: string[] = [];
  const walk = (nd: HtmlNode): void => {
    if (nd.kind === "text") {
      out.push(decodeEntities(nd.raw).replace(/[\r\n\t ]+/g, " "));
      return;
    }
    if (nd.kind === "other") return;
    if (INVISIBLE.has(nd.name)) return;
    if (nd.name === "br") { out.push("\n"); return; }
    const block = BLOCK_ELEMENTS.has(nd.name);
    if (block) out.push("\n");
    for (const c of nd.children) walk(c);
    if (block) out.push("\n");
  };
  walk(node);
  return out.join("");
}

/** The visible lines of a node, each with spaces normalised, empty lines dropped. */
export function visibleLines(node: HtmlNode): string[] {
  return visibleText(node)
    .split("\n")
    .map((l) => l.replace(/[\u00a0 ]+/g, " ").trim())
    .filter((l) => l !== "");
}

/** Every element under `root`, in document order. */
export function elementsOf(root: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (el: HtmlElement): void => {
    for (const c of el.children) {
      if (c.kind === "element") {
        out.push(c);
        walk(c);
      }
    }
  };
  walk(root);
  return out;
}

/** True when `el` has a descendant element named one of `names`. */
export function hasDescendant(el: HtmlElement, names: ReadonlySet<string>): boolean {
  for (const c of el.children) {
    if (c.kind === "element" && (names.has(c.name) || hasDescendant(c, names))) return true;
  }
  return false;
}

const QUOTE_IDS = new Set(["appendonsend", "divrplyfwdmsg", "x_divrplyfwdmsg", "divrplyfwdmsg_1"]);
const QUOTE_CLASSES = new Set(["gmail_quote", "gmail_attr", "moz-cite-prefix", "yahoo_quoted", "outlookmessageheader"]);

interface Segment {
  flatStart: number;
  flatEnd: number;
  src: number;
}

/**
 * The visible text of a whole document, computed once: lines as {@link visibleText} makes them,
 * each piece's source offset, each block element's span in the text, and a copy with runs of
 * spaces collapsed (with a map back) for finding phrases that markup may have split oddly.
 */
export interface TextIndex {
  text: string;
  segments: Segment[];
  blocks: { el: HtmlElement; start: number; end: number }[];
  /** `text` with runs of spaces and no-break spaces turned into one space. */
  normalized: string;
  /** For each index of `normalized`, the index in `text`. */
  normalizedToText: Int32Array;
}

export function indexText(root: HtmlElement): TextIndex {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const blocks: TextIndex["blocks"] = [];
  let len = 0;
  const emit = (s: string, src: number): void => {
    if (s === "") return;
    segments.push({ flatStart: len, flatEnd: len + s.length, src });
    parts.push(s);
    len += s.length;
  };
  const walk = (nd: HtmlNode): void => {
    if (nd.kind === "text") { emit(decodeEntities(nd.raw).replace(/[\r\n\t ]+/g, " "), nd.start); return; }
    if (nd.kind === "other" || INVISIBLE.has(nd.name)) return;
    if (nd.name === "br") { emit("\n", nd.start); return; }
    const block = BLOCK_ELEMENTS.has(nd.name);
    const start = len;
    if (block) emit("\n", nd.start);
    for (const c of nd.children) walk(c);
    if (block) {
      emit("\n", nd.end);
      blocks.push({ el: nd, start, end: len });
    }
  };
  walk(root);
  const text = parts.join("");
  const codes = new Uint16Array(text.length);
  const map = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 0xa0) c = 32;
    if (c === 32 && n > 0 && codes[n - 1] === 32) continue;
    codes[n] = c;
    map[n++] = i;
  }
  const chunks: string[] = [];
  for (let i = 0; i < n; i += 8192) chunks.push(String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192))));
  return { text, segments, blocks, normalized: chunks.join(""), normalizedToText: map.subarray(0, n) };
}

/**
 * The innermost block element around each occurrence of `phrase` within one line of visible text
 * (one entry per occurrence, in document order). Falls back to `root` when no block holds it.
 */
export function blocksContaining(root: HtmlElement, index: TextIndex, phrase: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  let i = index.normalized.indexOf(phrase);
  while (i !== -1) {
    const from = index.normalizedToText[i];
    const to = index.normalizedToText[i + phrase.length - 1] + 1;
    let best: HtmlElement = root;
    let bestStart = -1;
    for (const b of index.blocks) {
      if (b.start <= from && to <= b.end && b.start > bestStart) {
        best = b.el;
        bestStart = b.start;
      }
    }
    out.push(best);
    i = index.normalized.indexOf(phrase, i + phrase.length);
  }
  return out;
}

/**
 * The offset in `html` where the quoted thread starts, or `html.length` when nothing is quoted.
 * Structural markers (a `<blockquote>`, Outlook's `appendonsend` / `divRplyFwdMsg`, Gmail's and
 * Thunderbird's quote classes) and the plain-text markers of {@link quotedStartOfText} in the
 * visible text ("-----Original Message-----", "On … wrote:", a From:/Sent: header block).
 */
export function htmlQuotedStart(root: HtmlElement, quotedStartOfText: (text: string) => number, index: TextIndex = indexText(root)): number {
  let cut = root.end;
  for (const el of elementsOf(root)) {
    if (el.start >= cut) break;
    const id = (el.attrs.id ?? "").toLowerCase();
    const classes = (el.attrs.class ?? "").toLowerCase().split(/\s+/);
    if (el.name === "blockquote" || QUOTE_IDS.has(id) || classes.some((c) => QUOTE_CLASSES.has(c))) {
      cut = el.start;
      break;
    }
  }
  const f = quotedStartOfText(index.text);
  if (f < index.text.length) {
    const seg = index.segments.find((sg) => sg.flatEnd > f);
    if (seg && seg.src < cut) cut = seg.src;
  }
  return cut;
}
