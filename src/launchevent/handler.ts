/**
 * The send-time check's core: read the body, analyze it, and decide what `event.completed` gets.
 * No Office, no DOM: everything it touches is injected, so tests drive it with fakes and fake
 * timers, and the preview page runs exactly this code against its fake mailbox.
 *
 * Rules (issue 5):
 * - not a release, or clean → `{ allowEvent: true }` at once;
 * - vague or incomplete → `{ allowEvent: false, errorMessage, … }` naming what the shop would have
 *   to guess; Mailbox 1.14 adds the "Fix release" button (opens the task pane), `contextData` and
 *   "Send Anyway" (`sendModeOverride`); Mailbox 1.15 adds `errorMessageMarkdown`;
 * - anything going wrong (unreadable body, analyze throwing, no answer within 3 s) → the send goes
 *   through and the failure is recorded for the task pane. The buyer's email matters more than
 *   our check.
 */
import type { Report } from "../checker/types";
import { encodeAlertContext } from "./alertContext";
import { composeAlert } from "./alertText";
import type { SendCheckFailure } from "./failureLog";
import { FIX_RELEASE_LABEL, SEND_MODE_OVERRIDE_PROMPT_USER, TASKPANE_COMMAND_ID } from "./ids";

/** What `event.completed` receives (a subset of `Office.SmartAlertsEventCompletedOptions`). */
export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: typeof SEND_MODE_OVERRIDE_PROMPT_USER;
}

/** Mailbox requirement sets the client supports, detected at run time (1.12 is the baseline). */
export interface SendCapabilities {
  /** `cancelLabel`, `commandId`, `contextData`, `sendModeOverride`. */
  mailbox1_14: boolean;
  /** `errorMessageMarkdown`. */
  mailbox1_15: boolean;
}

/** `setTimer`'s handle, whatever the timer implementation returns. */
export type TimerHandle = unknown;

export interface SendCheckDeps {
  /** The body as plain text. */
  readBody(): Promise<string>;
  analyze(text: string): Report | Promise<Report>;
  capabilities: SendCapabilities;
  /** Keeps a failure for the task pane. May be slow or fail: it is bounded and its errors are ignored. */
  recordFailure(failure: SendCheckFailure): Promise<void> | void;
  /** How long the check may take before the send is let through. Default 3000 ms. */
  timeoutMs?: number;
  /** How long recording a failure may delay `completed`. Default 1000 ms. */
  recordTimeoutMs?: number;
  /** Defaults to the global `setTimeout`; without one there is no time limit of our own. */
  setTimer?(callback: () => void, ms: number): TimerHandle;
  clearTimer?(handle: TimerHandle): void;
}

export const DEFAULT_TIMEOUT_MS = 3000;
export const DEFAULT_RECORD_TIMEOUT_MS = 1000;

export const ALLOW: Readonly<CompletedOptions> = Object.freeze({ allowEvent: true });

/** Longest error text kept in a failure record. */
const FAILURE_DETAIL_MAX = 200;

function errorText(err: unknown): string {
  let text = "";
  if (err instanceof Error) text = err.message;
  else if (typeof err === "string") text = err;
  text = text.replace(/\s+/g, " ").trim();
  return text.length > FAILURE_DETAIL_MAX ? text.slice(0, FAILURE_DETAIL_MAX - 1) + "…" : text;
}

function withDetail(sentence: string, err: unknown): string {
  const detail = errorText(err);
  return detail ? sentence + " (" + detail + ")." : sentence + ".";
}

/** The failure descriptions the task pane shows. No time in them: the entry adds `at`. */
export const failures = {
  bodyUnreadable: (err: unknown): SendCheckFailure => ({
    reason: "body-unreadable",
    message: withDetail("Release Guard could not read the message body at send, so the message was sent unchecked", err),
  }),
  analysisFailed: (err: unknown): SendCheckFailure => ({
    reason: "analysis-failed",
    message: withDetail("Release Guard's check failed at send, so the message was sent unchecked", err),
  }),
  timeout: (ms: number): SendCheckFailure => ({
    reason: "timeout",
    message: "Release Guard's check did not finish within " + formatSeconds(ms) + " at send, so the message was sent unchecked.",
  }),
  internal: (err: unknown): SendCheckFailure => ({
    reason: "internal-error",
    message: withDetail("Release Guard hit an internal error at send, so the message was sent unchecked", err),
  }),
};

function formatSeconds(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return s === 1 ? "1 second" : s + " seconds";
}

function isReport(value: unknown): value is Report {
  return !!value && typeof value === "object" && typeof (value as Report).verdict === "string";
}

/**
 * What `event.completed` gets for a finished check. Pure.
 *
 * @example
 * completedOptionsFor({ verdict: "clean", … }, caps) //=> { allowEvent: true }
 * completedOptionsFor({ verdict: "vague", kind: "first-lot", … }, { mailbox1_14: true, mailbox1_15: false })
 * //=> { allowEvent: false, errorMessage: "Vague release: …", cancelLabel: "Fix release",
 * //     commandId: "msgComposeOpenPaneButton", contextData: '{"verdict":"vague","kind":"first-lot"}',
 * //     sendModeOverride: "promptUser" }
 */
export function completedOptionsFor(report: Report, capabilities: SendCapabilities): CompletedOptions {
  if (report.verdict !== "vague" && report.verdict !== "incomplete") return { allowEvent: true };
  const alert = composeAlert(report);
  const options: CompletedOptions = { allowEvent: false, errorMessage: alert.message };
  if (capabilities.mailbox1_15) options.errorMessageMarkdown = alert.markdown;
  if (capabilities.mailbox1_14) {
    options.cancelLabel = FIX_RELEASE_LABEL;
    options.commandId = TASKPANE_COMMAND_ID;
    options.contextData = encodeAlertContext(report);
    options.sendModeOverride = SEND_MODE_OVERRIDE_PROMPT_USER;
  }
  return options;
}

/**
 * Runs the send-time check. Always resolves (never rejects), exactly once, with the options for
 * `event.completed`; a result that arrives after the time limit is ignored.
 */
export function handleSend(deps: SendCheckDeps): Promise<CompletedOptions> {
  const timeoutMs = deps.timeoutMs !== undefined ? deps.timeoutMs : DEFAULT_TIMEOUT_MS;
  const recordTimeoutMs = deps.recordTimeoutMs !== undefined ? deps.recordTimeoutMs : DEFAULT_RECORD_TIMEOUT_MS;
  const setTimer = deps.setTimer || (typeof setTimeout === "function" ? (cb: () => void, ms: number): TimerHandle => setTimeout(cb, ms) : undefined);
  const clearTimer = deps.clearTimer || (typeof clearTimeout === "function" ? (h: TimerHandle) => clearTimeout(h as ReturnType<typeof setTimeout>) : undefined);

  return new Promise<CompletedOptions>((resolve) => {
    let settled = false;
    let timer: TimerHandle;

    const stopTimer = (): void => {
      if (timer !== undefined && clearTimer) {
        try {
          clearTimer(timer);
        } catch {
          // a timer we cannot clear only fires into a settled check
        }
      }
    };

    const finish = (options: CompletedOptions, failure?: SendCheckFailure): void => {
      if (settled) return;
      settled = true;
      stopTimer();
      if (!failure) {
        resolve(options);
        return;
      }
      recordBounded(deps, failure, recordTimeoutMs, setTimer, clearTimer).then(() => resolve(options));
    };

    try {
      if (setTimer) timer = setTimer(() => finish({ allowEvent: true }, failures.timeout(timeoutMs)), timeoutMs);
    } catch {
      timer = undefined;
    }

    let stage: "read" | "analyze" | "decide" = "read";
    Promise.resolve()
      .then(() => deps.readBody())
      .then((body) => {
        if (settled) return undefined;
        if (typeof body !== "string") throw new TypeError("the body was not text");
        if (body.trim() === "") return { allowEvent: true };
        stage = "analyze";
        return Promise.resolve(deps.analyze(body)).then((report) => {
          if (settled) return undefined;
          if (!isReport(report)) throw new TypeError("the check returned no report");
          stage = "decide";
          return completedOptionsFor(report, deps.capabilities);
        });
      })
      .then(
        (options) => {
          if (options) finish(options);
        },
        (err: unknown) => {
          const failure =
            stage === "read" ? failures.bodyUnreadable(err) : stage === "analyze" ? failures.analysisFailed(err) : failures.internal(err);
          finish({ allowEvent: true }, failure);
        },
      );
  });
}

/** Calls `recordFailure`, waiting at most `ms` for it; never rejects. */
function recordBounded(
  deps: SendCheckDeps,
  failure: SendCheckFailure,
  ms: number,
  setTimer: SendCheckDeps["setTimer"],
  clearTimer: SendCheckDeps["clearTimer"],
): Promise<void> {
  return new Promise<void>((resolve) => {
    let done = false;
    let timer: TimerHandle;
    const end = (): void => {
      if (done) return;
      done = true;
      if (timer !== undefined && clearTimer) {
        try {
          clearTimer(timer);
        } catch {
          // ignore
        }
      }
      resolve();
    };
    let pending: Promise<void> | void;
    try {
      pending = deps.recordFailure(failure);
    } catch {
      end();
      return;
    }
    if (!pending || typeof (pending as Promise<void>).then !== "function") {
      end();
      return;
    }
    try {
      if (setTimer) timer = setTimer(end, ms);
    } catch {
      timer = undefined;
    }
    (pending as Promise<void>).then(end, end);
  });
}
