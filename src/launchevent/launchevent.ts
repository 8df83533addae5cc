/**
 * The send-time check's entry: Outlook calls `onMessageSendHandler` when the buyer selects Send
 * (manifest: LaunchEvent OnMessageSend). Built by webpack into one self-contained ES2016 file,
 * because classic Outlook on Windows runs it in a JavaScript-only runtime: no DOM, no imports, no
 * localStorage, and no `Office.onReady` (its callback never runs there), so nothing waits for it.
 *
 * All the judgement is in ./handler (tested without Office); this file only wires Outlook in.
 * `event.completed` is called exactly once on every path, and never with anything but a decision:
 * if our own wiring fails, the send goes through.
 */
import { analyze } from "../checker";
import { createComposeItem, createSettingsStore, supportsRequirement } from "../office/compose";
import type { OfficeComposeItemLike, OfficeRoamingSettingsLike } from "../office/compose";
import { writeLastSendFailure } from "./failureLog";
import type { SendCheckFailure } from "./failureLog";
import { handleSend } from "./handler";
import type { CompletedOptions, SendCheckDeps } from "./handler";
import { SEND_HANDLER_FUNCTION_NAME } from "./ids";

/** The part of Office.MailboxEvent this handler uses. */
export interface SendEventLike {
  completed(options?: CompletedOptions): void;
}

function officeContext(): Office.Context {
  if (typeof Office === "undefined" || !Office || !Office.context) throw new Error("Office.js is not loaded");
  return Office.context;
}

/** The handler's dependencies over the real Office.js, read lazily so any failure lands in handleSend. */
export function officeSendDeps(): SendCheckDeps {
  return {
    readBody(): Promise<string> {
      const mailbox = officeContext().mailbox;
      const item = mailbox ? mailbox.item : undefined;
      if (!item) throw new Error("no message is open");
      return createComposeItem(item as unknown as OfficeComposeItemLike).getBodyText();
    },
    analyze: (text: string) => analyze(text),
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
