/**
 * balance: the rest of the order is explicitly held back. Present for an explicit hold (a figure
 * is better but not needed); vague when the rest is left open, released by default, or when the
 * held figure does not reconcile with the order; missing when the rest is not mentioned.
 */
import type { Context } from "../context";
import { evidenceOf, factUnits } from "../context";
import type { RuleMeta } from "../messages";
import { findNear, re } from "../patterns";
import type { DetailResult, DetailRule, State } from "./detail";
import { withUnit } from "./detail";

export const meta: RuleMeta = {
  type: "detail",
  description: "The balance that stays on hold",
  messages: {
    presentQuantity: "Keeps {{balance}} on hold.",
    present: "Keeps the rest of the order on hold.",
    mismatch: "The held quantity does not reconcile: {{released}} released + {{onHold}} held \u2260 {{total}} ordered.",
    vaguePhrase: "{{finding}}",
    vague: "Say plainly that the rest stays on hold \u2014 \u201c{{phrase}}\u201d does not.",
    missing: "Say that the remaining balance stays on hold (ideally with its quantity).",
  },
};

/** A cue, optionally followed within `gap` characters of the same sentence by a second cue. */
interface Statement {
  first: RegExp;
  then?: RegExp;
  gap?: number;
}

const S = (first: string, then?: string, gap = 60, flags = "gi"): Statement => ({
  first: re(first, flags),
  then: then ? re(then, flags.replace("g", "")) : undefined,
  gap,
});

const HOLD_WORDS = "\\b(?:on hold|held|frozen|not released|unreleased|not to be printed|wait|waits|stays? (?:on hold|unreleased|frozen)|aren't released|isn't released|must not|do not|don't)\\b";

const HOLD_STATEMENTS: readonly Statement[] = [
  S("\\bhold (?:back )?(?:the |all )?(?:rest|remainder|balance|remaining|others?)\\b"),
  S("\\b(?:rest|remainder|balance|remaining|others?|everything (?:else|beyond)|anything (?:else|beyond|after))\\b", HOLD_WORDS, 80),
  S("\\b(?:do not|don't|please don't|please do not) (?:print|start|run|make|queue|nest|build|produce) (?:the )?(?:remaining|rest|other|balance|them|those|anything else|lot ?2)\\b"),
  S("\\b[Ll]ots? (?:2|two|[B-Z]\\d?|\\d{2,4}(?:[-/]\\d{1,4})?)\\b", "\\b(?:not released|isn't released|is not released|on hold|held|wait|frozen)\\b", 60, "g"),
  S("^\\W*(?:not released|on hold|held|hold) ?:"),
  S("\\bnothing (?:more|else|beyond)\\b", "\\b(?:released|to be printed|should be (?:printed|billed|started))\\b", 40),
  S("\\bnothing beyond (?:these|those) \\d"),
  S("\\bproduction\\b", "\\b(?:on hold|not released|unreleased|stay unreleased|not part of)\\b", 60),
  S("\\b(?:do not|don't) (?:start|begin|go ahead with|proceed with) production\\b|\\bno production yet\\b|\\bnothing (?:goes|is going) into production\\b|\\bnothing in this (?:e-?mail|message) releases\\b|\\b(?:are|is) not part of this (?:po|order)\\b"),
  S("\\bnot (?:the|any)\\b", "\\bproduction\\b", 20),
  S("\\b(?:window|delivery|slot)s? ?\\d", "\\bnot released\\b", 60),
];

const BALANCE_VAGUE: readonly Statement[] = [
  S("\\bthe rest\\b", "\\b(?:we can|we'll|we will|let's|to) (?:sort|figure|work out|discuss|decide|see)\\b", 30),
  S("\\bnot\\b", "\\b(?:the )?(?:whole|entire|full) (?:order|run|quantity)\\b", 20),
  S("\\b(?:rest|balance|remainder)\\b", "\\b(?:to follow|later|as needed|as and when)\\b", 20),
  S("\\b(?:later|next week|in due course|another time)\\b", "\\b(?:the rest|the balance|the remainder)\\b", 20),
];

function firstMatch(ctx: Context, statements: readonly Statement[]): { start: number; end: number } | null {
  for (const u of factUnits(ctx)) {
    for (const st of statements) {
      if (st.then) {
        const n = findNear(u.text, st.first, st.then, st.gap ?? 60, ".;");
        if (n) return { start: u.start + n.start, end: u.start + n.end };
        continue;
      }
      st.first.lastIndex = 0;
      const m = st.first.exec(u.text);
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
    if (phrase) return { status: "vague", evidence: [{ range: phrase.finding.range, text: phrase.finding.text }], messageId: "vaguePhrase", data: { finding: phrase.finding.message } };
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
