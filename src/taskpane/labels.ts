/** The pane's words for the checker's codes: what a buyer reads, never an internal id. */
import type { DetailKey, DetailStatus, ReleaseKind, Severity, Verdict } from "../checker/types";

/**
 * Short kind names for the spoken verdict. The banner and the kind picker show the checker's full
 * plain-words labels (KIND_LABELS from src/checker), e.g. "Sample-only approval — no production
 * quantity released".
 */
export const KIND_SHORT_LABELS: Record<ReleaseKind, string> = {
  "first-lot": "First-lot release",
  "sample-only": "Sample-only approval",
  "shipment-window": "Shipment-window release",
  "full-production": "Full production sign-off",
  hold: "Hold until a condition is met",
  "payment-trigger": "Payment-triggered release",
  pause: "Pause or narrowing of released work",
  "not-a-release": "Not a release",
};

export interface VerdictText {
  title: string;
  summary: string;
}

export const VERDICT_TEXT: Record<Verdict, VerdictText> = {
  clean: { title: "Clean release", summary: "Every detail the shop needs is stated." },
  incomplete: { title: "Needs attention", summary: "Some details are missing or not exact enough." },
  vague: { title: "Vague release", summary: "The shop would have to guess what to run." },
  "not-a-release": {
    title: "Not a release",
    summary: "This email doesn't release any production — nothing to check.",
  },
};

export const DETAIL_LABELS: Record<DetailKey, string> = {
  lot: "Lot released now",
  balance: "Balance on hold",
  trigger: "Trigger for the next release",
  revisionMaterial: "Revision and material",
  approver: "Next-lot approver",
};

export const STATUS_LABELS: Record<DetailStatus, string> = {
  present: "Stated",
  vague: "Vague",
  missing: "Missing",
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: "Problem",
  warning: "Warning",
  info: "Note",
};

/** What the live region says when the verdict changes. */
export function verdictAnnouncement(verdict: Verdict, kind: ReleaseKind): string {
  const text = VERDICT_TEXT[verdict];
  if (verdict === "not-a-release") return `Release Guard: ${text.title}.`;
  return `Release Guard: ${text.title} (${KIND_SHORT_LABELS[kind]}).`;
}

/**
 * The words before a policy error in the pane. The same text as POLICY_ERROR_LEAD in
 * src/policy/load-browser (test/taskpane/labels.test.ts keeps them equal); repeated here so the
 * pane's first bundle does not pull in the policy validator, which index.tsx loads on demand.
 */
export const POLICY_ERROR_LEAD = "Your organisation's policy could not be loaded: ";
