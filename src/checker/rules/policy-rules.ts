/**
 * Rules an organisation adds through its policy: banned phrases (with the admin's suggested
 * rewrite) and an authorised-approver list (an approver not on it is flagged).
 */
import type { Context } from "../context";
import type { RuleMeta } from "../messages";
import { formatMessage } from "../messages";
import { phraseSource } from "../patterns";
import type { Evidence, Finding } from "../types";
import { negatedBefore } from "./shared";

export const meta: RuleMeta = {
  type: "policy",
  description: "Your organisation's release policy",
  messages: {
    banned: "\u201c{{phrase}}\u201d is not allowed by your organisation's release policy.",
    unauthorised: "{{approver}} is not on your organisation's list of authorised approvers.",
    suggestList: "Name one of: {{names}}",
  },
};

export function bannedPhrases(ctx: Context): Finding[] {
  const list = ctx.policy?.bannedPhrases ?? [];
  const out: Finding[] = [];
  for (const entry of list) {
    if (!entry.phrase.trim()) continue;
    // Built per policy entry, not registered: phraseSource yields escaped literals joined by \\s+, which cannot backtrack.
    const pattern = new RegExp(phraseSource([entry.phrase]), "gi");
    for (const u of ctx.units) {
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(u.text)) !== null) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        if (negatedBefore(u.text.slice(Math.max(0, m.index - 40), m.index).toLowerCase())) continue;
        const start = u.start + m.index;
        out.push({
          ruleId: "policy-banned-phrase",
          messageId: "banned",
          severity: entry.severity ?? "warning",
          message: formatMessage(meta.messages.banned, { phrase: m[0] }),
          range: [start, start + m[0].length],
          text: m[0],
          suggestions: entry.suggestion ? [{ message: entry.suggestion, replacement: entry.suggestion }] : undefined,
        });
      }
    }
  }
  return out;
}

/** Flags an approver that the policy's list does not contain (names compared case- and space-insensitively). */
export function unauthorisedApprover(ctx: Context, approverEvidence: readonly Evidence[]): Finding[] {
  const list = ctx.policy?.approvers ?? [];
  if (!list.length || !approverEvidence.length) return [];
  const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();
  const e = approverEvidence[0];
  const said = norm(e.text);
  if (/^(?:me|myself|i)$/.test(said)) return [];
  const ok = list.some((a) => said.includes(norm(a.name)) || norm(a.name).includes(said) || (a.role !== undefined && said.includes(norm(a.role))));
  if (ok) return [];
  return [
    {
      ruleId: "policy-approver",
      messageId: "unauthorised",
      severity: "error",
      message: formatMessage(meta.messages.unauthorised, { approver: e.text }),
      range: e.range,
      text: e.text,
      suggestions: [{ message: formatMessage(meta.messages.suggestList, { names: list.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(", ") }) }],
    },
  ];
}
