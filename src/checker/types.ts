/**
 * The one result shape shared by the task pane, the send-time check, the CLI and the tests.
 * See shared/design/report-format.md. Fields may be added; existing ones keep name and meaning.
 *
 * Positions: every `range` is `[start, end)`, 0-based UTF-16 offsets into the exact string given
 * to `analyze`, so `text === input.slice(start, end)` always holds. There is no other position format.
 */

export type ReleaseKind =
  | "first-lot"
  | "sample-only"
  | "shipment-window"
  | "full-production"
  | "hold"
  | "payment-trigger"
  | "pause"
  | "not-a-release";

export const RELEASE_KINDS: readonly ReleaseKind[] = [
  "first-lot",
  "sample-only",
  "shipment-window",
  "full-production",
  "hold",
  "payment-trigger",
  "pause",
  "not-a-release",
];

export type Verdict = "clean" | "incomplete" | "vague" | "not-a-release";

export type DetailStatus = "present" | "vague" | "missing";

/** The five details of a staged release, in the order a buyer reads them. */
export type DetailKey = "lot" | "balance" | "trigger" | "revisionMaterial" | "approver";

export const DETAIL_KEYS: readonly DetailKey[] = ["lot", "balance", "trigger", "revisionMaterial", "approver"];

export type Range = [start: number, end: number];

export interface Evidence {
  range: Range;
  text: string;
}

export interface Detail {
  status: DetailStatus;
  evidence: Evidence[];
  /** One line for the buyer, from the message templates (src/checker/messages.ts). */
  message: string;
  /** Whether the detected (or given) kind requires this detail; added field. */
  required?: boolean;
}

export type Severity = "error" | "warning" | "info";

export interface Suggestion {
  message: string;
  replacement?: string;
}

export interface Finding {
  ruleId: string;
  /** Template id within the rule's messages (tests assert this, UIs show `message`). Added field. */
  messageId?: string;
  severity: Severity;
  message: string;
  range: Range;
  text: string;
  suggestions?: Suggestion[];
}

export interface Quantities {
  released: number | null;
  onHold: number | null;
  total: number | null;
  unit: string | null;
}

export interface Report {
  kind: ReleaseKind;
  verdict: Verdict;
  details: Record<DetailKey, Detail>;
  /** Sorted by range start. */
  findings: Finding[];
  quantities: Quantities;
}

/** What a policy may say; validated against docs/policy.schema.json before it reaches analyze. */
export type Requirement = "required" | "optional" | "must-be-missing";

export interface PolicyBannedPhrase {
  phrase: string;
  suggestion?: string;
  severity?: Severity;
}

export interface PolicyApprover {
  name: string;
  role?: string;
}

export interface Policy {
  /** Per kind, which details are required. Unlisted keys keep the built-in requirement. */
  requirements?: Partial<Record<ReleaseKind, Partial<Record<DetailKey, Requirement>>>>;
  bannedPhrases?: PolicyBannedPhrase[];
  /** When non-empty, an approver not on this list is flagged. */
  approvers?: PolicyApprover[];
  materials?: string[];
  units?: string[];
  /** How the send-time check reacts per severity. */
  sendCheck?: Partial<Record<Severity, "allow" | "warn" | "block">>;
}

export interface AnalyzeOptions {
  /** The buyer's correction of the detected kind. */
  kind?: ReleaseKind;
  policy?: Policy;
}

/** The first-lot block the builder inserts. Other kinds extend it (see BlockFieldsByKind). */
export interface BlockFields {
  lotId: string;
  /** A positive whole number. */
  lotQuantity: number;
  unit: string;
  /** When given, balanceQuantity defaults to orderTotal − lotQuantity. */
  orderTotal?: number;
  balanceQuantity?: number;
  orderRef?: string;
  trigger: string;
  revision: string;
  material: string;
  approverName: string;
  approverRole?: string;
  needBy?: string;
}

export interface Block {
  text: string;
  html: string;
}

/** The kinds the builder has a block template for. */
export type BlockKind = Exclude<ReleaseKind, "not-a-release">;

/**
 * The fields of any kind's block. Which are required depends on the kind (KIND_BLOCK_FIELDS in
 * src/checker/block.ts); the first-lot block needs exactly the BlockFields.
 */
export interface KindBlockFields {
  kind: BlockKind;
  lotId?: string;
  /** The quantity that moves now: the lot, the window's quantity, the samples, the full run, or the lot after a cut. */
  lotQuantity?: number;
  unit: string;
  orderTotal?: number;
  balanceQuantity?: number;
  orderRef?: string;
  trigger?: string;
  revision?: string;
  material?: string;
  approverName?: string;
  approverRole?: string;
  needBy?: string;
  /** shipment-window: the window, as the buyer names it ("week 47", "17–21 November"). */
  windowLabel?: string;
  /** pause: the lot's quantity before the cut. */
  previousQuantity?: number;
}
