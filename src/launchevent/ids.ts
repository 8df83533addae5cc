/**
 * Names the send-time check shares with manifest.xml. A test (test/launchevent/manifest-ids.test.ts)
 * reads the manifest and fails when these and the manifest disagree, so change both together.
 */

/** `<LaunchEvent Type="OnMessageSend" FunctionName="…">` and the id given to `Office.actions.associate`. */
export const SEND_HANDLER_FUNCTION_NAME = "onMessageSendHandler";

/**
 * The `id` of the compose task pane button `<Control>` in the manifest. Passed as `commandId` so the
 * Smart Alerts dialog's "Fix release" button opens the task pane (Mailbox 1.14).
 */
export const TASKPANE_COMMAND_ID = "msgComposeOpenPaneButton";

/** `SendMode` of the manifest's OnMessageSend `LaunchEvent` (never `Block`: the store rejects it). */
export const MANIFEST_SEND_MODE: "SoftBlock" | "PromptUser" = "SoftBlock";

/** Text of the dialog button that opens the task pane (Smart Alerts allows at most 20 characters). */
export const FIX_RELEASE_LABEL = "Fix release";

/** Roaming-settings key under which a send check that could not run is recorded for the task pane. */
export const LAST_SEND_FAILURE_KEY = "releaseGuard.lastSendCheckFailure";

/**
 * Value of `Office.MailboxEnums.SendModeOverride.PromptUser` (Mailbox 1.14): gives the dialog a
 * "Send Anyway" button. Kept as its documented string so the handler's core needs no `Office` global.
 */
export const SEND_MODE_OVERRIDE_PROMPT_USER = "promptUser";
