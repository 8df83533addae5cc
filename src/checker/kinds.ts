/**
 * Release kinds: which kind an email is (judged from how it is framed) and what each kind
 * requires. The requirements are data — one table — so the verdict logic has no per-kind branches
 * and an organisation's policy can override single cells.
 */
import type { Context } from "./context";
import { findNear, re } from "./patterns";
import type { DetailKey, Policy, ReleaseKind } from "./types";
import type { VagueHit } from "./rules/vague-release";
import { negatedBefore } from "./rules/shared";
import { releasedLotIds } from "./rules/lot";

/**
 * required: must be present. optional: not judged. must-be-missing: present or vague is wrong
 * (sample-only: samples never form a production lot). if-starting: required only when something
 * starts now (the lot is not missing). not-applicable: nothing is held or follows (full release).
 */
export type Need = "required" | "optional" | "must-be-missing" | "if-starting" | "not-applicable";

export const KIND_REQUIREMENTS: Readonly<Record<ReleaseKind, Readonly<Record<DetailKey, Need>>>> = {
  "first-lot": { lot: "required", balance: "required", trigger: "required", revisionMaterial: "required", approver: "required" },
  "shipment-window": { lot: "required", balance: "required", trigger: "required", revisionMaterial: "required", approver: "required" },
  "payment-trigger": { lot: "required", balance: "required", trigger: "required", revisionMaterial: "required", approver: "required" },
  "sample-only": { lot: "must-be-missing", balance: "required", trigger: "required", revisionMaterial: "required", approver: "required" },
  hold: { lot: "if-starting", balance: "required", trigger: "required", revisionMaterial: "if-starting", approver: "required" },
  pause: { lot: "if-starting", balance: "required", trigger: "required", revisionMaterial: "if-starting", approver: "required" },
  "full-production": { lot: "required", balance: "not-applicable", trigger: "not-applicable", revisionMaterial: "required", approver: "not-applicable" },
  "not-a-release": { lot: "optional", balance: "optional", trigger: "optional", revisionMaterial: "optional", approver: "optional" },
};

/** The plain-words name of each kind, for the task pane and the CLI. */
export const KIND_LABELS: Readonly<Record<ReleaseKind, string>> = {
  "first-lot": "First-lot release \u2014 one lot moves, the balance stays on hold",
  "sample-only": "Sample-only approval \u2014 no production quantity released",
  "shipment-window": "Shipment-window release \u2014 bounded by delivery timing",
  "full-production": "Full production sign-off \u2014 the hold on the balance is removed",
  hold: "Hold \u2014 production waits for a named condition",
  "payment-trigger": "Payment-triggered release \u2014 a payment opens the next decision",
  pause: "Pause \u2014 work already released is stopped or cut back",
  "not-a-release": "Not a release \u2014 this email releases no production",
};

/** The requirement of one detail for a kind, with the organisation's policy applied. */
export function needOf(kind: ReleaseKind, key: DetailKey, policy: Policy | undefined): Need {
  const override = policy?.requirements?.[kind]?.[key];
  return override ?? KIND_REQUIREMENTS[kind][key];
}

// Mail that releases nothing, whatever words it borrows (tracking a lot, quoting an opening lot).
const NOT_A_RELEASE_MARKERS: readonly RegExp[] = [
  re("\\b(?:automatic reply|auto(?:matic)?[- ]reply|out of (?:the )?office|i(?:'m| am) (?:away|out of the office|on leave)|on (?:annual |parental )?leave until|won't be reading (?:my )?e-?mail)"),
  re("\\b(?:cancel(?:led|ed|lation|s)? (?:the|this|our|po|order)|cancellation (?:charge|fee|cost)|(?:customer|we) cancel(?:led|ed))"),
  re("\\b(?:(?:please|could you|can you|kindly|would you)\\s+(?:please\\s+)?quote\\b|request(?:ing)? (?:a |for )?quot(?:e|ation)|for budgeting(?: purposes)? only|price (?:it |them )?(?:for|at) (?:three|several|these|two|different) quantities)"),
  re("\\b(?:tracking (?:number|link|info|details|code)|has(?:n't| not) arrived|nothing has arrived|where is (?:our|my|the) (?:shipment|delivery|parcel))"),
  re("\\b(?:reissue|re-issue|credit note|bills? \\d+|billed (?:us )?for|overcharged|invoice (?:query|question|discrepancy))"),
  re("\\b(?:(?:could|can) we (?:get|have|set up|schedule|book|find) (?:\\d+|thirty|fifteen|sixty|half an hour|an hour|a call|a meeting|some time|a slot)|meeting (?:request|invite)|to plan the (?:second|next) lot)"),
];

const PAUSE = re("\\b(?:pause|paused|stop (?:printing|production|the run|work)|halt|suspend(?:ed)?|cut (?:back )?(?:from \\d+ )?to|is cut from|reduce[ds]? (?:lot|the lot|from|to)|change to (?:last week's|the|our|yesterday's|the earlier) release|put (?:it |them |everything )?back on hold)\\b");
const FULL = re("\\bfull(?: production)? (?:release|sign-?off|run)\\b|\\bfull steam ahead\\b|\\brelease (?:the )?(?:whole|entire|full|complete) (?:order|run|quantity|balance)\\b|\\b(?:entire|whole) open quantity\\b|\\beverything still open\\b|\\bdone with staging\\b|\\bfurther stages\\b|\\bremov\\w* the hold\\b|\\ball remaining (?:units|pcs|parts)\\b");
const PAYMENT = re("\\b(?:invoice|payment|paid|pays|proforma|remittance|prepayment|deposit)\\b");
const PAYMENT_CONTEXT = re("\\b(?:once|when|until|after|so|print\\w*|start\\w*|releas\\w*|lot\\s*(?:2|two|b)|hold|schedul\\w*|opens?)\\b");
const WINDOW = re("\\b(?:delivery|shipment|shipping|dispatch) (?:window|slot)s?\\b|\\bwindow\\s*\\d\\b|\\bpickups?\\b|\\bfor the (?:week \\d+|\\w+day's?) (?:delivery|shipment|pickup)\\b|\\bweek \\d+ (?:delivery|shipment)\\b");
const SAMPLE = re("\\bsamples? only\\b|\\bsample order\\b|\\bfirst[- ]articles?\\b|^\\W*samples? ?:|\\bare samples\\b|\\bfirst[- ]articles? (?:only|order)\\b|\\b\\d+ (?:more )?samples\\b");
const SAMPLE_VERB = re("\\b(?:keep )?(?:send|sending|print|printing|make|making|ship|shipping)\\b", "gi");
const SAMPLE_NOUN = re("\\bsamples?\\b");
const PRODUCTION = re("\\bproduction\\b", "gi");
const ON_HOLD = re("\\bon hold\\b");
const HOLD_ALL = re("\\bnothing (?:goes|is going|will go) into production\\b|\\bnothing in this (?:e-?mail|message) releases\\b|\\bhold (?:off|production)\\b|\\b(?:do not|don't) (?:start|begin|go ahead with|proceed with) (?:production|anything)\\b|\\bno production yet\\b|\\bnot (?:yet )?released\\b|\\bstays? on hold\\b");
const FIRST_LOT_FRAME = re("\\b(?:first|opening|initial|pilot) (?:lot|batch|run)\\b");
const RELEASE_SIGNAL = re("\\b(?:releas\\w*|approv\\w*|go[\\s-]ahead|start\\w*|print\\w*|proceed|production|on hold|hold|held|frozen|crack on|steam ahead|good to (?:print|go)|lot\\s*\\w+|batch|moves|run)\\b");

function anyUnit(ctx: Context, pattern: RegExp, unnegated = false): boolean {
  for (const u of ctx.units) {
    const m = pattern.exec(u.text);
    if (!m) continue;
    if (unnegated && negatedBefore(u.text.slice(Math.max(0, m.index - 40), m.index).toLowerCase())) continue;
    return true;
  }
  return false;
}

/** The kind of release the current text is, judged from its framing. */
export function classify(ctx: Context, vague: readonly VagueHit[]): ReleaseKind {
  const releasesLot = ctx.quantities.some((q) => q.role === "release" && q.unitIndex < ctx.units.length) || releasedLotIds(ctx).length > 0;
  const hasVague = vague.length > 0;
  if (!releasesLot && !hasVague && NOT_A_RELEASE_MARKERS.some((p) => anyUnit(ctx, p))) return "not-a-release";
  if (anyUnit(ctx, PAUSE, true)) return "pause";
  if (anyUnit(ctx, FULL, true)) return "full-production";
  const signal = hasVague || anyUnit(ctx, RELEASE_SIGNAL);
  if (!signal) return "not-a-release";
  if (ctx.units.some((u) => PAYMENT.test(u.text) && PAYMENT_CONTEXT.test(u.text))) return "payment-trigger";
  if (anyUnit(ctx, WINDOW)) return "shipment-window";
  if (!releasesLot && (anyUnit(ctx, SAMPLE) || ctx.units.some((u) => findNear(u.text, SAMPLE_VERB, SAMPLE_NOUN, 30, ".;\n") !== null))) return "sample-only";
  const holdsAll = anyUnit(ctx, HOLD_ALL) || ctx.units.some((u) => findNear(u.text, PRODUCTION, ON_HOLD, 40, ".") !== null);
  if (!releasesLot && holdsAll && !anyUnit(ctx, FIRST_LOT_FRAME)) return "hold";
  return "first-lot";
}
