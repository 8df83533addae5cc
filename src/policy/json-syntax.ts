/**
 * A strict JSON scanner that explains what is wrong, where, in words an admin can act on.
 *
 * `JSON.parse` reports syntax errors differently in every engine (V8, JavaScriptCore and
 * SpiderMonkey word them and place them differently, and older V8 gives only an offset), and it
 * silently keeps the last of two equal keys. This scanner gives one message with a line and
 * column everywhere, and reports repeated keys, which in a policy file are always a mistake.
 * It does not build values: callers still use `JSON.parse` once the text is known to be valid.
 *
 * Pure TypeScript: no Node or DOM APIs.
 */

export interface JsonPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (a tab counts as one). */
  column: number;
}

export interface JsonSyntaxError extends JsonPosition {
  /** What is wrong, e.g. `expected "," or "}" after a property value (found a double quote)`. */
  problem: string;
}

export interface JsonDuplicateKey {
  /** Field path of the repeated key, e.g. `requirements.first-lot.lot` or `bannedPhrases[2].phrase`. */
  field: string;
  firstLine: number;
  line: number;
}

export type JsonSyntaxResult =
  | { ok: true; duplicates: JsonDuplicateKey[] }
  | { ok: false; error: JsonSyntaxError };

/** Deeper nesting than this is refused (a policy is at most four levels deep). */
export const MAX_JSON_DEPTH = 64;

const IDENTIFIER_SEGMENT = /^[A-Za-z_$][\w$-]*$/;

/**
 * Appends a key or index to a field path the way messages show it:
 * `requirements` + `first-lot` → `requirements.first-lot`; `bannedPhrases` + 2 → `bannedPhrases[2]`;
 * keys that are not plain words are quoted: `requirements["first lot"]`.
 *
 * @example
 * joinFieldPath("sendCheck", "error") //=> "sendCheck.error"
 */
export function joinFieldPath(parent: string, segment: string | number): string {
  if (typeof segment === "number") return `${parent}[${segment}]`;
  if (IDENTIFIER_SEGMENT.test(segment)) return parent === "" ? segment : `${parent}.${segment}`;
  return `${parent}[${JSON.stringify(segment)}]`;
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {
    super(problem);
  }
}

/**
 * Checks that `text` is exactly one JSON value (RFC 8259) and lists repeated object keys.
 *
 * @example
 * checkJsonSyntax('{ "units": ["kits",] }')
 * //=> { ok: false, error: { line: 1, column: 20, problem: 'a comma before "]": JSON allows no comma after the last entry' } }
 */
export function checkJsonSyntax(text: string): JsonSyntaxResult {
  const duplicates: JsonDuplicateKey[] = [];
  let pos = 0;

  const lines = new LineIndex(text);
  const lineOf = (offset: number): number => lines.position(offset).line;

  const describe = (offset: number): string => {
    if (offset >= text.length) return "the end of the file";
    const ch = text[offset];
    switch (ch) {
      case '"':
        return "a double quote";
      case "'":
        return "a single quote";
      case "\n":
      case "\r":
        return "a line break";
      case "\t":
        return "a tab";
    }
    const code = text.codePointAt(offset) ?? 0;
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0xfeff) {
      return `the invisible character U+${("000" + code.toString(16).toUpperCase()).slice(-4)}`;
    }
    return `"${String.fromCodePoint(code)}"`;
  };

  const fail = (offset: number, problem: string): never => {
    throw new ScanError(offset, problem);
  };

  const skipWhitespace = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) pos++;
      else break;
    }
  };

  /** Explains a character that cannot start a value. */
  const badValueStart = (what: string): never => {
    const ch = text[pos];
    if (ch === "/" && (text[pos + 1] === "/" || text[pos + 1] === "*")) fail(pos, "JSON does not allow comments");
    if (ch === "'") fail(pos, "text must be in double quotes (\"like this\"), not single quotes");
    if (ch === "<") fail(pos, `expected ${what} (found "<": this looks like a web page, not a JSON file)`);
    if (ch !== undefined && /[A-Za-z]/.test(ch)) {
      const word = /^[A-Za-z_][\w-]*/.exec(text.slice(pos, pos + 40))?.[0] ?? ch;
      fail(pos, `expected ${what} (found ${word}; text must be in double quotes)`);
    }
    return fail(pos, `expected ${what} (found ${describe(pos)})`);
  };

  const scanString = (): string => {
    // text[pos] === '"'
    const start = pos;
    pos++;
    let value = "";
    let chunkStart = pos;
    for (;;) {
      if (pos >= text.length) fail(start, "this text has no closing double quote");
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        value += text.slice(chunkStart, pos);
        pos++;
        return value;
      }
      if (c === 0x0a || c === 0x0d) fail(pos, "a line break inside text (close the quote first, or write \\n)");
      if (c < 0x20) fail(pos, `${describe(pos)} inside text (write it as an escape such as \\t)`);
      if (c === 0x5c) {
        value += text.slice(chunkStart, pos);
        const esc = text[pos + 1];
        if (esc === "u") {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9A-Fa-f]{4}$/.test(hex)) fail(pos, "\\u must be followed by four hexadecimal digits");
          value += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) {
          value += esc === "n" ? "\n" : esc === "t" ? "\t" : esc === "r" ? "\r" : esc === "b" ? "\b" : esc === "f" ? "\f" : esc;
          pos += 2;
        } else {
          fail(pos, `the escape \\${esc ?? ""} is not allowed in JSON (write \\\\ for a backslash)`);
        }
        chunkStart = pos;
        continue;
      }
      pos++;
    }
  };

  const scanNumber = (): void => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 400));
    if (match === null) fail(pos, `expected a number (found ${describe(pos)})`);
    const end = pos + (match as RegExpExecArray)[0].length;
    if (/^[\d.]/.test(text[end] ?? "")) fail(end, "this number is not written the JSON way (no leading zeros, digits after the point)");
    pos = end;
  };

  const scanValue = (field: string, depth: number): void => {
    if (depth > MAX_JSON_DEPTH) fail(pos, `nested more than ${MAX_JSON_DEPTH} levels deep`);
    skipWhitespace();
    const ch = text[pos];
    if (ch === "{") return scanObject(field, depth);
    if (ch === "[") return scanArray(field, depth);
    if (ch === '"') {
      scanString();
      return;
    }
    if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) return scanNumber();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, pos) && !/[\w$]/.test(text[pos + literal.length] ?? "")) {
        pos += literal.length;
        return;
      }
    }
    if (pos >= text.length) fail(pos, "the file ends where a value was expected");
    badValueStart("a value");
  };

  const scanObject = (field: string, depth: number): void => {
    const open = pos;
    pos++; // {
    const seen = new Map<string, number>();
    skipWhitespace();
    if (text[pos] === "}") {
      pos++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (pos >= text.length) fail(pos, `the file ends inside the { opened on line ${lineOf(open)}`);
      if (text[pos] !== '"') {
        if (text[pos] === "}") fail(pos, 'a comma before "}": JSON allows no comma after the last entry');
        badValueStart("a key in double quotes");
      }
      const keyOffset = pos;
      const key = scanString();
      const keyField = joinFieldPath(field, key);
      const keyLine = lineOf(keyOffset);
      const firstLine = seen.get(key);
      if (firstLine !== undefined) duplicates.push({ field: keyField, firstLine, line: keyLine });
      else seen.set(key, keyLine);
      skipWhitespace();
      if (text[pos] !== ":") fail(pos, `expected ":" after the key "${key}" (found ${describe(pos)})`);
      pos++;
      scanValue(keyField, depth + 1);
      skipWhitespace();
      if (text[pos] === ",") {
        pos++;
        continue;
      }
      if (text[pos] === "}") {
        pos++;
        return;
      }
      if (pos >= text.length) fail(pos, `the file ends inside the { opened on line ${lineOf(open)} (a "}" is missing)`);
      if (text[pos] === '"') fail(pos, `a comma is missing before this key (after the value of "${key}")`);
      fail(pos, `expected "," or "}" after the value of "${key}" (found ${describe(pos)})`);
    }
  };

  const scanArray = (field: string, depth: number): void => {
    const open = pos;
    pos++; // [
    skipWhitespace();
    if (text[pos] === "]") {
      pos++;
      return;
    }
    for (let index = 0; ; index++) {
      skipWhitespace();
      if (text[pos] === "]") fail(pos, 'a comma before "]": JSON allows no comma after the last entry');
      if (pos >= text.length) fail(pos, `the file ends inside the [ opened on line ${lineOf(open)} (a "]" is missing)`);
      scanValue(joinFieldPath(field, index), depth + 1);
      skipWhitespace();
      if (text[pos] === ",") {
        pos++;
        continue;
      }
      if (text[pos] === "]") {
        pos++;
        return;
      }
      if (pos >= text.length) fail(pos, `the file ends inside the [ opened on line ${lineOf(open)} (a "]" is missing)`);
      if (text[pos] === '"' || text[pos] === "{" || text[pos] === "[") fail(pos, "a comma is missing between two entries of the list");
      fail(pos, `expected "," or "]" after an entry of the list (found ${describe(pos)})`);
    }
  };

  try {
    skipWhitespace();
    if (pos >= text.length) fail(pos, "the file is empty (an empty policy is written {})");
    scanValue("", 0);
    skipWhitespace();
    if (pos < text.length) fail(pos, `unexpected ${describe(pos)} after the end of the JSON value`);
    return { ok: true, duplicates };
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
    return { ok: false, error: { ...lines.position(e.offset), problem: e.problem } };
  }
}

/** Finds the 1-based line and column of UTF-16 offsets; "\r\n", "\n" and "\r" each end a line. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
    }
  }

  position(offset: number): JsonPosition {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (this.starts[lo] as number) + 1 };
  }
}
