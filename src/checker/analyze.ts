/**
 * analyze: does this email release production clearly, or will the shop have to guess?
 * normalize → split off the quoted thread → find facts → rules → verdict. Pure: no Office, DOM,
 * clock or network; never throws on any string.
 */
import { buildContext, type Context } from "./context";
import { combine, type RoledQuantity } from "./facts";
import { classify, needOf } from "./kinds";
import { formatMessage } from "./messages";
import type { Figures, State } from "./rules/detail";
import { DETAIL_RULES, policyRules, quantityArithmetic, vagueRelease } from "./rules";
import { findBlocksInText } from "./block";
import {
  DETAIL_KEYS,
  type AnalyzeOptions,
  type Detail,
  type DetailKey,
  type Finding,
  type ReleaseKind,
  type Report,
  RELEASE_KINDS,
} from "./types";

/** Inputs longer than this are cut for the judgement (Outlook bodies stop at 1,000,000 characters). */
export const MAX_ANALYZED_CHARS = 1_000_000;

function figures(ctx: Context): Figures {
  const units = ctx.units.concat(ctx.adoptedUnits);
  const of = (role: RoledQuantity["role"]): RoledQuantity[] => ctx.quantities.filter((q) => q.role === role);
  const released = of("release").filter((q) => !q.approx);
  const units0 = ctx.quantities.find((q) => q.role === "release" && q.unit) ?? ctx.quantities.find((q) => q.unit);
  return {
    released: combine(released, units),
    onHold: combine(of("hold"), units),
    total: combine(of("total"), units),
    releasedToDate: combine(of("releasedToDate"), units),
    done: combine(of("done"), units),
    unit: units0 && units0.unit ? units0.unit : null,
    approximate: of("release").filter((q) => q.approx),
  };
}

function emptyReport(): Report {
  const missing = (): Detail => ({ status: "missing", evidence: [], message: "", required: false });
  return {
    kind: "not-a-release",
    verdict: "not-a-release",
    details: { lot: missing(), balance: missing(), trigger: missing(), revisionMaterial: missing(), approver: missing() },
    findings: [],
    quantities: { released: null, onHold: null, total: null, unit: null },
  };
}

function isRequired(kind: ReleaseKind, key: DetailKey, lotStatus: Detail["status"], options: AnalyzeOptions | undefined): boolean {
  const need = needOf(kind, key, options?.policy);
  if (need === "required") return true;
  if (need === "if-starting") return lotStatus !== "missing";
  return false;
}

/** analyze without the safety net, for tests that must see a rule throw. */
export function analyzeUnsafe(input: string, options?: AnalyzeOptions): Report {
  const text = input.length > MAX_ANALYZED_CHARS ? input.slice(0, MAX_ANALYZED_CHARS) : input;
  const ctx = buildContext(text, options?.policy);
  const vague = vagueRelease.check(ctx);
  // A Release Guard block in the writer's text is the explicit instruction: it binds the loose
  // wording around it ("go ahead with the first batch" above a block that names Lot 1 = 25 units).
  const blocks = findBlocksInText(text).filter((b) => b.start < ctx.currentEnd);
  const binding = blocks.length > 0 ? vague.filter((h) => h.scope !== "balance") : [];
  const active = vague.filter((h) => !binding.includes(h));
  const detected = classify(ctx, active);
  const kind: ReleaseKind = options?.kind && RELEASE_KINDS.includes(options.kind) ? options.kind : detected;
  const f = figures(ctx);
  // A full release moves the whole open quantity: "all 480 units" is what is released.
  if (kind === "full-production" && f.released === null && f.total !== null) f.released = f.total;
  const arithmetic = quantityArithmetic.check(ctx, f, kind === "full-production");
  const state: State = { kind, vague: active, figures: f, mismatch: arithmetic.mismatch, lotConflict: arithmetic.lotConflict };

  const details = {} as Record<DetailKey, Detail>;
  for (const key of DETAIL_KEYS) {
    const rule = DETAIL_RULES[key];
    const r = rule.check(ctx, state);
    details[key] = { status: r.status, evidence: r.evidence, message: formatMessage(rule.meta.messages[r.messageId] ?? r.messageId, r.data), required: false };
  }
  for (const key of DETAIL_KEYS) details[key].required = kind !== "not-a-release" && isRequired(kind, key, details.lot.status, options);
  // must-be-missing: samples never form a production lot, so a lot in a sample-only email is wrong.
  const mustBeMissing = DETAIL_KEYS.filter((k) => kind !== "not-a-release" && needOf(kind, k, options?.policy) === "must-be-missing" && details[k].status !== "missing");

  const findings: Finding[] = active.map((h) => h.finding).concat(arithmetic.findings);
  for (const h of binding) {
    findings.push({ ...h.finding, severity: "info", messageId: "boundByBlock", message: `${h.finding.message} The approval block below states the exact lot, so the shop reads the block.` });
  }
  findings.push(...policyRules.bannedPhrases(ctx));
  if (details.approver.status === "present") findings.push(...policyRules.unauthorisedApprover(ctx, details.approver.evidence));
  findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);

  const hasVagueInstruction = findings.some((x) => x.severity === "error" && (x.ruleId === "vague-release" || x.ruleId === "policy-banned-phrase"));
  const policyError = findings.some((x) => x.severity === "error" && x.ruleId === "policy-approver");
  let verdict: Report["verdict"];
  if (hasVagueInstruction) verdict = "vague";
  else if (kind === "not-a-release") verdict = "not-a-release";
  else if (mustBeMissing.length || policyError || DETAIL_KEYS.some((k) => details[k].required && details[k].status !== "present")) verdict = "incomplete";
  else verdict = "clean";

  return {
    kind,
    verdict,
    details,
    findings,
    quantities: { released: f.released, onHold: f.onHold, total: f.total, unit: f.unit },
  };
}

/**
 * Judges one email body (plain text).
 * @example
 * analyze("Samples look great. Go ahead with the first batch.").verdict //=> "vague"
 */
export function analyze(text: string, options?: AnalyzeOptions): Report {
  if (typeof text !== "string") return emptyReport();
  try {
    return analyzeUnsafe(text, options);
  } catch {
    // Never throw on any string: a defect in a rule must not cost the buyer their send or their pane.
    return emptyReport();
  }
}
