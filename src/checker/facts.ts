/**
 * Facts found in the writer's text: quantities and the role each plays (released now, on hold,
 * order total, already done, samples, payment scope), lot identifiers, revisions, materials.
 * Rules read these; none of them re-scans the text for numbers.
 */
import { COLOURS_AND_FINISHES, MATERIAL_ACRONYMS, MATERIAL_WORDS, PROCESS_ONLY } from "./lexicon";
import { findQuantities, type Quantity } from "./numbers";
import { extendToClause, headClause, phraseSource, re, trimEndSeparators } from "./patterns";
import type { Unit } from "./text";
import type { Evidence } from "./types";

/** Facts of one sort kept per analysis: far more than any email holds, and it bounds the work. */
export const MAX_FACTS = 500;

export type QuantityRole = "release" | "hold" | "total" | "done" | "releasedToDate" | "sample" | "payment" | "rejected" | "none";

export interface RoledQuantity extends Quantity {
  role: QuantityRole;
  unitIndex: number;
}

const L = (s: string): string => s.toLowerCase();

// Cues read on short local strings around one number (lower-cased), so their cost is bounded.
const LABEL_DONE = re("\\b(?:released to date|previously released|already released|delivered|received|shipped so far)\\b");
const LABEL_HOLD = re(
  "\\b(?:on hold|held|hold|balance|remaining|remainder|not released|unreleased|rest|lots?\\s*(?:2|two|ii|[b-h]|b2)|windows?\\s*[2-9](?![\\d-])|release\\s*[2-9]|next lot)\\b",
);
const LABEL_TOTAL = re("\\b(?:order(?:ed)?(?: qty| quantity| total| size)?|total|po qty|quantity ordered)\\s*$");
const LABEL_RELEASE = re(
  "\\b(?:release(?:d)?(?: now)?|this release|lot|window\\s*1|quantity released|only|moves|approved|go[- ]ahead|start now|print now)\\b",
);
/** "3 samples", "5 more samples", "2 first-article pieces": the figure counts samples. */
const SAMPLE_NOUN_AFTER = re("^ (?:(?:more|extra|additional|new|further) )?(?:samples?|first[- ]?articles?|prototypes?)\\b", "i");
const LABEL_SAMPLE = re("\\bsamples?\\b|\\bfirst[- ]articles?\\b");

// End-anchored cues are tested on the words before a number with trailing spaces and ":"/"=" removed
// (endsWithCue), so none of them needs a "\\s*$" tail.
const BEFORE_DONE = re(
  "(?:cut (?:back )?from|reduced from|signed off(?: the)?|released to date|already|received|delivered|shipped|were|was|previously)(?: the| all)?$",
);
const BEFORE_HOLD = re(
  "(?:remaining|other|balance(?: of)?|held|hold|hold (?:production|printing|work) (?:of|on)(?: the)?|on hold|frozen|not released|unreleased|do not (?:print|start|run|make|queue|build|nest)|don't (?:print|start|run|make|queue)|hold back|remainder|not the|next)(?: the| those| these| all)?(?: remaining| other)?$",
);
const BEFORE_TOTAL = re(
  "(?:order(?:ed)?(?: (?:qty|quantity|total|size))?|total(?: of)?|in total|(?:rest|out|balance|remainder) of(?: the)?|out of|covers|for all|all(?: of the)?|on order|po total|order of)(?: the)?$",
);
const BEFORE_RELEASE = re(
  "(?:release(?:d)?(?: now)?|approve(?:d)?(?: lot [a-z0-9/-]{1,12})?(?: for)?|this release|print|make|start|run|only|exactly|cut (?:back )?(?:from \\d{1,6} )?to|to|lot (?:[a-z]{0,3}\\d[a-z0-9/-]{0,8}|[a-h]\\d?)(?: (?:=|-|\\u2013|for|only|of))?|moves|quantity released)(?: the| only)?$",
);
const BEFORE_REJECT = re("\\bnot$");
const BEFORE_NOT_THE = re("\\bnot the$");
/** Words right after a number that make it the order total ("240 pcs ordered"), read word by word. */
const AFTER_TOTAL = re("^(?:ordered|in total|in all|on order|total)\\b");
const AFTER_HOLD = re(
  "\\b(?:on hold|held|frozen|not released|unreleased|aren't released|are not released|isn't released|is not released|never released|wait|waits|stay unreleased|not to be printed|must not|should not|go back on hold|not part of)\\b",
);
const AFTER_RELEASE = re("released now|release now|\\breleased\\b|\\bgo[- ]ahead\\b|please start|start those|start them|to start|print them");
const AFTER_DONE = re("\\b(?:are|were|is|was|have been|had been) (?:already|done|finished|off|delivered|received)\\b");
const ORDER_WORD = re("\\b(?:po|order|job|so|orders)\\b");
const ORDER_COMMA = re("\\b(?:po|order|job|so) ?[a-z]{0,3}[-\\d]{2,12} ?,$");

/** "… PO 47-3306 (wheel hub WH-2, 400 pcs)": the figure sits in a parenthesis opened right after an order reference. */
function inOrderParenthesis(before: string): boolean {
  const open = before.lastIndexOf("(");
  if (open === -1 || before.length - open > 60 || before.indexOf(")", open) !== -1) return false;
  return ORDER_WORD.test(before.slice(Math.max(0, open - 30), open));
}

/** The first `n` words of `after`, each tested with an anchored pattern. */
function someWordStarts(after: string, pattern: RegExp, n: number): boolean {
  let i = 0;
  for (let w = 0; w < n && i < after.length; w++) {
    while (i < after.length && after[i] === " ") i++;
    if (pattern.test(after.slice(i, i + 24))) return true;
    while (i < after.length && after[i] !== " ") i++;
  }
  return false;
}

const UNIT_HOLD = re("\\b(?:on hold|held|frozen|not released|unreleased|hold the|hold production|do not (?:print|start)|don't (?:print|start)|wait|remaining|stay)\\b");
const UNIT_RELEASE = re("\\b(?:release[sd]?|approve[sd]?|go[- ]ahead|please (?:print|start|make|run)|start (?:production|printing)|print|moves)\\b");
const UNIT_PAYMENT = re("\\b(?:paid|payment|proforma|invoice|remittance|bills?|billed)\\b");
// Only wording that says what the figure IS counts ("are samples", "samples only"), not a passing mention ("packed like the samples").
const UNIT_SAMPLE = re("\\b(?:are|were|is) (?:the |our |your |only |just )?samples?\\b|\\bsamples? only\\b|\\bfirst[- ]articles?\\b|\\btrade show\\b|\\btest pieces?\\b");

function lastClause(s: string): string {
  let i = s.length;
  while (i > 0) {
    const ch = s[i - 1];
    if (ch === "," || ch === ";" || ch === "(" || ch === ")" || ch === "\u2013" || ch === "\u2014") break;
    if (ch === "-" && i >= 2 && s[i - 2] === " " && s[i] === " ") break;
    i--;
  }
  return s.slice(i);
}

interface UnitCues {
  sample: boolean;
  hold: boolean;
  release: boolean;
  payment: boolean;
}

function unitCues(unit: Unit): UnitCues {
  const whole = L(unit.text);
  return {
    sample: UNIT_SAMPLE.test(whole) && !UNIT_RELEASE.test(whole.replace(/\bsamples?\b/g, "")),
    hold: UNIT_HOLD.test(whole),
    release: UNIT_RELEASE.test(whole),
    payment: UNIT_PAYMENT.test(whole),
  };
}

/** How far around a number its cues are read: enough for any phrase, and it keeps the work linear. */
const WINDOW = 120;

function roleOf(q: Quantity, unit: Unit, text: string, cues: () => UnitCues): QuantityRole {
  const before = L(text.slice(Math.max(unit.start, q.start - WINDOW), q.start));
  const after = L(text.slice(q.end, Math.min(unit.end, q.end + WINDOW)));
  const labelEnd = unit.label !== null ? unit.text.indexOf(":") : -1;
  const b = trimEndSeparators(before);
  const local = trimEndSeparators(lastClause(before.slice(-60)));
  const after80 = headClause(after, ".;", 80);
  const after50 = headClause(after, ".;", 50);
  const nounIsSample = SAMPLE_NOUN_AFTER.test(text.slice(q.end, Math.min(unit.end, q.end + 40)));
  if (nounIsSample) return "sample";
  if (BEFORE_REJECT.test(b) && !BEFORE_NOT_THE.test(b)) return "rejected";
  // A "Field: value" row: the field names the role when the number sits in the value.
  if (unit.label !== null && labelEnd >= 0 && q.start - unit.start > labelEnd) {
    const label = L(unit.label);
    if (BEFORE_DONE.test(local)) return "done";
    if (LABEL_SAMPLE.test(label)) return "sample";
    if (LABEL_DONE.test(label)) return "releasedToDate";
    if (LABEL_TOTAL.test(label)) return "total";
    if (AFTER_HOLD.test(after80) && !AFTER_RELEASE.test(after.slice(0, 12))) return "hold";
    if (LABEL_HOLD.test(label) && !/\brelease(?:d)? now\b/.test(label)) return /\breleased\b/.test(after) && !AFTER_HOLD.test(after80) ? "release" : "hold";
    if (LABEL_RELEASE.test(label)) return BEFORE_TOTAL.test(local) || inOrderParenthesis(before) ? "total" : "release";
  }
  if (BEFORE_DONE.test(local)) return "done";
  if (AFTER_DONE.test(after.slice(0, 40))) return "done";
  if (BEFORE_HOLD.test(local)) return "hold";
  if (BEFORE_TOTAL.test(local) || inOrderParenthesis(before) || ORDER_COMMA.test(b)) return "total";
  if (someWordStarts(after, AFTER_TOTAL, 4)) return "total";
  if (AFTER_HOLD.test(after80)) return "hold";
  if (BEFORE_RELEASE.test(local)) return "release";
  if (AFTER_RELEASE.test(after50)) return "release";
  const c = cues();
  if (c.sample) return "sample";
  const hold = c.hold;
  const release = c.release;
  if (c.payment && !hold) return "payment";
  if (release && !hold) return "release";
  if (hold && !release) return "hold";
  return "none";
}

/** Finds quantities in the units and gives each its role. */
export function roledQuantities(text: string, units: readonly Unit[]): RoledQuantity[] {
  const out: RoledQuantity[] = [];
  for (let i = 0; i < units.length && out.length < MAX_FACTS; i++) {
    const u = units[i];
    let cached: UnitCues | null = null;
    const cues = (): UnitCues => (cached ??= unitCues(u));
    for (const q of findQuantities(text, u.start, u.end)) {
      if (out.length >= MAX_FACTS) break;
      out.push({ ...q, role: roleOf(q, u, text, cues), unitIndex: i });
    }
  }
  // A figure called samples anywhere ("the 12 pieces are samples") is samples wherever it recurs.
  const sampleValues = new Set(out.filter((q) => q.role === "sample").map((q) => q.value));
  for (const q of out) if (sampleValues.has(q.value) && (q.role === "release" || q.role === "none")) q.role = "sample";
  return out;
}

/**
 * One figure per role. Mentions of the same value collapse, except where separate labelled rows
 * repeat it (three delivery windows of 36 each); different values on separate rows are separate
 * items and add up (two PO lines), unless one is the sum of the others ("30 + 170, so 200 held").
 */
export function combine(mentions: readonly RoledQuantity[], units: readonly Unit[]): number | null {
  if (mentions.length === 0) return null;
  const byValue = new Map<number, Set<string>>();
  const order: number[] = [];
  for (const m of mentions) {
    const u = units[m.unitIndex];
    const key = u.label !== null ? `label:${u.line}` : `prose`;
    if (!byValue.has(m.value)) {
      byValue.set(m.value, new Set());
      order.push(m.value);
    }
    (byValue.get(m.value) as Set<string>).add(key);
  }
  if (order.length === 1) {
    const keys = byValue.get(order[0]) as Set<string>;
    const labelled = Array.from(keys).filter((k) => k.startsWith("label:")).length;
    return order[0] * Math.max(1, labelled > 1 && !keys.has("prose") ? labelled : 1);
  }
  const sum = order.reduce((a, b) => a + b, 0);
  for (const v of order) if (v * 2 === sum) return v;
  const lines = new Set(mentions.map((m) => units[m.unitIndex].line));
  if (lines.size === mentions.length) return sum;
  return order[0];
}

// Revisions. Keywords in either case, the identifier itself case-sensitive, so "revision is newest" is no revision.
const REVISION = re(
  "\\b(?:[Rr][Ee][Vv](?:[Ii][Ss][Ii][Oo][Nn])?\\.?|[Ii]ndex|[Vv]ersion)\\s?[:#]?\\s?(?:[vV]?\\d{1,3}(?:\\.\\d{1,3}){0,3}|[A-Z]{1,2}\\d{0,2}(?:\\.\\d{1,3}){0,2})(?![\\w-])",
  "g",
);
const REVISION_SHORT = re("\\b(?:R\\d{1,2}|v\\d{1,3}(?:\\.\\d{1,3}){0,3})(?![\\w-])", "g");
const FILE_EXTENSION = re("\\.(?:step|stp|stl|3mf|obj|iges|igs|x_t|sldprt|f3d|amf)\\b", "gi");
const REVISION_IN_NAME = re("(?:rev[A-Za-z0-9]{1,4}|[_-][Rr]\\d{1,3}|[_-]v\\d{1,3}(?:\\.\\d{1,3}){0,3}|[_-][A-Z]\\d{0,2}|index[A-Z0-9]{1,3})$", "i");
const REVISION_FUZZY = re(
  "\\b(?:latest|newest|current|most recent|whichever|whatever)\\s+(?:file|revision|rev|version|drawing|model|cad|design)\\b|\\bwhichever revision\\b|\\bnewest (?:one )?on the portal\\b|\\bsame (?:file|revision|rev|version|design) as\\b",
  "g",
);
const REVISION_LABELLED = re("(?:^|[,;:]\\s?)[Rr]evision:?\\s([^\\s,;]{1,40})", "g");
const MATERIAL_ACRONYM = re(`(?:^|[^A-Za-z0-9-])(${MATERIAL_ACRONYMS.filter((a) => !PROCESS_ONLY.includes(a)).map((a) => a.replace(/[-]/g, "\\-")).join("|")})(?:\\s?\\d{2,3}A)?(?![A-Za-z0-9])`, "g");
const MATERIAL_WORD = re(`(?:${phraseSource(MATERIAL_WORDS)})`, "gi");
const MATERIAL_LABELLED = re("(?:^|[,;:]\\s?)[Mm]aterial:?\\s([^,.;\\n]{1,60})", "g");
const MATERIAL_FUZZY = re(
  "\\bsame (?:material|colou?r|resin|filament|spec|specification|plastic) as\\b|\\bsame as (?:last time|before|last order|the last order|previous(?:ly)?|usual)\\b|\\b(?:usual|whatever|any) (?:material|colou?r|filament|resin|plastic)\\b",
  "gi",
);
const COLOUR_SET = new Set(COLOURS_AND_FINISHES.map((c) => c.toLowerCase()));

/** Widens a material to the colour and finish words right beside it: "PA12" → "black PA12", "PETG" → "PETG orange". */
function withColour(text: string, e: Evidence, from: number, to: number): Evidence {
  let [start, end] = e.range;
  for (let k = 0; k < 2; k++) {
    let a = start - 1;
    if (a <= from || text[a] !== " ") break;
    let w = a;
    while (w > from && /[A-Za-z]/.test(text[w - 1])) w--;
    if (w === a || !COLOUR_SET.has(text.slice(w, a).toLowerCase())) break;
    start = w;
  }
  for (let k = 0; k < 2; k++) {
    if (end >= to || text[end] !== " ") break;
    let w = end + 1;
    while (w < to && /[A-Za-z]/.test(text[w])) w++;
    if (w === end + 1 || !COLOUR_SET.has(text.slice(end + 1, w).toLowerCase())) break;
    end = w;
  }
  return start === e.range[0] && end === e.range[1] ? e : ev(text, start, end);
}

export interface TechnicalFacts {
  revisions: Evidence[];
  materials: Evidence[];
  fuzzy: Evidence[];
}

function ev(text: string, start: number, end: number): Evidence {
  return { range: [start, end], text: text.slice(start, end) };
}

function scan(pattern: RegExp, text: string, from: number, to: number, group = 0, out: Evidence[] = []): Evidence[] {
  const region = text.slice(from, to);
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(region)) !== null && out.length < MAX_FACTS) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const g = m[group] ?? m[0];
    const offset = group === 0 ? 0 : m[0].lastIndexOf(g);
    const start = from + m.index + offset;
    out.push(ev(text, start, start + g.length));
  }
  return out;
}

/** Revisions, materials and fuzzy references to either, in text[from, to). */
export function technicalFacts(text: string, from: number, to: number, extraMaterials: readonly string[] = []): TechnicalFacts {
  const revisions = scan(REVISION, text, from, to);
  scan(REVISION_SHORT, text, from, to, 0, revisions);
  const region = text.slice(from, to);
  FILE_EXTENSION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FILE_EXTENSION.exec(region)) !== null && revisions.length < MAX_FACTS) {
    const extStart = from + m.index;
    let s = extStart;
    while (s > from && s > extStart - 80 && /[A-Za-z0-9_.-]/.test(text[s - 1])) s--;
    const stem = text.slice(s, extStart);
    if (REVISION_IN_NAME.test(stem)) revisions.push(ev(text, s, extStart + m[0].length));
  }
  const fuzzyRev = scan(REVISION_FUZZY, text, from, to);
  // "revision <anything>" as the builder writes it, when nothing stricter matched that spot.
  for (const e of scan(REVISION_LABELLED, text, from, to, 1)) {
    if (!revisions.some((r) => r.range[0] <= e.range[0] && r.range[1] >= e.range[0] - 12) && !/^(?:is|was|the|of|to|as|that|which|whichever)$/i.test(e.text)) revisions.push(e);
  }
  const materials = scan(MATERIAL_ACRONYM, text, from, to, 1);
  scan(MATERIAL_WORD, text, from, to, 0, materials);
  if (extraMaterials.length) scan(re(`(?:${phraseSource(extraMaterials)})`, "gi"), text, from, to, 0, materials);
  const fuzzyMat = scan(MATERIAL_FUZZY, text, from, to).map((e) => {
    const end = extendToClause(text, e.range[1], to, ".;,\n", 40);
    return ev(text, e.range[0], end);
  });
  for (const e of scan(MATERIAL_LABELLED, text, from, to, 1)) {
    const value = e.text.trim();
    const words = value.toLowerCase().split(/\s+/);
    const functionWord = /^(?:and|or|as|is|for|of|to|the|same|from|on|in)$/.test(words[0] ?? "");
    const colourOnly = words.every((w) => COLOUR_SET.has(w));
    const isFuzzy = fuzzyMat.some((f) => f.range[1] > e.range[0] - 12 && f.range[0] < e.range[1]);
    const covered = materials.some((x) => x.range[0] >= e.range[0] && x.range[0] < e.range[1]);
    if (!functionWord && !colourOnly && !isFuzzy && !covered) materials.push(e);
  }
  revisions.sort((a, b) => a.range[0] - b.range[0]);
  materials.sort((a, b) => a.range[0] - b.range[0]);
  for (let i = 0; i < materials.length; i++) materials[i] = withColour(text, materials[i], from, to);
  const fuzzy = fuzzyRev.concat(fuzzyMat).sort((a, b) => a.range[0] - b.range[0]);
  return { revisions, materials, fuzzy };
}

const LOT_ID = re(
  "\\b(?:[Ll]ot|LOT|[Bb]atch|[Cc]harge)[\\s#:-]{0,3}(?:[A-Z]{0,3}\\d{1,4}(?:[/-]\\d{1,4}){0,2}|[A-Z]\\d{0,2}|one|two|three)(?![\\w-])|\\bL\\d{1,2}\\b",
  "g",
);

/** Lot identifiers ("Lot A", "lot 1", "LOT-2024-117", "Lot 1/3", "L1"). */
export function lotIds(text: string, from: number, to: number): Evidence[] {
  return scan(LOT_ID, text, from, to);
}
