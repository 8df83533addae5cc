/**
 * approver: who may sign off the next lot or release. Present for a person or role tied to the
 * next release ("only Gideon Forsberg (Test Lab Manager) can release B2"; "me" when the signature
 * names the writer). Vague for "we", "someone from our side", or a named party whose power to
 * release is never stated. Missing when nobody is identified — a signature or a "Release
 * authority" line covers this release only, and "lot 2 starts automatically" removes the step.
 */
import type { Context } from "../context";
import { evidenceOf, factUnits } from "../context";
import type { RuleMeta } from "../messages";
import { extendToClause, headClause, re } from "../patterns";
import type { Unit } from "../text";
import type { DetailResult, DetailRule, State } from "./detail";
import { AUTHORITY, NEXT_REF, NOT_A_NAME, PERSON, ROLE, WE_WORDS } from "./shared";

export const meta: RuleMeta = {
  type: "detail",
  description: "Who is authorised to approve the next lot",
  messages: {
    present: "Next release approved by {{approver}}.",
    vague: "\u201c{{phrase}}\u201d does not name who approves the next lot: name a person or role.",
    missing: "Name who approves the next lot (a person or role, e.g. \u201cDana Ortiz, Purchasing\u201d).",
    automatic: "The next lot starts with nobody approving it: name who releases it.",
  },
};

const APPROVER_LABEL = re("\\b(?:approv\\w*|who releases|release(?:d)? by|restart authority|sign-?off|authori[sz]\\w*|lot\\s*(?:2|two|b)\\s+(?:approval|release)|production release)\\b", "i");
const NEXT_LABEL = re("\\b(?:next|restart|who releases|further)\\b", "i");
const ME = re("\\b(?:me|myself|I)\\b");
const ONLY = re("\\bonly ", "g");
const CAN_RELEASE = re(" (?:can|may|will) (?:release|approve|sign off)\\b");
const WE_NEXT = re(
  "\\b(?:we(?:'ll| will| can| shall)?|someone from our side|somebody|someone) (?:will )?(?:see|come back|let you know|be in touch|work out|figure out|sort|decide|look at|issue|get back|tell you|confirm|revert)\\b",
  "i",
);

/** "only Gideon Forsberg (Test Lab Manager) can release B2" → "Gideon Forsberg (Test Lab Manager)". */
function onlyCanRelease(unit: Unit): { start: number; end: number } | null {
  ONLY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ONLY.exec(unit.text)) !== null) {
    const from = m.index + m[0].length;
    const window = headClause(unit.text.slice(from, from + 100), ",.;", 100);
    const c = CAN_RELEASE.exec(window);
    if (c && c.index > 0) return { start: unit.start + from, end: unit.start + from + c.index };
  }
  return null;
}
const JUDGED_BY_NAME = re("\\b(?:until|once|when)\\s+([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s+(?:is|are|feels?)\\s+(?:happy|satisfied|comfortable|ok|okay|fine)\\b");
const CONFIRMS_ONLY = re("\\bconfirmations? (?:come|comes|arrive) from\\b|\\bconfirmed by\\b", "i");
const AUTOMATIC = re("\\b(?:starts?|released|proceeds?|goes ahead) automatically\\b|\\bno further (?:e-?mail|approval|release|confirmation) (?:is )?needed\\b", "i");

function personIn(unit: Unit, ctx: Context): { start: number; end: number } | null {
  PERSON.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERSON.exec(unit.text)) !== null) {
    const first = m[0].replace(/^(?:Dr|Mr|Ms|Mrs)\.?\s+/, "").split(/\s+/)[0];
    if (NOT_A_NAME.has(first)) continue;
    return { start: unit.start + m.index, end: unit.start + m.index + m[0].length };
  }
  const role = ROLE.exec(unit.text);
  if (role) return { start: unit.start + role.index, end: unit.start + role.index + role[0].length };
  const me = ME.exec(unit.text);
  if (me && ctx.signedByName) return { start: unit.start + me.index, end: unit.start + me.index + me[0].length };
  return null;
}

export const rule: DetailRule = {
  id: "approver",
  detail: "approver",
  meta,
  check(ctx: Context, _state: State): DetailResult {
    let vague: { start: number; end: number } | null = null;
    let automatic: { start: number; end: number } | null = null;
    for (const u of factUnits(ctx)) {
      // "Release authority" or "Approved by" covers this release only; the label must point at the next one.
      const labelled = u.label !== null && APPROVER_LABEL.test(u.label) && (NEXT_REF.test(u.label) || NEXT_LABEL.test(u.label));
      const only = onlyCanRelease(u);
      if (only && !WE_WORDS.test(ctx.text.slice(only.start, only.end))) {
        const e = evidenceOf(ctx, only.start, only.end);
        return { status: "present", evidence: [e], messageId: "present", data: { approver: e.text } };
      }
      const aboutNext = labelled || NEXT_REF.test(u.text) || (u.label !== null && NEXT_REF.test(u.label));
      if (aboutNext && (labelled || AUTHORITY.test(u.text))) {
        const who = personIn(u, ctx);
        if (who && !/accounts payable/i.test(ctx.text.slice(who.start, who.end))) {
          const e = evidenceOf(ctx, who.start, who.end);
          return { status: "present", evidence: [e], messageId: "present", data: { approver: e.text } };
        }
      }
      if (!vague) {
        const we = WE_NEXT.exec(u.text) ?? JUDGED_BY_NAME.exec(u.text) ?? CONFIRMS_ONLY.exec(u.text);
        if (we && (aboutNext || WE_NEXT.test(u.text) || JUDGED_BY_NAME.test(u.text) || CONFIRMS_ONLY.test(u.text))) {
          const start = u.start + we.index;
          vague = { start, end: extendToClause(ctx.text, start + we[0].length, u.end, ".;", 40) };
        } else if (aboutNext && AUTHORITY.test(u.text) && WE_WORDS.test(u.text)) {
          const w = WE_WORDS.exec(u.text) as RegExpExecArray;
          vague = { start: u.start + w.index, end: u.start + w.index + w[0].length };
        }
      }
      if (!automatic) {
        const a = AUTOMATIC.exec(u.text);
        if (a) automatic = { start: u.start + a.index, end: u.start + a.index + a[0].length };
      }
    }
    if (automatic) return { status: "missing", evidence: [evidenceOf(ctx, automatic.start, automatic.end)], messageId: "automatic" };
    if (vague) {
      const e = evidenceOf(ctx, vague.start, vague.end);
      return { status: "vague", evidence: [e], messageId: "vague", data: { phrase: e.text } };
    }
    return { status: "missing", evidence: [], messageId: "missing" };
  },
};
