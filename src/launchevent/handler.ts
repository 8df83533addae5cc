/**
 * The send-time check's core: read the body, analyze it, and decide what `event.completed` gets.
 * No Office, no DOM: everything it touches is injected, so tests drive it with fakes and fake
 * timers, and the preview page runs exactly this code against its fake mailbox.
 *
 * Rules (issues 5 and 7):
 * - the email is judged as the kind the buyer chose in the task pane (remembered with the message),
 *   else as the kind the checker recognises, under the organisation's policy when one is loaded;
 * - what happens is the policy's `sendCheck` reaction to the worst problem, per severity: a vague or
 *   incomplete release counts as an error, each finding at its own severity. Built in: errors warn,
 *   warnings and notes let the email go (so: not a release, or clean → `{ allowEvent: true }`);
 * - allow → `{ allowEvent: true }` at once;
 * - warn → `{ allowEvent: false, errorMessage, … }` naming what the shop would have to guess;
 *   Mailbox 1.14 adds the "Fix release" button (opens the task pane), `contextData` and
 *   "Send Anyway" (`sendModeOverride`); Mailbox 1.15 adds `errorMessageMarkdown`;
 * - block → the same dialog without `sendModeOverride`: the manifest's SoftBlock applies, so the
 *   email goes out only once it is fixed;
 * - anything going wrong (unreadable body, analyze throwing, no answer within 3 s) → the send goes
 *   through and the failure is recorded for the task pane, whatever the policy says. The buyer's
 *   email matters more than our check. The kind and the policy are extras: if either fails or is not
 *   there within `optionsTimeoutMs`, the check goes on with the detected kind and built-in defaults.
 */
import type { AnalyzeOptions, Policy, ReleaseKind, Report, Severity } from "../checker/types";
import { RELEASE_KINDS } from "../checker/types";
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

/** What the send check does about a problem of one severity (the policy's `sendCheck` values). */
export type SendReaction = "allow" | "warn" | "block";

/** Per severity, what the send check does (a policy's `sendCheck`; missing entries keep the built-in). */
export type SendCheckPolicy = Partial<Record<Severity, SendReaction>>;

/** Built-in reactions: the behaviour without a policy. */
export const DEFAULT_SEND_CHECK: Readonly<Record<Severity, SendReaction>> = Object.freeze({ error: "warn", warning: "allow", info: "allow" });

export interface SendCheckDeps {
  /** The body as plain text. */
  readBody(): Promise<string>;
  /** The checker; gets the buyer's kind and the policy when they are known (an empty object otherwise). */
  analyze(text: string, options: AnalyzeOptions): Report | Promise<Report>;
  /** The kind the buyer chose for this message in the task pane; undefined when none. */
  readKindCorrection?(): Promise<ReleaseKind | undefined> | ReleaseKind | undefined;
  /** The organisation's policy; undefined when there is none or it could not be loaded (built-in defaults). */
  loadPolicy?(): Promise<Policy | undefined> | Policy | undefined;
  /** How long (from Send) the kind and the policy may take before the check goes on without them. Default 1500 ms. */
  optionsTimeoutMs?: number;
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
/** Half the time limit: the check still has the other half to read the body and analyze with defaults. */
export const DEFAULT_OPTIONS_TIMEOUT_MS = 1500;

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

const REACTION_RANK: Record<SendReaction, number> = { allow: 0, warn: 1, block: 2 };

function isReaction(value: unknown): value is SendReaction {
  return value === "allow" || value === "warn" || value === "block";
}

/** The reactions in force: the policy's where it names one, the built-in elsewhere. */
export function sendReactions(sendCheck?: SendCheckPolicy): Record<Severity, SendReaction> {
  const out: Record<Severity, SendReaction> = { error: DEFAULT_SEND_CHECK.error, warning: DEFAULT_SEND_CHECK.warning, info: DEFAULT_SEND_CHECK.info };
  if (sendCheck) {
    (["error", "warning", "info"] as Severity[]).forEach((severity) => {
      const r = sendCheck[severity];
      if (isReaction(r)) out[severity] = r;
    });
  }
  return out;
}

/**
 * What the send check does with a report: the strongest reaction any of its problems calls for.
 * A vague or incomplete release is an error; each finding counts at its own severity. An email
 * that releases nothing always goes. Pure.
 *
 * @example
 * sendReactionFor({ verdict: "vague", findings: [ … ], … })                      //=> "warn"
 * sendReactionFor({ verdict: "vague", … }, { error: "block" })                   //=> "block"
 * sendReactionFor({ verdict: "clean", findings: [{ severity: "warning", … }] }) //=> "allow"
 */
export function sendReactionFor(report: Report, sendCheck?: SendCheckPolicy): SendReaction {
  if (report.verdict === "not-a-release") return "allow";
  const reactions = sendReactions(sendCheck);
  let worst: SendReaction = "allow";
  const consider = (severity: unknown): void => {
    const r = reactions[severity as Severity];
    if (r !== undefined && REACTION_RANK[r] > REACTION_RANK[worst]) worst = r;
  };
  if (report.verdict === "vague" || report.verdict === "incomplete") consider("error");
  const findings = Array.isArray(report.findings) ? report.findings : [];
  for (const f of findings) if (f) consider(f.severity);
  return worst;
}

/**
 * What `event.completed` gets for a finished check, under the policy's `sendCheck` (built-in
 * reactions without one). Pure.
 *
 * @example
 * completedOptionsFor({ verdict: "clean", … }, caps) //=> { allowEvent: true }
 * completedOptionsFor({ verdict: "vague", kind: "first-lot", … }, { mailbox1_14: true, mailbox1_15: false })
 * //=> { allowEvent: false, errorMessage: "Vague release: …", cancelLabel: "Fix release",
 * //     commandId: "msgComposeOpenPaneButton", contextData: '{"verdict":"vague","kind":"first-lot"}',
 * //     sendModeOverride: "promptUser" }
 * completedOptionsFor(vagueReport, caps, { error: "block" })
 * //=> the same dialog, lead "Vague release — must be fixed before sending", no sendModeOverride
 */
export function completedOptionsFor(report: Report, capabilities: SendCapabilities, sendCheck?: SendCheckPolicy): CompletedOptions {
  const reaction = sendReactionFor(report, sendCheck);
  if (reaction === "allow") return { allowEvent: true };
  const blocked = reaction === "block";
  const alert = composeAlert(report, undefined, { blocked, includeInfo: sendReactions(sendCheck).info !== "allow" });
  const options: CompletedOptions = { allowEvent: false, errorMessage: alert.message };
  if (capabilities.mailbox1_15) options.errorMessageMarkdown = alert.markdown;
  if (capabilities.mailbox1_14) {
    options.cancelLabel = FIX_RELEASE_LABEL;
    options.commandId = TASKPANE_COMMAND_ID;
    options.contextData = encodeAlertContext(report);
    // Block: no override, so the manifest's SoftBlock holds the email until it is fixed.
    if (!blocked) options.sendModeOverride = SEND_MODE_OVERRIDE_PROMPT_USER;
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
  const optionsTimeoutMs = deps.optionsTimeoutMs !== undefined ? deps.optionsTimeoutMs : DEFAULT_OPTIONS_TIMEOUT_MS;
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

    // The kind and the policy start at once, beside the body, and never fail the check.
    const extras = analyzeOptionsWithin(deps, optionsTimeoutMs, setTimer, clearTimer);

    const finish = (options: CompletedOptions, failure?: SendCheckFailure): void => {
      if (settled) return;
      settled = true;
      stopTimer();
      extras.cancel();
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
        return extras.promise.then((found) => {
          if (settled) return undefined;
          stage = "analyze";
          return Promise.resolve(deps.analyze(body, found.options)).then((report) => {
            if (settled) return undefined;
            if (!isReport(report)) throw new TypeError("the check returned no report");
            stage = "decide";
            return completedOptionsFor(report, deps.capabilities, found.sendCheck);
          });
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

/** The analyze options found in time, and the policy's send reactions. */
interface FoundOptions {
  options: AnalyzeOptions;
  sendCheck: SendCheckPolicy | undefined;
}

/** Runs one optional source; any failure, or a value of the wrong shape, reads as undefined. */
function attempt<T>(source: (() => Promise<T | undefined> | T | undefined) | undefined, accept: (value: unknown) => value is T): Promise<T | undefined> {
  if (typeof source !== "function") return Promise.resolve(undefined);
  return Promise.resolve()
    .then(() => source())
    .then(
      (value) => (accept(value) ? value : undefined),
      () => undefined,
    );
}

function isKind(value: unknown): value is ReleaseKind {
  return typeof value === "string" && RELEASE_KINDS.indexOf(value as ReleaseKind) >= 0;
}

function isPolicy(value: unknown): value is Policy {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

/**
 * Reads the buyer's kind and loads the policy side by side, settling when both are in or when
 * `ms` has passed, with whatever arrived by then. Never rejects. `cancel` stops its timer.
 */
function analyzeOptionsWithin(
  deps: SendCheckDeps,
  ms: number,
  setTimer: SendCheckDeps["setTimer"],
  clearTimer: SendCheckDeps["clearTimer"],
): { promise: Promise<FoundOptions>; cancel(): void } {
  let kind: ReleaseKind | undefined;
  let policy: Policy | undefined;
  let timer: TimerHandle;
  let done = false;
  const stop = (): void => {
    done = true;
    if (timer !== undefined && clearTimer) {
      try {
        clearTimer(timer);
      } catch {
        // ignore
      }
    }
    timer = undefined;
  };
  const promise = new Promise<FoundOptions>((resolve) => {
    const settle = (): void => {
      if (done) return;
      stop();
      const options: AnalyzeOptions = {};
      if (kind !== undefined) options.kind = kind;
      if (policy !== undefined) options.policy = policy;
      resolve({ options, sendCheck: policy ? policy.sendCheck : undefined });
    };
    const kindRead = attempt(deps.readKindCorrection, isKind).then((k) => {
      if (!done) kind = k;
    });
    const policyRead = attempt(deps.loadPolicy, isPolicy).then((p) => {
      if (!done) policy = p;
    });
    if (deps.readKindCorrection || deps.loadPolicy) {
      try {
        if (setTimer) timer = setTimer(settle, ms);
      } catch {
        timer = undefined;
      }
    }
    Promise.all([kindRead, policyRead]).then(settle, settle);
  });
  return { promise, cancel: stop };
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
