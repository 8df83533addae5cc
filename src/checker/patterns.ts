/**
 * The registry of every regular expression the checker uses. Each one is built through `re` (or
 * `phrase`) so that test/redos.test.ts can check them all for catastrophic backtracking — no
 * pattern escapes that check by being written inline somewhere else.
 */

const registry: RegExp[] = [];

/** Builds and registers a pattern. Flags default to case-insensitive. */
export function re(source: string, flags = "i"): RegExp {
  const pattern = new RegExp(source, flags);
  registry.push(pattern);
  return pattern;
}

/** Escapes a literal phrase for use inside a pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A phrase list matched the careful way (ESLint's no-warning-comments): each phrase escaped,
 * whitespace inside it matching any run of spaces, and word boundaries only where the phrase
 * starts or ends with a word character, so "soon" does not match "soonest".
 */
export function phraseSource(phrases: readonly string[]): string {
  return phrases
    .map((p) => {
      // One white-space character between words: "\\s+" in long alternations is what ReDoS checkers flag.
      const body = escapeRegExp(p.trim()).replace(/\s+/g, "\\s");
      const start = /^\w/.test(p.trim()) ? "\\b" : "";
      const end = /\w$/.test(p.trim()) ? "\\b" : "";
      return `${start}${body}${end}`;
    })
    .join("|");
}

/** Every pattern built so far (all checker modules register at import time). */
export function allPatterns(): RegExp[] {
  return registry.slice();
}

/** Drops trailing white space and field separators (":", "=") so end-anchored cues need no `\s*$`. */
export function trimEndSeparators(s: string): string {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 58 || c === 61) i--;
    else break;
  }
  return s.slice(0, i);
}

/** Does `s`, with trailing white space and separators removed, end with `pattern` (which ends in `$`)? */
export function endsWithCue(pattern: RegExp, s: string): boolean {
  return pattern.test(trimEndSeparators(s));
}

/** The part of `s` after its last clause break (one of `stops`), at most `max` characters long. */
export function tailClause(s: string, stops: string, max: number): string {
  let i = s.length;
  while (i > 0 && s.length - i < max && !stops.includes(s[i - 1])) i--;
  return s.slice(i);
}

/** The part of `s` before its first clause break (one of `stops`), at most `max` characters long. */
export function headClause(s: string, stops: string, max: number): string {
  let i = 0;
  while (i < s.length && i < max && !stops.includes(s[i])) i++;
  return s.slice(0, i);
}

/** Where a match of `pattern` extended to the end of its clause (at most `max` more characters) ends. */
export function extendToClause(text: string, end: number, limit: number, stops: string, max: number): number {
  let i = end;
  while (i < limit && i - end < max && !stops.includes(text[i])) i++;
  while (i > end && (text[i - 1] === " " || text[i - 1] === "\t")) i--;
  return i;
}

export interface Near {
  start: number;
  end: number;
}

/**
 * Finds `first`, then `second` within `gap` characters after it in the same clause (no character
 * of `stops` in between): two simple patterns instead of one with a bounded gap between them,
 * which keeps every registered pattern linear. Returns the span from the first to the end of the second.
 */
export function findNear(text: string, first: RegExp, second: RegExp, gap: number, stops: string): Near | null {
  const g = first.global ? first : new RegExp(first.source, first.flags + "g");
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    const from = m.index + m[0].length;
    const window = headClause(text.slice(from, from + gap + 40), stops, gap + 40);
    const n = second.exec(window);
    if (n && n.index <= gap) return { start: m.index, end: from + n.index + n[0].length };
  }
  return null;
}
