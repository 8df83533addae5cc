/**
 * trigger (T1): the observable event that reopens the release decision. Present for something
 * that happens and can be seen to have happened (a passed test, an inspection report, installation,
 * a customer sign-off, a payment received, a dated meeting); vague for a condition nobody can
 * observe or date; missing when nothing is said ("for now" names no event).
 */
import type { Context } from "../context";
import { evidenceOf, factUnits } from "../context";
import { EVENT_WORDS, FUZZY_CONDITIONS } from "../lexicon";
import type { RuleMeta } from "../messages";
import { extendToClause, phraseSource, re } from "../patterns";
import type { DetailResult, DetailRule, State } from "./detail";
import { NEXT_REF } from "./shared";

export const meta: RuleMeta = {
  type: "detail",
  description: "The event that triggers the next release decision",
  messages: {
    present: "Next decision follows: {{trigger}}.",
    vague: "\u201c{{trigger}}\u201d is not an event the shop can see happen: name a test, review, payment or date.",
    missing: "Say what event opens the next release (install feedback, fit check, customer review, payment, a date).",
  },
};

const CONNECTOR = re("\\b(?:once|after|when|until|till|pending|following|follows|depends on|dependent on|subject to|upon|as soon as|decided at|on receipt of|gated by|provided)\\b", "gi");
const CONTEXT = re(
  "\\b(?:hold|held|frozen|wait|waits|decid\\w*|decision|releas\\w*|schedul\\w*|start\\w*|print\\w*|production|restart|opens?|considered|look at|next|in touch|let you know|come back|sending|lot\\s*(?:2|two|b))\\b",
  "i",
);
const TRIGGER_LABEL = re("\\b(?:next (?:decision|release|step|lot)|what opens|trigger|decision|reason and next step|condition|lot\\s*(?:2|two|b)\\b)", "i");
const EVENT = re(`(?:${phraseSource(EVENT_WORDS)})`, "i");
/** A calendar date or week is an event anyone can see arrive ("a date" in the guide's list of triggers). */
const DATE = re(
  "\\b\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6} \\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\bweek \\d{1,2}\\b",
  "i",
);
const FUZZY = re(`(?:${phraseSource(FUZZY_CONDITIONS)})`, "i");
const STANDALONE_FUZZY = re("\\b(?:we can|we'll|we will|let's) sort\\b|\\bwe(?:'ll| will) see\\b|\\b(?:we'll|we will|we can) (?:figure out|work out|sort out)\\b|\\bwhen (?:things|it) (?:calm|settle)s?\\b|\\b(?:we'll|we will|i'll|i will) (?:tell|let) you(?: know)? later\\b", "gi");

interface Candidate {
  status: "present" | "vague";
  start: number;
  end: number;
}

function clauseAfter(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text[i];
    if (c === "," || c === ";" || c === "." || c === "(" || c === "\n") break;
    if (c === " " && (text[i + 1] === "-" || text[i + 1] === "\u2013") && text[i + 2] === " ") break;
    i++;
  }
  return i;
}

export const rule: DetailRule = {
  id: "trigger",
  detail: "trigger",
  meta,
  check(ctx: Context, _state: State): DetailResult {
    const candidates: Candidate[] = [];
    for (const u of factUnits(ctx)) {
      const labelled = u.label !== null && TRIGGER_LABEL.test(u.label);
      const relevant = labelled || NEXT_REF.test(u.text) || CONTEXT.test(u.text);
      STANDALONE_FUZZY.lastIndex = 0;
      let s: RegExpExecArray | null;
      while ((s = STANDALONE_FUZZY.exec(u.text)) !== null) {
        const start = u.start + s.index;
        candidates.push({ status: "vague", start, end: extendToClause(ctx.text, start + s[0].length, u.end, ".;", 30) });
      }
      if (!relevant) continue;
      CONNECTOR.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = CONNECTOR.exec(u.text)) !== null) {
        const start = u.start + m.index;
        const end = clauseAfter(ctx.text, start + m[0].length, u.end);
        const clause = ctx.text.slice(start + m[0].length, end).replace(/\u2019/g, "'");
        if (FUZZY.test(clause)) candidates.push({ status: "vague", start, end });
        else if (EVENT.test(clause) || DATE.test(clause)) candidates.push({ status: "present", start, end });
      }
      if (labelled && u.label !== null) {
        const valueStart = u.start + u.text.indexOf(":") + 1;
        const end = clauseAfter(ctx.text, valueStart, u.end);
        const value = ctx.text.slice(valueStart, end);
        if (!FUZZY.test(value) && (EVENT.test(value) || DATE.test(value)) && !candidates.some((c) => c.start >= valueStart && c.start < u.end)) {
          candidates.push({ status: "present", start: valueStart + (value.length - value.replace(/^\s+/, "").length), end });
        }
      }
    }
    const present = candidates.find((c) => c.status === "present");
    if (present) {
      const e = evidenceOf(ctx, present.start, present.end);
      return { status: "present", evidence: [e], messageId: "present", data: { trigger: e.text } };
    }
    const vague = candidates.find((c) => c.status === "vague");
    if (vague) {
      const e = evidenceOf(ctx, vague.start, vague.end);
      return { status: "vague", evidence: [e], messageId: "vague", data: { trigger: e.text } };
    }
    return { status: "missing", evidence: [], messageId: "missing" };
  },
};
