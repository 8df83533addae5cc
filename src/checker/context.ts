/**
 * What every rule reads: the input, where the writer's current text ends, the units of that text,
 * the quantities with their roles, and the technical facts. Built once per `analyze` call.
 */
import { roledQuantities, technicalFacts, lotIds, type RoledQuantity, type TechnicalFacts } from "./facts";
import { re } from "./patterns";
import { adoptsQuoted, findQuoteStart, splitLines, splitUnits, type Line, type Unit } from "./text";
import { SUMMARY_PREFIX } from "./block";
import type { Evidence, Policy } from "./types";

export interface Context {
  text: string;
  /** End of the writer's own text (signature and P.S. included); the quoted thread starts here. */
  currentEnd: number;
  /** End of the text facts may come from: currentEnd, or the whole text when the reply adopts it (Q2). */
  factsEnd: number;
  /** Units of the current text. */
  units: Unit[];
  /** Units of the quoted text that the reply explicitly adopts (empty otherwise). */
  adoptedUnits: Unit[];
  quantities: RoledQuantity[];
  technical: TechnicalFacts;
  lotIds: Evidence[];
  /** The writer's signature names a person, so "me" and "I" identify someone (approver rule). */
  signedByName: boolean;
  policy: Policy | undefined;
}

const NAME_LINE = re("^[A-Z\u00c0-\u00de][\\w\u00c0-\u024f'\u2019.-]+(?:\\s+[A-Z\u00c0-\u00de][\\w\u00c0-\u024f'\u2019.-]+){0,3}\\s*$");

/** Reads the last six non-empty lines above `end`, walking back over the lines already split. */
function signedByName(lines: readonly Line[], end: number): boolean {
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < 6; i--) {
    if (lines[i].start >= end) continue;
    const t = lines[i].text.slice(0, Math.max(0, end - lines[i].start)).trim();
    if (t === "") continue;
    seen++;
    if (t.length <= 40 && NAME_LINE.test(t) && !/^(?:thanks|regards|best|cheers|kind regards|many thanks|thank you)/i.test(t)) return true;
  }
  return false;
}

export function buildContext(text: string, policy: Policy | undefined): Context {
  const lines = splitLines(text);
  const currentEnd = findQuoteStart(text, lines);
  const current = text.slice(0, currentEnd);
  const adopted = currentEnd < text.length && adoptsQuoted(current);
  const factsEnd = adopted ? text.length : currentEnd;
  // The block's summary line is machine data: it restates the block, so rules skip it.
  const keep = (u: Unit): boolean => !u.text.startsWith(SUMMARY_PREFIX);
  const units = splitUnits(text, 0, currentEnd).filter(keep);
  const adoptedUnits = adopted ? splitUnits(text, currentEnd, text.length).filter(keep) : [];
  const allUnits = units.concat(adoptedUnits);
  const quantities = roledQuantities(text, allUnits);
  return {
    text,
    currentEnd,
    factsEnd,
    units,
    adoptedUnits,
    quantities,
    technical: technicalFacts(text, 0, factsEnd, policy?.materials ?? []),
    lotIds: lotIds(text, 0, factsEnd),
    signedByName: signedByName(lines, currentEnd),
    policy,
  };
}

/** All units facts may come from (current, then adopted). */
export function factUnits(ctx: Context): Unit[] {
  return ctx.adoptedUnits.length ? ctx.units.concat(ctx.adoptedUnits) : ctx.units;
}

/** The index of the unit containing offset `pos` (units are sorted and disjoint), by binary search; -1 if none. */
export function unitIndexAt(units: readonly Unit[], pos: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid];
    if (pos < u.start) hi = mid - 1;
    else if (pos >= u.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The unit containing offset `pos`, or null. */
export function unitAt(units: readonly Unit[], pos: number): Unit | null {
  const i = unitIndexAt(units, pos);
  return i === -1 ? null : units[i];
}

export function evidenceOf(ctx: Context, start: number, end: number): Evidence {
  return { range: [start, end], text: ctx.text.slice(start, end) };
}
