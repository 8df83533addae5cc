/**
 * The preview page's "Send" button: runs the real send-time check (the same `handleSend`, over the
 * same Office boundary) against the preview's fake mailbox item, and describes the Smart Alerts
 * dialog Outlook would show for a client at the chosen Mailbox requirement set. No Office global.
 */
import { analyze as realAnalyze } from "../checker";
import type { AnalyzeOptions, Policy, Report } from "../checker/types";
import { createComposeItem } from "../office/compose";
import type { OfficeComposeItemLike } from "../office/compose";
import type { SettingsStore } from "../office/types";
import { writeLastSendFailure } from "./failureLog";
import type { SendCheckFailure } from "./failureLog";
import { handleSend } from "./handler";
import type { CompletedOptions, SendCapabilities, SendCheckDeps } from "./handler";
import { MANIFEST_SEND_MODE, SEND_MODE_OVERRIDE_PROMPT_USER } from "./ids";
import { readKindCorrection } from "./kindCorrection";

export type MailboxVersion = "1.12" | "1.14" | "1.15";

export interface SimulateSendOptions {
  /** The client to imitate: what its Smart Alerts dialog can show. */
  mailboxVersion: MailboxVersion;
  /** Where a failed check is recorded (the preview's settings, so its task pane shows it). */
  settings?: SettingsStore;
  /** The organisation's policy the page loaded (as the send runtime on the web would); none = built-in rules. */
  policy?: Policy;
  /** Replaces the real checker (tests). */
  analyze?: (text: string, options: AnalyzeOptions) => Report | Promise<Report>;
  /** Default 3000 ms, as in Outlook. */
  timeoutMs?: number;
  setTimer?: SendCheckDeps["setTimer"];
  clearTimer?: SendCheckDeps["clearTimer"];
}

/** The Smart Alerts dialog, as the preview draws it. */
export interface SimulatedDialog {
  /** The plain message (`errorMessage`), shown by clients without Markdown. */
  message: string;
  /** The Markdown message (`errorMessageMarkdown`, Mailbox 1.15): what a 1.15 client shows instead. */
  markdown?: string;
  /** The button that opens the task pane ("Fix release"), when the client supports it. */
  fixLabel?: string;
  /** Whether the dialog offers "Send Anyway" (not when the organisation's policy blocks the send). */
  canSendAnyway: boolean;
}

export interface SimulatedSend {
  /** Whether Outlook would send the message without a dialog. */
  allowed: boolean;
  dialog?: SimulatedDialog;
  /** Exactly what `event.completed` would receive. */
  completedOptions: CompletedOptions;
  /** Set when the check could not run (the message is sent and this is recorded). */
  failure?: SendCheckFailure;
}

export function capabilitiesFor(version: MailboxVersion): SendCapabilities {
  return { mailbox1_14: version !== "1.12", mailbox1_15: version === "1.15" };
}

/**
 * Runs the real send-time check over an Office-shaped item.
 * @example
 * const outcome = await simulateSend(fakeMailbox.item, { mailboxVersion: "1.14" });
 * outcome.dialog?.fixLabel //=> "Fix release"
 */
export async function simulateSend(item: OfficeComposeItemLike, opts: SimulateSendOptions): Promise<SimulatedSend> {
  const compose = createComposeItem(item);
  let failure: SendCheckFailure | undefined;
  const analyze = opts.analyze || ((text: string, options: AnalyzeOptions) => realAnalyze(text, options));
  const policy = opts.policy;
  const deps: SendCheckDeps = {
    readBody: () => compose.getBodyText(),
    // The kind the buyer chose in the pane, read back from the message as Outlook's send runtime does.
    readKindCorrection: () => readKindCorrection(compose),
    loadPolicy: () => policy,
    analyze,
    capabilities: capabilitiesFor(opts.mailboxVersion),
    recordFailure(f: SendCheckFailure): Promise<void> | void {
      failure = f;
      if (opts.settings) return writeLastSendFailure(opts.settings, { reason: f.reason, message: f.message, at: new Date().toISOString() });
    },
    timeoutMs: opts.timeoutMs,
    setTimer: opts.setTimer,
    clearTimer: opts.clearTimer,
  };
  const completedOptions = await handleSend(deps);
  const outcome: SimulatedSend = { allowed: completedOptions.allowEvent, completedOptions };
  if (failure) outcome.failure = failure;
  if (!completedOptions.allowEvent) outcome.dialog = describeDialog(completedOptions);
  return outcome;
}

/** What a client shows for these options (the manifest's SendMode decides when no override is given). */
export function describeDialog(options: CompletedOptions): SimulatedDialog {
  const dialog: SimulatedDialog = {
    message: options.errorMessage || "",
    canSendAnyway: options.sendModeOverride === SEND_MODE_OVERRIDE_PROMPT_USER || MANIFEST_SEND_MODE === "PromptUser",
  };
  if (options.errorMessageMarkdown !== undefined) dialog.markdown = options.errorMessageMarkdown;
  // The Take Action button appears only with a commandId; cancelLabel names it.
  if (options.commandId) dialog.fixLabel = options.cancelLabel || "Take Action";
  return dialog;
}
