/**
 * When the send-time check cannot run (the body could not be read, the check threw, or it did not
 * finish in time) the message is sent unchecked and the failure is kept in roaming settings, so the
 * task pane can tell the buyer the next time it opens. Roaming settings are per user, ≤ 32 KB, and
 * available in every Outlook runtime (the classic-Windows JavaScript-only runtime has no
 * localStorage or cookies). Works on any `SettingsStore`, so it is tested without Office.
 */
import type { SettingsStore } from "../office/types";
import { LAST_SEND_FAILURE_KEY } from "./ids";

export type SendCheckFailureReason = "body-unreadable" | "analysis-failed" | "timeout" | "internal-error";

/** What the handler reports: no clock, no body text. */
export interface SendCheckFailure {
  reason: SendCheckFailureReason;
  /** One sentence for the buyer. */
  message: string;
}

/** What is stored: the failure plus when it happened (ISO 8601), added by the entry. */
export interface SendCheckFailureRecord extends SendCheckFailure {
  at?: string;
}

const REASONS: readonly SendCheckFailureReason[] = ["body-unreadable", "analysis-failed", "timeout", "internal-error"];

/**
 * The recorded failure, or `undefined` when there is none or the stored value is not one of ours.
 * @example readLastSendFailure(store) //=> { reason: "timeout", message: "…", at: "2025-01-01T09:00:00.000Z" }
 */
export function readLastSendFailure(settings: SettingsStore): SendCheckFailureRecord | undefined {
  let value: unknown;
  try {
    value = settings.get(LAST_SEND_FAILURE_KEY);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== "object") return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.reason !== "string" || REASONS.indexOf(v.reason as SendCheckFailureReason) < 0) return undefined;
  if (typeof v.message !== "string") return undefined;
  const record: SendCheckFailureRecord = { reason: v.reason as SendCheckFailureReason, message: v.message };
  if (typeof v.at === "string") record.at = v.at;
  return record;
}

/** Stores the failure (replacing any earlier one) and saves the settings. */
export async function writeLastSendFailure(settings: SettingsStore, record: SendCheckFailureRecord): Promise<void> {
  const stored: SendCheckFailureRecord = { reason: record.reason, message: record.message };
  if (record.at !== undefined) stored.at = record.at;
  settings.set(LAST_SEND_FAILURE_KEY, stored);
  await settings.save();
}

/** Forgets the recorded failure (call once the task pane has shown it) and saves the settings. */
export async function clearLastSendFailure(settings: SettingsStore): Promise<void> {
  settings.remove(LAST_SEND_FAILURE_KEY);
  await settings.save();
}
