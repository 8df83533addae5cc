/**
 * vague-release (V1–V4): wording that lets the shop print or ship without saying exactly how much.
 * Not counted: a go-signal that its own sentence or list item pins to an exact lot (V2), wording
 * that is negated, reported or not about production (V3), and anything in the quoted thread.
 */
import { re } from "../patterns";
import type { Context } from "../context";
import type { RuleMeta } from "../messages";
import { formatMessage } from "../messages";
import type { Finding } from "../types";
import { NEGATION_BEFORE, REPORTED_BEFORE } from "./shared";
import type { Unit } from "../text";

export type VagueScope = "lot" | "balance" | "open";

interface VaguePattern {
  messageId: string;
  pattern: RegExp;
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

const P = (messageId: string, scope: VagueScope, source: string, unbindable = false): VaguePattern => ({
  messageId,
  scope,
  unbindable,
  pattern: re(source, "gi"),
});

const GO = "(?:go[\\s-]ahead|start(?:\\s+on)?|begin|kick off|crack on|get|proceed|run|print|make|send|ship|produce|release)";

export const VAGUE_PATTERNS: readonly VaguePattern[] = [
  P("shopDecides", "lot", "\\b(?:your call|up to you|you decide|(?:pick|choose|decide on) (?:a|the|whatever) (?:sensible|reasonable|suitable|good|sensible-sized)\\b[^.;,\\n]{0,30}|whatever (?:size|quantity|amount) (?:you think|makes sense|suits you|works)\\b)", true),
  P("capacity", "lot", "\\b(?:run|print|make|ship|send|produce|do|build)\\s+(?:(?:just|us)\\s+)?(?:what|whatever|as many as)\\s+(?:you|is|are|can|'s|you've)\\b[^.;,\\n]{0,40}", true),
  P("capacity", "lot", "\\b(?:(?:a )?couple of|a few|some|a handful of|one|a) (?:plates?|trays?|builds?|beds?|batches?|runs?)(?:'|\u2019)?(?:\\s+worth)?(?: of (?:parts|units|pieces))?\\s+(?:to start|to begin|to kick off|first)\\b", true),
  P("capacity", "lot", "\\b(?:start|print|run|make|do|send)\\s+(?:a few|some|a couple|a handful|a bunch)\\b[^.;,\\n]{0,40}", true),
  P("pronoun", "lot", "\\b(?:send|ship|start|print|run|make)\\s+(?:those|them|these)\\b(?:\\s+(?:over|out|off|across))?\\s+as\\s+(?:lot|batch|the first)\\b[^.;,\\n]{0,12}"),
  P("genericLot", "lot", `\\b${GO}\\b[^.;:\\n]{0,30}?\\b(?:the|a|an|our)\\s+(?:first|initial|opening|small|trial|pilot|starter)\\s+(?:batch|run|lot|production run|few|order|tranche)\\b(?:\\s+(?:moving|going|started|underway))?`),
  P("openEnded", "open", "\\bkeep (?:running|going|printing|sending|producing|them coming|it coming)\\b[^.;,\\n]{0,60}"),
  P("openEnded", "balance", "\\bkeep (?:the|our) (?:next )?\\w+ topped up\\b[^.;,\\n]{0,12}"),
  P("openEnded", "balance", "\\b(?:carry on|continue)\\b[^.;,\\n]{0,30}\\bunless\\b[^.;,\\n]{0,40}|\\bunless (?:you hear|told|we say|we tell you) otherwise\\b"),
  P("openEnded", "balance", "\\bbalance to follow\\b"),
  P("unbounded", "lot", `\\b(?:run|print|make|start|release|produce)\\s+(?:the\\s+)?(?:whole|entire|full)\\s+(?:order|run|job|quantity|balance)\\b`),
  P("unbounded", "open", "\\bfull steam ahead\\b[^.;,\\n]{0,30}|\\b(?:you're|you are|we're|you\u2019re) good to (?:print|go|start|run|ship)\\b|\\bgreen light\\b|\\bproceed as (?:discussed|agreed|planned)\\b|\\bsame as last time\\b"),
  P("unbounded", "open", "\\b(?:approved,?\\s+)?go[\\s-]ahead\\b(?:\\s+(?:with|on)\\s+(?:it|production|the order|printing))?|\\bstart (?:production|printing|the run)\\b|\\byou can (?:start|begin|print|go)\\b|\\bget going\\b|\\bcrack on\\b|\\bproceed\\b(?:\\s+with\\s+(?:production|printing|the order))?"),
  P("unbounded", "open", "\\b(?:please\\s+)?(?:continue|carry on)\\s+(?:with\\s+)?(?:production|printing|the run|running)\\b"),
];

/** Objects that make a go-signal about something other than production (V3). */
const NOT_PRODUCTION_AFTER = re(
  "^[^.;]{0,24}?\\b(?:e-?mail|send (?:me|us) the|tracking|link|invoice|quote|quotation|call|meeting|book|booking|the test|the lab|drawing|the file|details|paperwork|ordering material|order the material|buy(?:ing)? (?:the )?material)\\b",
);
/** A subject that is the writer's side doing its own work ("Our lab will continue ..."). */
const OWN_SUBJECT_BEFORE = re("\\b(?:we|i|our [a-z]+(?: [a-z]+)?)\\s+(?:will|'ll|shall|can|are going to|to|also)?\\s*$");
/** An exact release bound in the same unit (V2): an exact released figure, or a lot id with a go-signal. */

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

const MAX_HITS = 200;

function scanUnit(ctx: Context, unit: Unit, unitIndex: number, hits: VagueHit[], bound: Set<number>): void {
  for (const vp of VAGUE_PATTERNS) {
    vp.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = vp.pattern.exec(unit.text)) !== null && hits.length < MAX_HITS) {
      if (m[0].length === 0) {
        vp.pattern.lastIndex++;
        continue;
      }
      const cut = m[0].search(/\s[-\u2013\u2014]\s|\s\(/);
      const phraseText = (cut > 0 ? m[0].slice(0, cut) : m[0]).replace(/\s+$/, "");
      const start = unit.start + m.index;
      const end = start + phraseText.length;
      const before = unit.text.slice(Math.max(0, m.index - 60), m.index).toLowerCase();
      const after = unit.text.slice(m.index + m[0].length).toLowerCase();
      if (NEGATION_BEFORE.test(before) || REPORTED_BEFORE.test(before)) continue;
      if (NOT_PRODUCTION_AFTER.test(after) && vp.scope === "open") continue;
      if (OWN_SUBJECT_BEFORE.test(before) && vp.messageId !== "shopDecides") continue;
      // V2 binds a go-signal to an exact lot; wording that opens the balance stays vague beside any lot.
      if (!vp.unbindable && vp.scope !== "balance" && bound.has(unitIndex)) continue;
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
  for (let i = 0; i < ctx.units.length && hits.length < MAX_HITS; i++) scanUnit(ctx, ctx.units[i], i, hits, bound);
  hits.sort((a, b) => a.finding.range[0] - b.finding.range[0]);
  return hits;
}

export const id = "vague-release";
