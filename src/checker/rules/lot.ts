/**
 * lot: how much production starts now. Present for an exact figure or a lot identifier in a release
 * instruction; vague for a lot with no firm boundary (approximate, capacity- or shop-defined,
 * contradictory, a payment's scope); missing when nothing starts (samples only, holds, negated).
 */
import type { Context } from "../context";
import { evidenceOf, factUnits, unitAt } from "../context";
import type { RuleMeta } from "../messages";
import { re } from "../patterns";
import type { DetailResult, DetailRule, State } from "./detail";
import type { Evidence } from "../types";
import { withUnit } from "./detail";
import { NEXT_REF } from "./shared";

export const meta: RuleMeta = {
  type: "detail",
  description: "The exact lot or quantity released now",
  messages: {
    present: "Releases {{lot}} now.",
    presentId: "Releases {{lot}} now (the lot the order defines).",
    // The vague-release finding already words it; the detail repeats that sentence so the pane and the send alert say it once.
    vaguePhrase: "{{finding}}",
    approximate: "\u201c{{phrase}}\u201d is approximate: name the exact quantity.",
    conflict: "The released quantity contradicts the order: {{released}} released, but {{open}} are open.",
    generic: "\u201c{{phrase}}\u201d has no size: name the exact quantity.",
    paymentScope: "The only figure describes what a payment covered, not a released lot.",
    missing: "Name the exact lot released now (quantity and unit, or a lot id).",
    nothingStarts: "No production quantity starts with this email.",
  },
};

const NOTHING_STARTS = re("\\b(?:don't|do not|please don't|please do not) start (?:anything|production|yet)\\b|\\bnothing (?:in this (?:e-?mail|message) releases|goes into production|starts|is released)\\b|\\bnothing to (?:print|start) yet\\b");
const RELEASE_CUE = re("\\b(?:releas\\w*|approv\\w*|go[\\s-]ahead|start\\w*|print\\w*|moves?|proceed|run|make)\\b");
const PAYMENT = re("\\b(?:paid|payment|proforma|invoice|remittance)\\b");
const GENERIC_LOT = re("\\b(?:(?:the|a|an|our)\\s+)?(?:first|initial|opening|pilot|trial|small|starter)\\s+(?:lot|batch|run|tranche)\\b", "g");

const RELEASED_IDS = new WeakMap<Context, Evidence[]>();

/** Lot identifiers that a release instruction names ("You can start LOT-2026-031"), not the next lot, not negated. */
export function releasedLotIds(ctx: Context): Evidence[] {
  // The lot rule, the kind classifier and vague-release all ask; work it out once per analysis.
  const known = RELEASED_IDS.get(ctx);
  if (known) return known;
  const units = factUnits(ctx);
  const out: Evidence[] = [];
  for (const id of ctx.lotIds) {
    const unit = unitAt(units, id.range[0]);
    if (!unit || !RELEASE_CUE.test(unit.text)) continue;
    if (NEXT_REF.test(id.text) || /\blots\b/i.test(id.text)) continue;
    if (NOTHING_STARTS.test(unit.text) || /\b(?:not|n't|never)\b/i.test(unit.text.slice(0, id.range[0] - unit.start))) continue;
    if (/\bnot released|\bon hold|\bheld\b|\bwait/i.test(unit.text.slice(id.range[1] - unit.start, id.range[1] - unit.start + 40))) continue;
    out.push(id);
  }
  RELEASED_IDS.set(ctx, out);
  return out;
}

function lotIdInRelease(ctx: Context): DetailResult | null {
  const ids = releasedLotIds(ctx);
  return ids.length ? { status: "present", evidence: [ids[0]], messageId: "presentId", data: { lot: ids[0].text } } : null;
}

export const rule: DetailRule = {
  id: "lot",
  detail: "lot",
  meta,
  check(ctx: Context, state: State): DetailResult {
    const lotPhrase = state.vague.find((h) => h.scope === "lot");
    if (lotPhrase) return { status: "vague", evidence: [{ range: lotPhrase.finding.range, text: lotPhrase.finding.text }], messageId: "vaguePhrase", data: { finding: lotPhrase.finding.message } };
    const released = ctx.quantities.filter((q) => q.role === "release");
    const exact = released.filter((q) => !q.approx);
    if (state.lotConflict && exact.length) {
      return { status: "vague", evidence: exact.map((q) => withUnit(ctx, q)), messageId: "conflict", data: { released: state.figures.released ?? "", open: (state.figures.total ?? 0) - (state.figures.done ?? 0) } };
    }
    if (exact.length) {
      // One piece of evidence per figure: "25 units … these 25 units" quotes the lot once.
      const seen = new Set<number>();
      const distinct = exact.filter((q) => !seen.has(q.value) && seen.add(q.value) !== undefined);
      const first = withUnit(ctx, distinct[0]);
      return { status: "present", evidence: distinct.map((q) => withUnit(ctx, q)), messageId: "present", data: { lot: first.text } };
    }
    if (state.kind === "full-production") {
      const scoped = ctx.quantities.filter((q) => (q.role === "total" || q.role === "none") && !q.approx && (q.unit !== null || q.noun !== null));
      if (scoped.length) return { status: "present", evidence: [withUnit(ctx, scoped[0])], messageId: "present", data: { lot: withUnit(ctx, scoped[0]).text } };
    }
    if (released.length) {
      const q = released[0];
      return { status: "vague", evidence: [withUnit(ctx, q)], messageId: "approximate", data: { phrase: withUnit(ctx, q).text } };
    }
    if (ctx.units.some((u) => NOTHING_STARTS.test(u.text))) return { status: "missing", evidence: [], messageId: "nothingStarts" };
    if (state.kind !== "sample-only" && state.kind !== "not-a-release") {
      const byId = lotIdInRelease(ctx);
      if (byId) return byId;
    }
    for (const u of ctx.units) {
      GENERIC_LOT.lastIndex = 0;
      const m = GENERIC_LOT.exec(u.text);
      if (m && RELEASE_CUE.test(u.text) && !NOTHING_STARTS.test(u.text)) {
        const start = u.start + m.index;
        return { status: "vague", evidence: [evidenceOf(ctx, start, start + m[0].length)], messageId: "generic", data: { phrase: m[0] } };
      }
    }
    const units = factUnits(ctx);
    const paid = ctx.quantities.filter((q) => q.role === "payment" || PAYMENT.test(units[q.unitIndex].text));
    if (paid.length && state.vague.length) return { status: "vague", evidence: [withUnit(ctx, paid[0])], messageId: "paymentScope" };
    return { status: "missing", evidence: [], messageId: state.kind === "sample-only" || state.kind === "hold" ? "nothingStarts" : "missing" };
  },
};
