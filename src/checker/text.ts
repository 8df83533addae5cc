/**
 * Text structure: where the writer's current text ends (the quoted thread below it is context),
 * and the units rules read — sentences inside prose lines, whole lines for list items and
 * "Field: value" rows (C3: a list item or table row is its own unit). Offsets always index the
 * exact input string.
 */
import { re } from "./patterns";

export interface Span {
  start: number;
  end: number;
}

export interface Unit extends Span {
  text: string;
  /** Index of the line the unit sits on. */
  line: number;
  /** The part of the line before its first ":" when the line reads as "Field: value". */
  label: string | null;
}

export interface Line extends Span {
  text: string;
}

export function splitLines(text: string, start = 0, end = text.length): Line[] {
  const lines: Line[] = [];
  let pos = start;
  while (pos <= end) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1 || nl > end) nl = end;
    let lineEnd = nl;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    lines.push({ start: pos, end: lineEnd, text: text.slice(pos, lineEnd) });
    if (nl >= end) break;
    pos = nl + 1;
  }
  return lines;
}

// Quote-marker patterns are tested on a line with its surrounding white space trimmed (`trimmed`).
const ORIGINAL_MESSAGE = re(
  "^-{2,} ?(?:original message|forwarded message|urspr\u00fcngliche nachricht|message d'origine|oorspronkelijk bericht|messaggio originale|mensaje original) ?-{2,}$",
);
const WROTE_START = re("^(?:on|am|le|op|il|el|den|p\u00e5) ");
const WROTE_END = re("(?:wrote|schrieb|a \u00e9crit|schreef|ha scritto|escribi\u00f3|skrev) ?:$");
const DIGIT = re("\\d");

function trimmed(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s.charCodeAt(a) <= 32 || s.charCodeAt(a) === 160)) a++;
  while (b > a && (s.charCodeAt(b - 1) <= 32 || s.charCodeAt(b - 1) === 160)) b--;
  return s.slice(a, b);
}

/** "On Mon, 27 Oct 2025 at 14:20, Kasimir <k@x.example> wrote:" (one line, or wrapped over two). */
function isWroteLine(line: string, next: string | undefined): boolean {
  const t = trimmed(line);
  if (t.length > 400 || !WROTE_START.test(t) || !DIGIT.test(t)) return false;
  if (WROTE_END.test(t)) return true;
  return next !== undefined && trimmed(next).length < 200 && WROTE_END.test(trimmed(next));
}
const HEADER_FROM = re("^\\s*\\*?(?:from|von|de|van|da|fra|fr\u00e5n|od|remitente)\\s?\\*?\\s?:");
const HEADER_SENT = re(
  "^\\s*\\*?(?:sent|date|gesendet|datum|envoy\u00e9|verzonden|inviato|data|enviado|fecha|skickat|sendt)\\s?\\*?\\s?:",
);
const HEADER_SUBJECT = re("^\\s*\\*?(?:subject|betreff|objet|onderwerp|oggetto|asunto|emne|\u00e4mne|temat)\\s?\\*?\\s?:");
const UNDERSCORES = re("^_{5,}$");
const QUOTE_PREFIX = re("^\\s*>");

function isHeaderBlock(lines: Line[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i].text)) return false;
  let sent = false;
  let subject = false;
  for (let j = i + 1; j < lines.length && j <= i + 8; j++) {
    const t = lines[j].text;
    if (HEADER_SENT.test(t)) sent = true;
    if (HEADER_SUBJECT.test(t)) subject = true;
  }
  return sent && subject;
}

/** The offset where the quoted earlier thread starts (the first quote marker), or the text length. */
export function findQuoteStart(text: string, lines: Line[] = splitLines(text)): number {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.length === 0) continue;
    if (QUOTE_PREFIX.test(t)) return lines[i].start;
    if (t.length > 400) continue;
    if (ORIGINAL_MESSAGE.test(trimmed(t)) || isWroteLine(t, lines[i + 1]?.text)) return lines[i].start;
    if (UNDERSCORES.test(trimmed(t))) {
      let j = i + 1;
      while (j < lines.length && lines[j].text.trim() === "") j++;
      if (j < lines.length && isHeaderBlock(lines, j)) return lines[i].start;
      continue;
    }
    if (isHeaderBlock(lines, i)) return lines[i].start;
  }
  return text.length;
}

const ADOPTION = re(
  "\\b(?:exactly as|as|per)\\s+(?:set out\\s+|stated\\s+|written\\s+)?(?:in\\s+)?(?:my|our)\\s+(?:e-?mail|message|note|release)\\s+below\\b|\\b(?:release|quantities|numbers|details|split)\\s+(?:in|from)\\s+(?:my|our)\\s+(?:e-?mail|message|note)\\s+below\\b|\\bstands as written\\b|\\buse the (?:quantities|numbers|details|split|revision|material) (?:you|we) proposed(?: below)?\\b|\\bas (?:you )?proposed below\\b",
);

/** Q2: does the current text explicitly take over the message below? */
export function adoptsQuoted(current: string): boolean {
  return ADOPTION.test(current);
}

const LIST_MARKER = re("^(?:[-*\u2022\u25aa\u25cf\u2013]|\\d{1,2}[.)]|[a-z][.)]) ");

/** "Field: value" — the field before the first ":" or "=" (at most 48 characters, a value after it). */
function fieldLabel(unitText: string): string | null {
  let s = trimmed(unitText);
  const marker = LIST_MARKER.exec(s);
  if (marker) s = trimmed(s.slice(marker[0].length));
  let i = 0;
  while (i < s.length && i <= 60 && s[i] !== ":" && s[i] !== "=" && s[i] !== "\n") i++;
  if (i >= s.length || (s[i] !== ":" && s[i] !== "=")) return null;
  const label = trimmed(s.slice(0, i));
  const rest = trimmed(s.slice(i + 1));
  if (label.length < 1 || label.length > 48 || rest.length === 0) return null;
  return label;
}
const ABBREVIATION = re(
  "(?:^|[\\s(])(?:dr|mr|mrs|ms|st|no|nr|approx|ca|incl|excl|e\\.g|i\\.e|etc|vs|rev|fig|pos|qty|ref|dept|co|ltd|inc|jr|sr|prof|mt)$",
);

/** Splits [start, end) of `text` into units: sentences in prose, whole lines for list items and field rows. */
export function splitUnits(text: string, start: number, end: number): Unit[] {
  const units: Unit[] = [];
  const lines = splitLines(text, start, end);
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.text.trim() === "") continue;
    let s = line.start;
    const t = line.text;
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      // . ! ? followed by whitespace ends a sentence, unless it ends an abbreviation or an initial.
      if ((c === 46 || c === 33 || c === 63) && k + 1 < t.length && (t.charCodeAt(k + 1) === 32 || t.charCodeAt(k + 1) === 9)) {
        if (c === 46) {
          if (/^\s*(?:\d{1,2}|[a-z])$/i.test(t.slice(0, k))) continue; // "4. What opens lot 2: …" is one item
          const before = t.slice(Math.max(0, k - 8), k);
          if (ABBREVIATION.test(before)) continue;
          const prev = k > 0 ? t.charCodeAt(k - 1) : 0;
          const prev2 = k > 1 ? t.charCodeAt(k - 2) : 32;
          if (prev >= 65 && prev <= 90 && (prev2 === 32 || prev2 === 40)) continue; // an initial: "J. Smith"
        }
        const segEnd = line.start + k + 1;
        if (segEnd > s) pushUnit(units, text, s, segEnd, li);
        s = segEnd;
      }
    }
    if (line.end > s) pushUnit(units, text, s, line.end, li);
  }
  return units;
}

function pushUnit(units: Unit[], text: string, start: number, end: number, line: number): void {
  let a = start;
  let b = end;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b <= a) return;
  const unitText = text.slice(a, b);
  units.push({ start: a, end: b, text: unitText, line, label: fieldLabel(unitText) });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}
