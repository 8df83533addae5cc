import { capabilitiesFor, describeDialog, simulateSend } from "../../src/launchevent/simulate";
import type { OfficeComposeItemLike } from "../../src/office/compose";
import type { SettingsStore } from "../../src/office/types";
import { readLastSendFailure } from "../../src/launchevent/failureLog";
import type { Report } from "../../src/checker/types";
import { CLEAN_BODY, CLEAN_REPORT, INCOMPLETE_REPORT, ManualClock, SEED_BODY, SHIPPING_BODY, VAGUE_BODY, VAGUE_REPORT } from "./fixtures";

type Cb = (r: { status: string; value?: unknown; error?: { message: string; code: number } }) => void;

/** An Office-shaped compose item like the preview's fake mailbox gives. */
function fakeItem(body: string | "never" | Error): OfficeComposeItemLike {
  const answer = (cb: Cb, value: unknown) => cb({ status: "succeeded", value });
  const lastFn = (args: unknown[]) => args.find((a) => typeof a === "function") as Cb;
  return {
    body: {
      getAsync: ((type: unknown, ...rest: unknown[]) => {
        const cb = lastFn(rest);
        if (body === "never") return;
        if (body instanceof Error) cb({ status: "failed", error: { message: body.message, code: 5001 } });
        else answer(cb, type === "html" ? `<p>${body}</p>` : body);
      }) as never,
      getTypeAsync: ((...args: unknown[]) => answer(lastFn(args), "text")) as never,
      setSelectedDataAsync: ((...args: unknown[]) => answer(lastFn(args), undefined)) as never,
      setAsync: ((...args: unknown[]) => answer(lastFn(args), undefined)) as never,
    },
    subject: { getAsync: ((...args: unknown[]) => answer(lastFn(args), "RE: PO 4512 brackets")) as never },
    notificationMessages: {
      replaceAsync: ((...args: unknown[]) => answer(lastFn(args), undefined)) as never,
      removeAsync: ((...args: unknown[]) => answer(lastFn(args), undefined)) as never,
    },
  };
}

function memorySettings(): SettingsStore & { data: Map<string, unknown>; saves: number } {
  const data = new Map<string, unknown>();
  const store = {
    data,
    saves: 0,
    get: <T,>(name: string) => data.get(name) as T | undefined,
    set: (name: string, value: unknown) => void data.set(name, value),
    remove: (name: string) => void data.delete(name),
    save: async () => {
      store.saves++;
    },
  };
  return store;
}

const fixtureAnalyze = (text: string): Report => {
  const table: Record<string, Report> = { [VAGUE_BODY]: VAGUE_REPORT, [SEED_BODY]: INCOMPLETE_REPORT, [CLEAN_BODY]: CLEAN_REPORT };
  const r = table[text];
  if (!r) throw new Error("no fixture");
  return r;
};

const INCOMPLETE_PLAIN = "Incomplete release: Name who approves lot 2; “we” does not name who approves lot 2.";
const INCOMPLETE_MARKDOWN = "**Incomplete release**\n\n- Name who approves lot 2\r- **we** does not name who approves lot 2\r";

describe("simulateSend", () => {
  it("shows the 1.15 dialog: Markdown, Fix release and Send Anyway", async () => {
    const outcome = await simulateSend(fakeItem(SEED_BODY), { mailboxVersion: "1.15", analyze: fixtureAnalyze });
    expect(outcome).toEqual({
      allowed: false,
      dialog: { message: INCOMPLETE_PLAIN, markdown: INCOMPLETE_MARKDOWN, fixLabel: "Fix release", canSendAnyway: true },
      completedOptions: {
        allowEvent: false,
        errorMessage: INCOMPLETE_PLAIN,
        errorMessageMarkdown: INCOMPLETE_MARKDOWN,
        cancelLabel: "Fix release",
        commandId: "msgComposeOpenPaneButton",
        contextData: '{"verdict":"incomplete","kind":"first-lot"}',
        sendModeOverride: "promptUser",
      },
    });
  });

  it("shows the 1.14 dialog: plain text, Fix release and Send Anyway", async () => {
    const outcome = await simulateSend(fakeItem(SEED_BODY), { mailboxVersion: "1.14", analyze: fixtureAnalyze });
    expect(outcome.dialog).toEqual({ message: INCOMPLETE_PLAIN, fixLabel: "Fix release", canSendAnyway: true });
  });

  it("shows the 1.12 dialog: plain text only, and (SoftBlock) no Send Anyway", async () => {
    const outcome = await simulateSend(fakeItem(VAGUE_BODY), { mailboxVersion: "1.12", analyze: fixtureAnalyze });
    expect(outcome.allowed).toBe(false);
    expect(outcome.dialog).toEqual({ message: outcome.completedOptions.errorMessage, canSendAnyway: false });
    expect(outcome.completedOptions).toEqual({ allowEvent: false, errorMessage: outcome.dialog!.message });
    expect(outcome.dialog!.message).toMatch(/^Vague release: “Go ahead with the first batch” does not say how many units; /);
  });

  it("sends a clean release without a dialog", async () => {
    const outcome = await simulateSend(fakeItem(CLEAN_BODY), { mailboxVersion: "1.15", analyze: fixtureAnalyze });
    expect(outcome).toEqual({ allowed: true, completedOptions: { allowEvent: true } });
  });

  it("sends when the body cannot be read, and records it in the given settings", async () => {
    const settings = memorySettings();
    const outcome = await simulateSend(fakeItem(new Error("Mailbox is busy")), { mailboxVersion: "1.15", settings, analyze: fixtureAnalyze });
    expect(outcome.allowed).toBe(true);
    expect(outcome.dialog).toBeUndefined();
    expect(outcome.failure).toEqual({
      reason: "body-unreadable",
      message: "Release Guard could not read the message body at send, so the message was sent unchecked (body.getAsync(text) failed: Mailbox is busy (code 5001)).",
    });
    expect(readLastSendFailure(settings)).toMatchObject(outcome.failure!);
    expect(settings.saves).toBe(1);
  });

  it("sends after the time limit when the fake mailbox never answers", async () => {
    const clock = new ManualClock();
    const running = simulateSend(fakeItem("never"), {
      mailboxVersion: "1.14",
      analyze: fixtureAnalyze,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
    });
    await clock.advance(3000);
    const outcome = await running;
    expect(outcome.allowed).toBe(true);
    expect(outcome.failure?.reason).toBe("timeout");
  });

  it("maps each Mailbox version to what its dialog supports", () => {
    expect(capabilitiesFor("1.12")).toEqual({ mailbox1_14: false, mailbox1_15: false });
    expect(capabilitiesFor("1.14")).toEqual({ mailbox1_14: true, mailbox1_15: false });
    expect(capabilitiesFor("1.15")).toEqual({ mailbox1_14: true, mailbox1_15: true });
  });

  it("names Outlook's default Take Action button when a command has no label", () => {
    expect(describeDialog({ allowEvent: false, errorMessage: "x", commandId: "msgComposeOpenPaneButton" })).toEqual({
      message: "x",
      fixLabel: "Take Action",
      canSendAnyway: false,
    });
  });
});

describe("simulateSend with the real checker (to spec; follows the checker as it matures)", () => {
  it("stops the seed's strong example", async () => {
    const outcome = await simulateSend(fakeItem(SEED_BODY), { mailboxVersion: "1.15" });
    expect(outcome.allowed).toBe(false);
    expect(outcome.dialog?.message).toMatch(/^Incomplete release: /);
  });

  it("lets a shipping question go", async () => {
    const outcome = await simulateSend(fakeItem(SHIPPING_BODY), { mailboxVersion: "1.15" });
    expect(outcome).toEqual({ allowed: true, completedOptions: { allowEvent: true } });
  });
});

describe("simulateSend with the buyer's kind and the organisation's policy (the preview's Send)", () => {
  /** The preview's fake mailbox over a fixed text body (no editor needed). */
  function previewMailbox(body: string) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createFakeMailbox } = require("../../src/preview/fakeMailbox") as typeof import("../../src/preview/fakeMailbox");
    return createFakeMailbox({
      body: { getType: () => "text", getText: () => body, getHtml: () => `<div>${body}</div>`, insertAtSelection: () => undefined, replace: () => undefined },
      getSubject: () => "RE: PO 4512 brackets",
      storage: null,
    });
  }

  it("judges the email as the kind the buyer chose in the pane, read back from the message", async () => {
    const mailbox = previewMailbox(SEED_BODY);
    const { createComposeItem } = await import("../../src/office/compose");
    await createComposeItem(mailbox.item).setCustomProperty!("releaseKind", "payment-trigger");
    const analyze = jest.fn(fixtureAnalyze);
    await simulateSend(mailbox.item, { mailboxVersion: "1.15", analyze });
    expect(analyze).toHaveBeenCalledWith(SEED_BODY, { kind: "payment-trigger" });
  });

  it("shows a dialog without Send Anyway when the policy blocks errors", async () => {
    const mailbox = previewMailbox(SEED_BODY);
    const policy = { sendCheck: { error: "block" as const } };
    const analyze = jest.fn(fixtureAnalyze);
    const outcome = await simulateSend(mailbox.item, { mailboxVersion: "1.15", analyze, policy });
    expect(analyze).toHaveBeenCalledWith(SEED_BODY, { policy });
    expect(outcome.allowed).toBe(false);
    expect(outcome.dialog).toEqual({
      message: "Incomplete release — must be fixed before sending: Name who approves lot 2; “we” does not name who approves lot 2.",
      markdown: "**Incomplete release — must be fixed before sending**\n\n- Name who approves lot 2\r- **we** does not name who approves lot 2\r",
      fixLabel: "Fix release",
      canSendAnyway: false,
    });
    expect(outcome.completedOptions.sendModeOverride).toBeUndefined();
  });

  it("sends without a dialog when the policy allows errors", async () => {
    const outcome = await simulateSend(previewMailbox(VAGUE_BODY).item, {
      mailboxVersion: "1.15",
      analyze: fixtureAnalyze,
      policy: { sendCheck: { error: "allow" } },
    });
    expect(outcome).toEqual({ allowed: true, completedOptions: { allowEvent: true } });
  });
});
