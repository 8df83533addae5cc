/**
 * quantity-arithmetic: when the order total, the lot and the balance are all stated, they must add
 * up (ordered = released to date + this lot + held). A full release of "everything still open"
 * must equal what is open.
 */
import type { Context } from "../context";
import type { RuleMeta } from "../messages";
import { formatMessage } from "../messages";
import { re } from "../patterns";
import type { Finding } from "../types";
import type { Figures } from "./detail";

export const id = "quantity-arithmetic";

export const meta: RuleMeta = {
  type: "consistency",
  description: "Released, held and ordered quantities must add up",
  messages: {
    mismatch: "{{released}} released + {{onHold}} on hold = {{sum}}, but the order is {{total}}{{toDate}}.",
    openConflict: "{{released}} released as everything still open, but {{open}} are open ({{total}} ordered \u2212 {{done}} done).",
    suggest: "Restate the split so that it adds up",
  },
};

const CLAIMS_ALL_OPEN = re("\\b(?:everything (?:still )?open|entire open quantity|all (?:the )?remaining|whole balance|the balance of)\\b");

export interface ArithmeticResult {
  mismatch: boolean;
  lotConflict: boolean;
  findings: Finding[];
}

function span(ctx: Context, role: string): [number, number] {
  const qs = ctx.quantities.filter((q) => q.role === role);
  if (!qs.length) return [0, 0];
  return [qs[0].start, qs[qs.length - 1].end];
}

export function check(ctx: Context, f: Figures, fullRelease: boolean): ArithmeticResult {
  const findings: Finding[] = [];
  let mismatch = false;
  let lotConflict = false;
  if (f.released !== null && f.onHold !== null && f.total !== null) {
    const toDate = f.releasedToDate ?? 0;
    if (toDate + f.released + f.onHold !== f.total) {
      mismatch = true;
      const range = span(ctx, "hold");
      findings.push({
        ruleId: id,
        messageId: "mismatch",
        severity: "error",
        message: formatMessage(meta.messages.mismatch, { released: f.released, onHold: f.onHold, sum: toDate + f.released + f.onHold, total: f.total, toDate: toDate ? ` with ${toDate} released to date` : "" }),
        range,
        text: ctx.text.slice(range[0], range[1]),
        suggestions: [{ message: meta.messages.suggest, replacement: `release ${f.released}, hold the remaining ${f.total - toDate - f.released}` }],
      });
    }
  }
  if (fullRelease && f.released !== null && f.total !== null && f.done !== null && f.released + f.done !== f.total && ctx.units.some((u) => CLAIMS_ALL_OPEN.test(u.text))) {
    lotConflict = true;
    const range = span(ctx, "release");
    findings.push({
      ruleId: id,
      messageId: "openConflict",
      severity: "error",
      message: formatMessage(meta.messages.openConflict, { released: f.released, open: f.total - f.done, total: f.total, done: f.done }),
      range,
      text: ctx.text.slice(range[0], range[1]),
    });
  }
  return { mismatch, lotConflict, findings };
}
