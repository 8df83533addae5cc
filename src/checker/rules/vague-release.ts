/**
 * vague-release (V1–V4): wording that lets the shop print or ship without saying exactly how much.
 * Not counted: a go-signal that its own sentence or list item pins to an exact lot (V2), wording
 * that is negated, reported or not about production (V3), and anything in the quoted thread.
 */
import { endsWithCue, extendToClause, headClause, re } from "../patterns";
import { unitIndexAt, type Context } from "../context";
import type { RuleMeta } from "../messages";
import { formatMessage } from "../messages";
import type { Finding } from "../types";
import { negatedBefore, reportedBefore } from "./shared";
import { releasedLotIds } from "./lot";
import type { Unit } from "../text";

export type VagueScope = "lot" | "balance" | "open";

interface VaguePattern {
  messageId: string;
  pattern: RegExp;
  /** A second cue that must follow within `gap` characters of the same clause ("carry on … unless …"). */
  then?: RegExp;
  gap?: number;
  /** How far the quoted phrase runs on to the end of its clause, in characters. */
  extend: number;
  /** What the phrase leaves unbounded: the lot now, the balance, or everything. */
  scope: VagueScope;
  /** Phrases that are vague even beside a number (the shop picks the size, "whatever is finished"). */
  unbindable?: boolean;
}

export const meta: RuleMeta = {
  type: "language",
  description: "Release wording that does not say exactly how much may run",
  messages: {
    genericLot: "\u201c{{phrase}}\u201d does not say how many units the first lot is.",
    capacity: "\u201c{{phrase}}\u201d lets the shop decide the quantity by what it has or can do.",
    shopDecides: "\u201c{{phrase}}\u201d hands the size of the release to the shop.",
    openEnded: "\u201c{{phrase}}\u201d keeps production running with no boundary.",
    pronoun: "\u201c{{phrase}}\u201d does not say which parts or how many.",
    unbounded: "\u201c{{phrase}}\u201d gives the go-ahead without saying how much may run.",
    suggestLot: "Name the lot and its exact quantity",
    suggestHold: "Say that the rest stays on hold",
  },
};

interface Extra {
  extend?: number;
  unbindable?: boolean;
  then?: string;
  gap?: number;
}

const P = (messageId: string, scope: VagueScope, source: string, extra: Extra = {}): VaguePattern => ({
  messageId,
  scope,
  unbindable: extra.unbindable ?? false,
  extend: extra.extend ?? 0,
  pattern: re(source, "gi"),
  then: extra.then ? re(extra.then, "i") : undefined,
  gap: extra.gap,
});

const GO = "(?:go[\\s-]ahead|start(?: on)?|begin|kick off|crack on|get|proceed|run|print|make|send|ship|produce|release)";

export const VAGUE_PATTERNS: readonly VaguePattern[] = [
  P("shopDecides", "lot", "\\b(?:your call|up to you|you decide)\\b", { unbindable: true }),
  P("shopDecides", "lot", "\\b(?:pick|choose|decide on) (?:a|the|whatever) (?:sensible|reasonable|suitable|good)\\b", { unbindable: true, extend: 30 }),
  P("shopDecides", "lot", "\\bwhatever (?:size|quantity|amount) (?:you think|makes sense|suits you|works)\\b", { unbindable: true }),
  P("capacity", "lot", "\\b(?:run|print|make|ship|send|produce|do|build) (?:(?:just|us) )?(?:what|whatever|as many as) (?:you|is|are|can|'s|you've)\\b", { unbindable: true, extend: 40 }),
  P("capacity", "lot", "\\b(?:(?:a )?couple of|a few|some|a handful of|one|a) (?:plates?|trays?|builds?|beds?|batches?|runs?)(?:'|\u2019)?(?: worth)?(?: of (?:parts|units|pieces))? (?:to start|to begin|to kick off|first)\\b", { unbindable: true }),
  P("capacity", "lot", "\\b(?:start|print|run|make|do|send) (?:a few|some|a couple|a handful|a bunch)\\b", { unbindable: true, extend: 40 }),
  P("pronoun", "lot", "\\b(?:send|ship|start|print|run|make) (?:those|them|these)(?: (?:over|out|off|across))? as (?:lot|batch|the first)\\b", { extend: 12 }),
  P("genericLot", "lot", `\\b${GO}\\b`, { then: "\\b(?:the|a|an|our) (?:first|initial|opening|small|trial|pilot|starter) (?:batch|run|lot|production run|few|order|tranche)\\b(?: (?:moving|going|started|underway))?", gap: 30 }),
  P("openEnded", "open", "\\bkeep (?:running|going|printing|sending|producing|them coming|it coming)\\b", { extend: 60 }),
  P("openEnded", "balance", "\\bkeep (?:the|our) (?:next )?[a-z]+ topped up\\b", { extend: 12 }),
  P("openEnded", "balance", "\\b(?:carry on|continue)\\b", { then: "\\bunless\\b", gap: 30, extend: 40 }),
  P("openEnded", "balance", "\\bunless (?:you hear|told|we say|we tell you) otherwise\\b"),
  P("openEnded", "balance", "\\bbalance to follow\\b"),
  P("unbounded", "lot", "\\b(?:run|print|make|start|release|produce) (?:the )?(?:whole|entire|full) (?:order|run|job|quantity|balance)\\b"),
  P("unbounded", "open", "\\bfull steam ahead\\b", { extend: 30 }),
  P("unbounded", "open", "\\b(?:you're|you are|we're|you\u2019re) good to (?:print|go|start|run|ship)\\b|\\bgreen light\\b|\\bproceed as (?:discussed|agreed|planned)\\b|\\bsame as last time\\b"),
  P("unbounded", "open", "\\b(?:approved,? )?go[\\s-]ahead\\b(?: (?:with|on) (?:it|production|the order|printing))?|\\bstart (?:production|printing|the run)\\b|\\byou can (?:start|begin|print|go)\\b|\\bget going\\b|\\bcrack on\\b|\\bproceed\\b(?: with (?:production|printing|the order))?"),
  P("openEnded", "balance", "\\b(?:please )?(?:continue|carry on|keep on) (?:with )?(?:production|printing|the run|running)\\b", { extend: 40 }),
];

/** Objects that make a go-signal about something other than production (V3), read just after it. */
const NOT_PRODUCTION_AFTER = re(
  "\\b(?:e-?mail|send (?:me|us) the|tracking|link|invoice|quote|quotation|call|meeting|book|booking|the test|the lab|drawing|the file|details|paperwork|ordering material|order the material|buy(?:ing)? (?:the )?material)\\b",
);
/** A subject that is the writer's side doing its own work ("Our lab will continue ..."), right before the phrase. */
const OWN_SUBJECT_BEFORE = re("\\b(?:we|i|our [a-z]+(?: [a-z]+)?)(?: (?:will|'ll|shall|can|are going to|to|also))?$");

export interface VagueHit {
  finding: Finding;
  scope: VagueScope;
}

function suggestions(ctx: Context, scope: VagueScope): Finding["suggestions"] {
  const released = ctx.quantities.find((q) => q.role === "release");
  const n = released ? released.value : 25;
  const unit = released && released.unit ? released.unit : "units";
  const out = [{ message: meta.messages.suggestLot, replacement: `approve lot 1 for ${n} ${unit}` }];
  if (scope !== "lot") out.push({ message: meta.messages.suggestHold, replacement: "do not start the remaining units; they stay on hold" });
  return out;
}

/** Units that hold an exact released figure (V2 binding), computed once per analysis. */
function boundUnits(ctx: Context): Set<number> {
  const s = new Set<number>();
  for (const q of ctx.quantities) if (q.role === "release" && !q.approx) s.add(q.unitIndex);
  return s;
}

/** Units naming a released lot identifier (C4: "Lot B1", "LOT-2026-031" name a lot the order defines). */
function lotIdUnits(ctx: Context): Set<number> {
  const s = new Set<number>();
  for (const id of releasedLotIds(ctx)) {
    const i = unitIndexAt(ctx.units, id.range[0]);
    if (i !== -1) s.add(i);
  }
  return s;
}

const BARE_GO = re("^(?:approved,? )?go[\\s-]ahead$|^proceed$|^you can (?:start|begin|print|go)$|^get going$", "i");

const MAX_HITS = 200;

function scanUnit(ctx: Context, unit: Unit, unitIndex: number, hits: VagueHit[], bound: Set<number>, byId: Set<number>): void {
  for (const vp of VAGUE_PATTERNS) {
    vp.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = vp.pattern.exec(unit.text)) !== null && hits.length < MAX_HITS) {
      if (m[0].length === 0) {
        vp.pattern.lastIndex++;
        continue;
      }
      let relEnd = m.index + m[0].length;
      if (vp.then) {
        const window = headClause(unit.text.slice(relEnd, relEnd + (vp.gap ?? 30) + 60), ".;:\n", (vp.gap ?? 30) + 60);
        const n = vp.then.exec(window);
        if (!n || n.index > (vp.gap ?? 30)) continue;
        relEnd += n.index + n[0].length;
      }
      if (vp.extend) relEnd = extendToClause(unit.text, relEnd, unit.text.length, ".;,\n", vp.extend);
      let phraseText = unit.text.slice(m.index, relEnd);
      const cut = phraseText.search(/\s[-\u2013\u2014]\s|\s\(/);
      if (cut > 0) phraseText = phraseText.slice(0, cut);
      phraseText = phraseText.replace(/\s+$/, "");
      const start = unit.start + m.index;
      const end = start + phraseText.length;
      const before = unit.text.slice(Math.max(0, m.index - 60), m.index).toLowerCase();
      const after = unit.text.slice(m.index + m[0].length, m.index + m[0].length + 40).toLowerCase();
      if (negatedBefore(before) || reportedBefore(before)) continue;
      if (vp.scope === "open" && BARE_GO.test(m[0]) && NOT_PRODUCTION_AFTER.test(headClause(after, ".;", 30))) continue;
      if (vp.messageId !== "shopDecides" && endsWithCue(OWN_SUBJECT_BEFORE, before)) continue;
      // V2 binds a go-signal to an exact lot; wording that opens the balance stays vague beside any lot.
      if (!vp.unbindable && vp.scope !== "balance" && bound.has(unitIndex)) continue;
      if (vp.scope === "open" && byId.has(unitIndex)) continue;
      if (hits.some((h) => h.finding.range[0] < end && start < h.finding.range[1])) continue;
      hits.push({
        scope: vp.scope,
        finding: {
          ruleId: "vague-release",
          messageId: vp.messageId,
          severity: "error",
          message: formatMessage(meta.messages[vp.messageId], { phrase: ctx.text.slice(start, end) }),
          range: [start, end],
          text: ctx.text.slice(start, end),
          suggestions: suggestions(ctx, vp.scope),
        },
      });
    }
  }
}

/** The vague release phrases of the current text (never of the quoted thread). */
export function check(ctx: Context): VagueHit[] {
  const hits: VagueHit[] = [];
  const bound = boundUnits(ctx);
  const byId = lotIdUnits(ctx);
  for (let i = 0; i < ctx.units.length && hits.length < MAX_HITS; i++) scanUnit(ctx, ctx.units[i], i, hits, bound, byId);
  hits.sort((a, b) => a.finding.range[0] - b.finding.range[0]);
  return hits;
}

export const id = "vague-release";
