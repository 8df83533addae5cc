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
      const body = escapeRegExp(p.trim()).replace(/\s+/g, "\\s+");
      const start = /^\w/.test(p.trim()) ? "\\b" : "";
      const end = /\w$/.test(p.trim()) ? "\\b" : "";
      return `${start}${body}${end}`;
    })
    .join("|");
}

export function phrase(phrases: readonly string[], flags = "i"): RegExp {
  return re(`(?:${phraseSource(phrases)})`, flags);
}

/** Every pattern built so far (all checker modules register at import time). */
export function allPatterns(): RegExp[] {
  return registry.slice();
}

/** Runs a global pattern over `text`, returning matches; a fresh lastIndex every call. */
export function matchAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const flags = pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g";
  const g = new RegExp(pattern.source, flags);
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}
