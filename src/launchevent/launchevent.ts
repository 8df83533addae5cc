/**
 * The send-time check's entry: Outlook calls `onMessageSendHandler` when the buyer selects Send
 * (manifest: LaunchEvent OnMessageSend). Built by webpack into one self-contained ES2016 file,
 * because classic Outlook on Windows runs it in a JavaScript-only runtime: no DOM, no imports, no
 * localStorage, and no `Office.onReady` (its callback never runs there), so nothing waits for it.
 *
 * All the judgement is in ./handler (tested without Office); this file only wires Outlook in.
 * `event.completed` is called exactly once on every path, and never with anything but a decision:
 * if our own wiring fails, the send goes through.
 *
 * The organisation's policy: Outlook on the web, new Outlook and Outlook on Mac run this file in
 * launchevent.html, a page on the add-in's own site, so the policy is read exactly as the task pane
 * reads it (`config/policy.json` beside the page, same loader, same validation). Classic Outlook on
 * Windows runs it in its JavaScript-only runtime, which has no page address to resolve that relative
 * URL against: there the send check uses the built-in rules (the task pane still applies the policy).
 * Either way the policy has until `optionsTimeoutMs` (1.5 s) of the 3-second budget; later, or on
 * any error, the built-in rules apply.
 */
import { analyze } from "../checker";
import type { Policy } from "../checker/types";
import { createComposeItem, createSettingsStore, supportsRequirement } from "../office/compose";
import type { OfficeComposeItemLike, OfficeRoamingSettingsLike } from "../office/compose";
import type { ComposeItem } from "../office/types";
import { loadPolicyFromOrigin } from "../policy/load-browser";
import type { PolicyFetch } from "../policy/load-browser";
import { writeLastSendFailure } from "./failureLog";
import type { SendCheckFailure } from "./failureLog";
import { handleSend } from "./handler";
import type { CompletedOptions, SendCheckDeps } from "./handler";
import { SEND_HANDLER_FUNCTION_NAME } from "./ids";
import { readKindCorrection } from "./kindCorrection";

/** The part of Office.MailboxEvent this handler uses. */
export interface SendEventLike {
  completed(options?: CompletedOptions): void;
}

function officeContext(): Office.Context {
  if (typeof Office === "undefined" || !Office || !Office.context) throw new Error("Office.js is not loaded");
  return Office.context;
}

/**
 * The address of the page this code runs in, when it runs in one on a web origin (launchevent.html);
 * undefined in classic Outlook's JavaScript-only runtime, which has no page.
 */
export function pageOrigin(): string | undefined {
  const g = (typeof self !== "undefined" ? self : undefined) as { location?: { href?: unknown; origin?: unknown } } | undefined;
  const location = g ? g.location : undefined;
  const href = location ? location.href : undefined;
  if (typeof href !== "string" || !/^https?:\/\//i.test(href)) return undefined;
  return typeof location!.origin === "string" && location!.origin !== "null" ? (location!.origin as string) : undefined;
}

/** The page's fetch, when the runtime has one. */
function pageFetch(): PolicyFetch | undefined {
  const g = (typeof self !== "undefined" ? self : undefined) as { fetch?: unknown } | undefined;
  const f = g ? g.fetch : undefined;
  if (typeof f !== "function") return undefined;
  return (url, init) => (f as (u: string, i: unknown) => ReturnType<PolicyFetch>).call(g, url, init);
}

/**
 * The organisation's policy for the send check: loaded from the add-in's own site where this code
 * runs in a page, otherwise undefined (built-in rules). Never rejects; a policy with an error is
 * ignored here (the task pane says why).
 */
export function loadSendPolicy(): Promise<Policy | undefined> {
  const fetchFn = pageFetch();
  if (!pageOrigin() || !fetchFn) return Promise.resolve(undefined);
  return loadPolicyFromOrigin(fetchFn).then(
    (result) => (result.status === "loaded" ? result.policy : undefined),
    () => undefined,
  );
}

/** The handler's dependencies over the real Office.js, read lazily so any failure lands in handleSend. */
export function officeSendDeps(): SendCheckDeps {
  let compose: ComposeItem | undefined;
  const openItem = (): ComposeItem => {
    if (compose) return compose;
    const mailbox = officeContext().mailbox;
    const item = mailbox ? mailbox.item : undefined;
    if (!item) throw new Error("no message is open");
    compose = createComposeItem(item as unknown as OfficeComposeItemLike);
    return compose;
  };
  return {
    readBody: (): Promise<string> => openItem().getBodyText(),
    readKindCorrection: () => readKindCorrection(openItem()),
    loadPolicy: loadSendPolicy,
    analyze: (text, options) => analyze(text, options),
    capabilities: {
      mailbox1_14: supportsRequirement("Mailbox", "1.14"),
      mailbox1_15: supportsRequirement("Mailbox", "1.15"),
    },
    recordFailure(failure: SendCheckFailure): Promise<void> {
      const roaming = officeContext().roamingSettings as OfficeRoamingSettingsLike | undefined;
      if (!roaming) throw new Error("roaming settings are not available");
      return writeLastSendFailure(createSettingsStore(roaming), {
        reason: failure.reason,
        message: failure.message,
        at: new Date().toISOString(),
      });
    },
  };
}

/**
 * Outlook's OnMessageSend handler.
 * @example Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
 */
export function onMessageSendHandler(event: SendEventLike): Promise<void> {
  let done = false;
  const complete = (options: CompletedOptions): void => {
    if (done) return;
    done = true;
    try {
      event.completed(options);
    } catch {
      // Nothing left to do: Outlook either took the answer or cannot take any.
    }
  };
  let check: Promise<CompletedOptions>;
  try {
    check = handleSend(officeSendDeps());
  } catch {
    complete({ allowEvent: true });
    return Promise.resolve();
  }
  return check.then(complete, () => complete({ allowEvent: true }));
}

if (typeof Office !== "undefined" && Office && Office.actions && typeof Office.actions.associate === "function") {
  Office.actions.associate(SEND_HANDLER_FUNCTION_NAME, onMessageSendHandler);
}
