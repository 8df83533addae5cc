/**
 * Where the buyer's own text ends and the quoted thread begins, in a plain-text body.
 *
 * The builder only ever touches a Release Guard block in the buyer's current text: a block inside
 * a quoted older message is history, and is left exactly as it is. The markers are the checker's
 * (shared/design/report-format.md): "-----Original Message-----", "On … wrote:", an Outlook
 * "From:/Sent:/To:/Subject:" header block, and `>` lines.
 */
import { findQuoteStart } from "../checker/text";

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Splits into lines with their offsets; `end` excludes the line terminator (\n, \r\n or \r). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/**
 * The offset where the quoted thread starts (the start of its first marker line), or
 * `text.length` when the body quotes nothing. The checker's own judgement, so the builder and
 * `analyze` always agree on which text is the buyer's current instruction.
 *
 * @example
 * quotedStart("Hi Sam,\nLot 1 now.\n\nOn Mon, 3 Nov 2026, Sam wrote:\n> hello") //=> 20
 */
export function quotedStart(text: string): number {
  return findQuoteStart(text);
}

/** The buyer's current text: everything before the quoted thread. */
export function currentPart(text: string): string {
  return text.slice(0, quotedStart(text));
}
