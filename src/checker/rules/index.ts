/**
 * The rule registry: an explicit, sorted map from id to module (no globbing). Detail rules decide
 * the five details; the others add findings.
 */
import * as approver from "./approver";
import * as balance from "./balance";
import * as lot from "./lot";
import * as policyRules from "./policy-rules";
import * as quantityArithmetic from "./quantity-arithmetic";
import * as revisionMaterial from "./revision-material";
import * as trigger from "./trigger";
import * as vagueRelease from "./vague-release";
import type { RuleMeta } from "../messages";
import type { DetailKey } from "../types";
import type { DetailRule } from "./detail";

export const DETAIL_RULES: Readonly<Record<DetailKey, DetailRule>> = {
  lot: lot.rule,
  balance: balance.rule,
  trigger: trigger.rule,
  revisionMaterial: revisionMaterial.rule,
  approver: approver.rule,
};

/** Every rule's id and meta, for docs, the CLI and the message-template tests. */
export const RULES: Readonly<Record<string, RuleMeta>> = {
  approver: approver.meta,
  balance: balance.meta,
  lot: lot.meta,
  "policy-approver": policyRules.meta,
  "policy-banned-phrase": policyRules.meta,
  "quantity-arithmetic": quantityArithmetic.meta,
  "revision-material": revisionMaterial.meta,
  trigger: trigger.meta,
  "vague-release": vagueRelease.meta,
};

export { approver, balance, lot, policyRules, quantityArithmetic, revisionMaterial, trigger, vagueRelease };
