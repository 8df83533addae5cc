/**
 * Quantities in digits and words ("30 pcs", "thirty (30)", "a dozen", "one hundred and twenty"),
 * with the identifiers, dates, measurements and money that only look like counts filtered out.
 */
import { APPROXIMATORS, NUMBER_WORDS, UNITS } from "./lexicon";
import { endsWithCue, phraseSource, re } from "./patterns";

export interface Quantity {
  start: number;
  end: number;
  value: number;
  unit: string | null;
  /** The word after the number (and unit), e.g. "impellers" in "18 impellers". */
  noun: string | null;
  approx: boolean;
}

const DIGITS = re("\\d+(?:[,.]\\d+)*", "g");
const NUMBER_WORD = re(`\\b(?:${Object.keys(NUMBER_WORDS).join("|")}|hundred|thousand|dozen)\\b`, "gi");
const UNIT_AHEAD = re(`^\\s{0,2}(?:${phraseSource(UNITS)})(?![\\w-])`, "i");
const UNIT_ATTACHED = re("^(?:pcs|pc|ea|x)\\b", "i");
const WORD_AHEAD = re("^\\s{0,2}([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'-]{0,40})");
const LETTER = re("^[A-Za-z\u00c0-\u024f.&]$");
const MEASURE = re(
  "^\\s{0,2}(?:hours?|hrs?|h|days?|weeks?|months?|years?|yrs?|minutes?|mins?|seconds?|secs?|s|bar|psi|kpa|mpa|km|mm|cm|m|\u00b5m|um|kg|g|lbs?|oz|%|percent|\u00b0c?|degrees?|flex|cycles?|am|pm|eur|usd|gbp|euros?|dollars?|mb|gb|kb|ml|l|n|nm|rpm|hz|shore|times|o'clock|sec)(?![A-Za-z])",
  "i",
);
const ID_WORDS = new Set([
  "po", "p.o", "p.o.", "order", "lot", "line", "rev", "rev.", "revision", "r", "window", "week", "wk", "kw", "cw",
  "release", "so", "job", "invoice", "inv", "version", "v", "index", "ecn", "eco", "item", "stage", "step", "no",
  "no.", "nr", "number", "phone", "tel", "fax", "ext", "room", "plant", "building", "quote", "q", "proforma", "part",
  "sku", "model", "series", "batch", "charge", "ref", "reference", "chapter", "section", "page", "pos", "position",
  "table", "figure", "fig", "level", "grade", "class", "type", "pf", "rfq", "ticket", "case", "gr", "ncr", "drawing",
  "dwg", "shelf", "bay", "printer", "machine", "milestone", "phase", "gate", "sprint", "round", "attempt", "net",
  "day", "days", "hall", "booth", "unit", "pallet", "box", "sample", "s", "art", "article", "rma", "slot", "release",
]);
const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
const CURRENCY = new Set(["eur", "usd", "gbp", "chf", "sek", "nok", "dkk", "pln", "aud", "cad", "nzd", "jpy", "cny"]);
const APPROX_BEHIND = re(`(?:${phraseSource(APPROXIMATORS)})$`, "i");

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_\u00c0-\u024f]/.test(c);
}

function parseDigits(s: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ""));
  if (/^\d+$/.test(s)) return Number(s);
  return null; // decimals, dates like 24.11.2025, odd groupings
}

/** The word just before `at`, skipping up to three spaces or ":#=" (walks back; no end-anchored pattern). */
function wordBehind(text: string, at: number, floor: number): string | null {
  let i = at;
  let skipped = 0;
  while (i > floor && skipped < 3 && " \t\n:#=".includes(text[i - 1])) {
    i--;
    skipped++;
  }
  const end = i;
  while (i > floor && end - i < 21 && LETTER.test(text[i - 1])) i--;
  if (i === end || !/[A-Za-z\u00c0-\u024f]/.test(text[i])) return null;
  return text.slice(i, end).toLowerCase();
}

function wordAhead(text: string, at: number, ceil: number): string | null {
  const m = WORD_AHEAD.exec(text.slice(at, Math.min(ceil, at + 44)));
  return m ? m[1] : null;
}

/** Numbers read per region at the most; an email with more is not a release anyone could follow. */
const MAX_RAW = 1000;

interface Raw {
  start: number;
  end: number;
  value: number;
  word: boolean;
}

/** Finds counts in text[from, to). */
export function findQuantities(text: string, from: number, to: number): Quantity[] {
  const region = text.slice(from, to);
  const raws: Raw[] = [];
  DIGITS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGITS.exec(region)) !== null && raws.length < MAX_RAW) {
    const start = from + m.index;
    const end = start + m[0].length;
    const value = parseDigits(m[0]);
    if (value === null) continue;
    const prev = text[start - 1];
    const next = text[end];
    if (prev !== undefined && (isWordChar(prev) || "-/#.\u20ac$\u00a3_\u2013'".includes(prev))) continue;
    if (next !== undefined && /[A-Za-z]/.test(next) && !UNIT_ATTACHED.test(text.slice(end, end + 4))) continue;
    if (next !== undefined && "-\u2013/:".includes(next) && /[0-9A-Za-z]/.test(text[end + 1] ?? "")) continue;
    if (next === "." && /\d/.test(text[end + 1] ?? "")) continue;
    if ((next === ")" || next === ".") && /(?:^|\n)[ \t(]*$/.test(text.slice(Math.max(0, start - 8), start))) continue; // "1)", "2." list markers
    raws.push({ start, end, value, word: false });
  }
  NUMBER_WORD.lastIndex = 0;
  let run: Raw | null = null;
  const pushRun = (): void => {
    if (run) raws.push(run);
    run = null;
  };
  let acc = 0;
  let cur = 0;
  while ((m = NUMBER_WORD.exec(region)) !== null && raws.length < MAX_RAW * 2) {
    const start = from + m.index;
    const end = start + m[0].length;
    const w = m[0].toLowerCase();
    const joinable: boolean = run !== null && start - (run as Raw).end <= 6 && /^(?:[\s-]|\s+and\s+)*$/.test(text.slice((run as Raw).end, start));
    if (!joinable) {
      pushRun();
      acc = 0;
      cur = 0;
    }
    if (w === "hundred") cur = (cur || 1) * 100;
    else if (w === "thousand") {
      acc += (cur || 1) * 1000;
      cur = 0;
    } else if (w === "dozen") cur = (cur || 1) * 12;
    else cur += NUMBER_WORDS[w] ?? 0;
    run = { start: run && joinable ? (run as Raw).start : start, end, value: acc + cur, word: true };
  }
  pushRun();
  raws.sort((a, b) => a.start - b.start);

  const out: Quantity[] = [];
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i];
    let start = r.start;
    let end = r.end;
    // "thirty (30)" and "3 (three)": one quantity, two spellings.
    const nextRaw = raws[i + 1];
    if (nextRaw && nextRaw.value === r.value && /^\s?\($/.test(text.slice(end, nextRaw.start)) && text[nextRaw.end] === ")") {
      end = nextRaw.end + 1;
      i++;
    }
    const behind = wordBehind(text, start, from);
    const lowerBehindText = text.slice(Math.max(from, start - 12), start).toLowerCase();
    // "release: 255 units" is a field and its value, not "release 2" the identifier.
    const labelGap = /[:=]\s{0,2}$/.test(text.slice(Math.max(from, start - 3), start));
    const soLower = behind === "so" && !/SO[\s:#]*$/.test(text.slice(Math.max(from, start - 6), start));
    if (behind && !soLower && ((ID_WORDS.has(behind) && !labelGap) || MONTHS.has(behind) || CURRENCY.has(behind))) continue;
    if (/\bof\s+$/.test(lowerBehindText) && /\d\s+of\s+$/.test(lowerBehindText)) continue; // "10 of 10", "1 of 3"
    if (MEASURE.test(text.slice(end, end + 12))) continue;
    const ahead = wordAhead(text, end, to);
    const aheadLower = ahead ? ahead.toLowerCase() : null;
    if (aheadLower && MONTHS.has(aheadLower.replace(/[^a-z]/g, ""))) continue;
    if (aheadLower === "of" && /^\s+of\s+\d/.test(text.slice(end, end + 8))) continue;
    if (!r.word && r.value >= 1900 && r.value <= 2099 && !UNIT_AHEAD.test(text.slice(end, end + 10))) continue;
    const unitMatch = UNIT_AHEAD.exec(text.slice(end, end + 12)) ?? (UNIT_ATTACHED.test(text.slice(end, end + 4)) ? UNIT_ATTACHED.exec(text.slice(end, end + 4)) : null);
    const unit = unitMatch ? unitMatch[0].trim().toLowerCase() : null;
    const spelled = end !== r.end; // merged with a parenthesised spelling
    if (r.word && !spelled && !unit) {
      // "two lines", "four points": small number words are not counts unless a unit follows.
      if (r.value < 10 || !ahead || /^(?:of|and|or|to|more|times|weeks?|days?|hours?|months?|minutes?)$/i.test(ahead)) continue;
    }
    const nounFrom = unitMatch ? end + unitMatch[0].length : end;
    const noun = unit ? wordAhead(text, nounFrom, to) : ahead;
    const approx = endsWithCue(APPROX_BEHIND, text.slice(Math.max(from, start - 24), start));
    out.push({ start, end, value: r.value, unit, noun, approx });
  }
  // "between 22 and 26": the second figure is as approximate as the first.
  for (let i = 1; i < out.length; i++) {
    if (out[i - 1].approx && /^\s*(?:and|to|-|\u2013)\s*$/.test(text.slice(out[i - 1].end, out[i].start))) out[i].approx = true;
  }
  return out;
}
