/**
 * balance: the rest of the order is explicitly held back. Present for an explicit hold (a figure
 * is better but not needed); vague when the rest is left open, released by default, or when the
 * held figure does not reconcile with the order; missing when the rest is not mentioned.
 */
import type { Context } from "../context";
import { evidenceOf, factUnits } from "../context";
import type { RuleMeta } from "../messages";
import { re } from "../patterns";
import type { DetailResult, DetailRule, State } from "./detail";
import { withUnit } from "./detail";

export const meta: RuleMeta = {
  type: "detail",
  description: "The balance that stays on hold",
  messages: {
    presentQuantity: "Keeps {{balance}} on hold.",
    present: "Keeps the rest of the order on hold.",
    mismatch: "The held quantity does not reconcile: {{released}} released + {{onHold}} held \u2260 {{total}} ordered.",
    vaguePhrase: "\u201c{{phrase}}\u201d leaves the rest of the order open instead of holding it.",
    vague: "Say plainly that the rest stays on hold \u2014 \u201c{{phrase}}\u201d does not.",
    missing: "Say that the remaining balance stays on hold (ideally with its quantity).",
  },
};

const HOLD_STATEMENTS: readonly RegExp[] = [
  re("\\bhold (?:back )?(?:the |all )?(?:rest|remainder|balance|remaining|others?)\\b", "gi"),
  re("\\b(?:rest|remainder|balance|remaining|others?|everything (?:else|beyond)|anything (?:else|beyond|after))\\b[^.;]{0,80}?\\b(?:on hold|held|frozen|not released|unreleased|not to be printed|wait|waits|stays? (?:on hold|unreleased|frozen)|aren't released|isn't released|must not|do not|don't)\\b", "gi"),
  re("\\b(?:do not|don't|please don't|please do not)\\s+(?:print|start|run|make|queue|nest|build|produce)\\s+(?:the\\s+)?(?:remaining|rest|other|balance|them|those|anything else|lot\\s*2)\\b", "gi"),
  re("\\blots?\\s+(?:2|two|[B-Z]\\d?)\\b[^.;]{0,60}?\\b(?:not released|isn't released|is not released|on hold|held|wait|frozen)\\b", "g"),
  re("^\\W*(?:not released|on hold|held|hold)\\s*:", "gi"),
  re("\\bnothing (?:more|else|beyond)\\b[^.;]{0,40}?\\b(?:released|to be printed|should be (?:printed|billed|started))\\b|\\bnothing beyond (?:these|those) \\d+\\b", "gi"),
  re("\\bproduction\\b[^.]{0,40}?\\b(?:is |stays )?(?:still )?on hold\\b|\\bnothing (?:goes|is going) into production\\b|\\bnothing in this (?:e-?mail|message) releases\\b|\\bnot (?:the|any)\\b[^.,;]{0,20}\\bproduction\\b|\\bproduction\\b[^.]{0,60}?\\b(?:not released|unreleased|stay unreleased|not part of)\\b|\\b(?:are|is) not part of this (?:po|order)\\b", "gi"),
  re("\\b(?:window|delivery|slot)s?\\s*\\d[^.;]{0,60}?\\bnot released\\b", "gi"),
];

const BALANCE_VAGUE: readonly RegExp[] = [
  re("\\bthe rest\\b[^.;]{0,30}?\\b(?:we can|we'll|we will|let's|to) (?:sort|figure|work out|discuss|decide|see)\\b", "gi"),
  re("\\bnot\\b[^.,;]{0,20}\\b(?:the )?(?:whole|entire|full) (?:order|run|quantity)\\b", "gi"),
  re("\\b(?:rest|balance|remainder)\\b[^.;]{0,20}?\\b(?:to follow|later|as needed|as and when)\\b", "gi"),
  re("\\b(?:later|next week|in due course|another time)\\b[^.;]{0,20}?\\b(?:the rest|the balance|the remainder)\\b", "gi"),
];

function firstMatch(ctx: Context, patterns: readonly RegExp[]): { start: number; end: number } | null {
  for (const u of factUnits(ctx)) {
    for (const p of patterns) {
      p.lastIndex = 0;
      const m = p.exec(u.text);
      if (m) return { start: u.start + m.index, end: u.start + m.index + m[0].length };
    }
  }
  return null;
}

export const rule: DetailRule = {
  id: "balance",
  detail: "balance",
  meta,
  check(ctx: Context, state: State): DetailResult {
    const f = state.figures;
    if (state.mismatch) {
      const held = ctx.quantities.filter((q) => q.role === "hold").map((q) => withUnit(ctx, q));
      return { status: "vague", evidence: held, messageId: "mismatch", data: { released: f.released ?? "", onHold: f.onHold ?? "", total: f.total ?? "" } };
    }
    const phrase = state.vague.find((h) => h.scope === "balance");
    if (phrase) return { status: "vague", evidence: [{ range: phrase.finding.range, text: phrase.finding.text }], messageId: "vaguePhrase", data: { phrase: phrase.finding.text } };
    const held = ctx.quantities.filter((q) => q.role === "hold");
    if (held.length) {
      const e = held.map((q) => withUnit(ctx, q));
      return { status: "present", evidence: e, messageId: "presentQuantity", data: { balance: f.onHold !== null ? `${f.onHold}${f.unit ? " " + f.unit : ""}` : e[0].text } };
    }
    const hold = firstMatch(ctx, HOLD_STATEMENTS);
    if (hold) return { status: "present", evidence: [evidenceOf(ctx, hold.start, hold.end)], messageId: "present" };
    const vague = firstMatch(ctx, BALANCE_VAGUE);
    if (vague) {
      const e = evidenceOf(ctx, vague.start, vague.end);
      return { status: "vague", evidence: [e], messageId: "vague", data: { phrase: e.text } };
    }
    return { status: "missing", evidence: [], messageId: "missing" };
  },
};
