/**
 * The preview's Send button, decoupled from the send handler: loads src/launchevent/simulate
 * lazily (its own chunk, so the preview's first paint does not wait for it) and describes what
 * Outlook would do. Returns null when the simulation cannot be loaded, and the page hides Send.
 */
import type { Policy } from "../checker/types";
import type { SettingsStore } from "../office/types";
import type { FakeOfficeItem } from "./fakeMailbox";

export type MailboxVersion = "1.12" | "1.14" | "1.15";
export const MAILBOX_VERSIONS: readonly MailboxVersion[] = ["1.15", "1.14", "1.12"];

/** The Smart Alerts dialog Outlook would show. */
export interface SendDialogModel {
  message: string;
  /** Markdown text shown instead of `message` by clients with Mailbox 1.15. */
  markdown?: string;
  /** The button that opens the task pane ("Fix release"), when the client supports it (1.14+). */
  fixLabel?: string;
  /** False when the organisation's policy blocks the send until it is fixed. */
  canSendAnyway: boolean;
}

export interface SendOutcome {
  allowed: boolean;
  dialog?: SendDialogModel;
  /** Set when the check could not run and the message went out unchecked. */
  failure?: { reason: string; message: string };
}

export interface SendOptions {
  mailboxVersion: MailboxVersion;
  settings?: SettingsStore;
  /** The organisation's policy the page loaded; none = built-in rules. */
  policy?: Policy;
}

export type SendFn = (item: FakeOfficeItem, opts: SendOptions) => Promise<SendOutcome>;

/**
 * @example
 * const send = await loadSend();
 * const outcome = await send?.(mailbox.item, { mailboxVersion: "1.15" }); //=> { allowed: false, dialog: { … } }
 */
export async function loadSend(): Promise<SendFn | null> {
  try {
    const simulation = await import("../launchevent/simulate");
    if (typeof simulation.simulateSend !== "function") return null;
    return async (item, opts) => {
      const outcome = await simulation.simulateSend(item, opts);
      const result: SendOutcome = { allowed: outcome.allowed };
      if (outcome.dialog) result.dialog = { ...outcome.dialog };
      if (outcome.failure) result.failure = { reason: outcome.failure.reason, message: outcome.failure.message };
      return result;
    };
  } catch (error) {
    console.warn("Release Guard preview: the send simulation could not be loaded.", error);
    return null;
  }
}
