/**
 * The real entry (src/launchevent/launchevent.ts) under a fake `Office` global shaped like Outlook's:
 * actions.associate, context.mailbox.item.body.getAsync, context.requirements.isSetSupported,
 * context.roamingSettings and MailboxEnums. Node environment on purpose: the classic-Windows
 * runtime has no DOM either.
 */
import type { AnalyzeOptions, Report } from "../../src/checker/types";
import type { CompletedOptions } from "../../src/launchevent/handler";
import { LAST_SEND_FAILURE_KEY, SEND_HANDLER_FUNCTION_NAME } from "../../src/launchevent/ids";
import {
  CLEAN_BODY,
  CLEAN_REPORT,
  INCOMPLETE_REPORT,
  NOT_A_RELEASE_REPORT,
  SEED_BODY,
  SHIPPING_BODY,
  VAGUE_BODY,
  VAGUE_REPORT,
  flush,
} from "./fixtures";

type AsyncCallback = (result: { status: string; value?: unknown; error?: { message: string; code: number } }) => void;

interface FakeOutlook {
  handler: ((event: { completed(o?: CompletedOptions): void }) => Promise<void>) | undefined;
  associated: Map<string, unknown>;
  /** Body callbacks Outlook has not answered yet (when `body` is "never"). */
  pendingBodyCallbacks: AsyncCallback[];
  coercionTypes: unknown[];
  roaming: Map<string, unknown>;
  saved: Record<string, unknown> | undefined;
  event(): { completed: jest.Mock; options(): CompletedOptions[] };
}

interface FakeOptions {
  body?: string | { error: string; code: number } | "never";
  /** Highest Mailbox requirement set the client supports. */
  mailbox?: "1.12" | "1.14" | "1.15";
  /** Replaces the real checker inside the entry. */
  analyze?: (text: string, options?: AnalyzeOptions) => Report;
  /** This add-in's custom properties stored on the message (the task pane's kind correction). */
  customProperties?: Record<string, string>;
}

const versionNumber = (v: string) => Number(v.split(".")[1]);

function loadEntry(opts: FakeOptions = {}): FakeOutlook {
  const associated = new Map<string, unknown>();
  const roaming = new Map<string, unknown>();
  const fake: FakeOutlook = {
    handler: undefined,
    associated,
    pendingBodyCallbacks: [],
    coercionTypes: [],
    roaming,
    saved: undefined,
    event() {
      const completed = jest.fn();
      return { completed, options: () => completed.mock.calls.map((c) => c[0] as CompletedOptions) };
    },
  };
  const body = opts.body === undefined ? VAGUE_BODY : opts.body;
  const max = versionNumber(opts.mailbox ?? "1.15");
  (globalThis as Record<string, unknown>).Office = {
    actions: { associate: (id: string, fn: unknown) => associated.set(id, fn) },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => name === "Mailbox" && versionNumber(version ?? "1.1") <= max,
      },
      mailbox: {
        item: {
          body: {
            getAsync(coercionType: unknown, ...rest: unknown[]) {
              fake.coercionTypes.push(coercionType);
              const cb = rest.find((a) => typeof a === "function") as AsyncCallback;
              if (body === "never") fake.pendingBodyCallbacks.push(cb);
              else if (typeof body === "string") cb({ status: "succeeded", value: body });
              else cb({ status: "failed", error: { message: body.error, code: body.code } });
            },
          },
          loadCustomPropertiesAsync(cb: AsyncCallback) {
            const stored = { ...(opts.customProperties ?? {}) };
            cb({
              status: "succeeded",
              value: {
                get: (name: string) => stored[name],
                set: (name: string, value: string) => void (stored[name] = value),
                remove: (name: string) => void delete stored[name],
                getAll: () => ({ ...stored }),
                saveAsync: (done?: AsyncCallback) => done?.({ status: "succeeded" }),
              },
            });
          },
        },
      },
      roamingSettings: {
        get: (name: string) => roaming.get(name),
        set: (name: string, value: unknown) => roaming.set(name, value),
        remove: (name: string) => roaming.delete(name),
        saveAsync(cb?: AsyncCallback) {
          fake.saved = Object.fromEntries(roaming);
          if (cb) cb({ status: "succeeded" });
        },
      },
    },
  };
  jest.isolateModules(() => {
    if (opts.analyze) {
      const analyze = opts.analyze;
      jest.doMock("../../src/checker", () => ({ analyze: jest.fn(analyze) }));
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/launchevent/launchevent");
  });
  fake.handler = associated.get(SEND_HANDLER_FUNCTION_NAME) as FakeOutlook["handler"];
  return fake;
}

/** Answers for the hand-made bodies, so the entry's output can be asserted exactly. */
const fixtureAnalyze = (text: string, _options?: AnalyzeOptions): Report => {
  if (text === VAGUE_BODY) return VAGUE_REPORT;
  if (text === SEED_BODY) return INCOMPLETE_REPORT;
  if (text === CLEAN_BODY) return CLEAN_REPORT;
  if (text === SHIPPING_BODY) return NOT_A_RELEASE_REPORT;
  throw new Error("no fixture for this body");
};

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).self;
  jest.dontMock("../../src/checker");
  jest.useRealTimers();
});

/**
 * What Outlook on the web, new Outlook and Mac give the handler: a page (launchevent.html) on the
 * add-in's site, with its own fetch. `files` answers by relative URL; anything else is a 404.
 */
function installPage(files: Record<string, { status: number; body: string }>) {
  const fetch = jest.fn(async (url: string, _init: unknown) => {
    const file = files[url] ?? { status: 404, body: "Not Found" };
    return {
      ok: file.status >= 200 && file.status < 300,
      status: file.status,
      statusText: file.status === 404 ? "Not Found" : file.status === 200 ? "OK" : "Error",
      url: "https://addin.example.com/" + url,
      text: async () => file.body,
    };
  });
  (globalThis as Record<string, unknown>).self = {
    location: { href: "https://addin.example.com/launchevent.html", origin: "https://addin.example.com" },
    fetch,
  };
  return fetch;
}

const BLOCKING_POLICY_JSON = JSON.stringify({ version: 1, sendCheck: { error: "block", warning: "warn", info: "allow" } });
const VAGUE_PLAIN_ITEMS =
  "“Go ahead with the first batch” does not say how many units; " +
  "“we will tell you later”: Name the event that opens the next lot; " +
  "Lot quantity not stated; Say that the rest of the order stays on hold; " +
  "Name the file revision and the material; Name who approves lot 2.";
const VAGUE_MARKDOWN_ITEMS =
  "- **Go ahead with the first batch** does not say how many units\r" +
  "- **we will tell you later**: Name the event that opens the next lot\r" +
  "- Lot quantity not stated\r" +
  "- Say that the rest of the order stays on hold\r" +
  "- Name the file revision and the material\r" +
  "- Name who approves lot 2\r";

describe("the launch-event entry: the buyer's kind and the organisation's policy", () => {
  it("reads the kind the buyer chose in the task pane from the message, and judges the email as that kind", async () => {
    const analyze = jest.fn(fixtureAnalyze);
    const outlook = loadEntry({ analyze, body: SEED_BODY, customProperties: { releaseKind: "payment-trigger" } });
    const event = outlook.event();
    await outlook.handler!(event);
    expect(analyze).toHaveBeenCalledWith(SEED_BODY, { kind: "payment-trigger" });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("uses the detected kind when the message holds no choice", async () => {
    const analyze = jest.fn(fixtureAnalyze);
    const outlook = loadEntry({ analyze, body: SEED_BODY, customProperties: { unrelated: "x" } });
    await outlook.handler!(outlook.event());
    expect(analyze).toHaveBeenCalledWith(SEED_BODY, {});
  });

  it("in a page, reads config/policy.json from the add-in's own site and blocks as the policy says", async () => {
    const fetch = installPage({ "config/policy.json": { status: 200, body: BLOCKING_POLICY_JSON } });
    const analyze = jest.fn(fixtureAnalyze);
    const outlook = loadEntry({ analyze, mailbox: "1.15" });
    const event = outlook.event();
    await outlook.handler!(event);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe("config/policy.json");
    expect(fetch.mock.calls[0]![1]).toMatchObject({ method: "GET", credentials: "same-origin" });
    expect(analyze.mock.calls[0]![1]).toEqual({ policy: { sendCheck: { error: "block", warning: "warn", info: "allow" } } });
    expect(event.options()).toEqual([
      {
        allowEvent: false,
        errorMessage: "Vague release — must be fixed before sending: " + VAGUE_PLAIN_ITEMS,
        errorMessageMarkdown: "**Vague release — must be fixed before sending**\n\n" + VAGUE_MARKDOWN_ITEMS,
        cancelLabel: "Fix release",
        commandId: "msgComposeOpenPaneButton",
        contextData: '{"verdict":"vague","kind":"first-lot"}',
      },
    ]);
  });

  it("in a page with no policy deployed (404), uses the built-in rules: warn with Send Anyway", async () => {
    installPage({});
    const outlook = loadEntry({ analyze: fixtureAnalyze, mailbox: "1.14" });
    const event = outlook.event();
    await outlook.handler!(event);
    expect(event.options()).toEqual([
      {
        allowEvent: false,
        errorMessage: "Vague release: " + VAGUE_PLAIN_ITEMS,
        cancelLabel: "Fix release",
        commandId: "msgComposeOpenPaneButton",
        contextData: '{"verdict":"vague","kind":"first-lot"}',
        sendModeOverride: "promptUser",
      },
    ]);
  });

  it("in a page whose policy has an error, uses the built-in rules and records nothing", async () => {
    installPage({ "config/policy.json": { status: 200, body: '{ "sendCheck": { "error": "stop" } }' } });
    const analyze = jest.fn(fixtureAnalyze);
    const outlook = loadEntry({ analyze, mailbox: "1.14" });
    const event = outlook.event();
    await outlook.handler!(event);
    expect(analyze).toHaveBeenCalledWith(VAGUE_BODY, {});
    expect(event.options()[0]!.sendModeOverride).toBe("promptUser");
    expect(outlook.saved).toBeUndefined();
  });

  it("in classic Outlook's JavaScript-only runtime (no page), fetches nothing and uses the built-in rules", async () => {
    const fetch = jest.fn();
    (globalThis as Record<string, unknown>).self = { fetch }; // a global object, but no page address
    const analyze = jest.fn(fixtureAnalyze);
    const outlook = loadEntry({ analyze, mailbox: "1.14", customProperties: { releaseKind: "first-lot" } });
    const event = outlook.event();
    await outlook.handler!(event);
    expect(fetch).not.toHaveBeenCalled();
    expect(analyze).toHaveBeenCalledWith(VAGUE_BODY, { kind: "first-lot" });
    expect(event.options()[0]!.sendModeOverride).toBe("promptUser");
  });

  it("lets the email go after 3 s even under a blocking policy when the body never arrives", async () => {
    jest.useFakeTimers();
    installPage({ "config/policy.json": { status: 200, body: BLOCKING_POLICY_JSON } });
    const outlook = loadEntry({ analyze: fixtureAnalyze, body: "never" });
    const event = outlook.event();
    const done = outlook.handler!(event);
    await jest.advanceTimersByTimeAsync(3000);
    await done;
    expect(event.options()).toEqual([{ allowEvent: true }]);
    expect(outlook.saved?.[LAST_SEND_FAILURE_KEY]).toMatchObject({ reason: "timeout" });
  });
});

describe("the launch-event entry", () => {
  it("registers onMessageSendHandler with Office.actions.associate", () => {
    const outlook = loadEntry({ analyze: fixtureAnalyze });
    expect([...outlook.associated.keys()]).toEqual(["onMessageSendHandler"]);
    expect(typeof outlook.handler).toBe("function");
  });

  it("loads without an Office global and registers nothing", () => {
    delete (globalThis as Record<string, unknown>).Office;
    expect(() => jest.isolateModules(() => require("../../src/launchevent/launchevent"))).not.toThrow();
  });

  it.each([
    ["a clean release", CLEAN_BODY],
    ["a message that releases nothing", SHIPPING_BODY],
    ["an empty body", ""],
    ["a body of blank lines", "\n\n  \n"],
  ])("sends %s at once: completed once with allowEvent true, nothing recorded", async (_name, body) => {
    for (const mailbox of ["1.12", "1.14", "1.15"] as const) {
      const outlook = loadEntry({ analyze: fixtureAnalyze, mailbox, body });
      const event = outlook.event();
      await outlook.handler!(event);
      expect(event.options()).toEqual([{ allowEvent: true }]);
      expect(outlook.saved).toBeUndefined();
    }
  });

  it("reads the body as text and stops a vague release with the full 1.15 dialog", async () => {
    const outlook = loadEntry({ analyze: fixtureAnalyze, mailbox: "1.15" });
    const event = outlook.event();
    await outlook.handler!(event);
    expect(outlook.coercionTypes).toEqual(["text"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    const options = event.options()[0]!;
    expect(options).toEqual({
      allowEvent: false,
      errorMessage:
        "Vague release: “Go ahead with the first batch” does not say how many units; " +
        "“we will tell you later”: Name the event that opens the next lot; " +
        "Lot quantity not stated; Say that the rest of the order stays on hold; " +
        "Name the file revision and the material; Name who approves lot 2.",
      errorMessageMarkdown:
        "**Vague release**\n\n" +
        "- **Go ahead with the first batch** does not say how many units\r" +
        "- **we will tell you later**: Name the event that opens the next lot\r" +
        "- Lot quantity not stated\r" +
        "- Say that the rest of the order stays on hold\r" +
        "- Name the file revision and the material\r" +
        "- Name who approves lot 2\r",
      cancelLabel: "Fix release",
      commandId: "msgComposeOpenPaneButton",
      contextData: '{"verdict":"vague","kind":"first-lot"}',
      sendModeOverride: "promptUser",
    });
    expect(options.sendModeOverride).toBe((globalThis as { Office: { MailboxEnums: { SendModeOverride: { PromptUser: string } } } }).Office.MailboxEnums.SendModeOverride.PromptUser);
    expect(outlook.saved).toBeUndefined();
  });

  it("detects Mailbox 1.14 at run time: Fix release and Send Anyway, no Markdown", async () => {
    const outlook = loadEntry({ analyze: fixtureAnalyze, mailbox: "1.14", body: SEED_BODY });
    const event = outlook.event();
    await outlook.handler!(event);
    expect(event.options()).toEqual([
      {
        allowEvent: false,
        errorMessage: "Incomplete release: Name who approves lot 2; “we” does not name who approves lot 2.",
        cancelLabel: "Fix release",
        commandId: "msgComposeOpenPaneButton",
        contextData: '{"verdict":"incomplete","kind":"first-lot"}',
        sendModeOverride: "promptUser",
      },
    ]);
  });

  it("detects a 1.12-only client: the plain message alone", async () => {
    const outlook = loadEntry({ analyze: fixtureAnalyze, mailbox: "1.12", body: SEED_BODY });
    const event = outlook.event();
    await outlook.handler!(event);
    expect(event.options()).toEqual([
      { allowEvent: false, errorMessage: "Incomplete release: Name who approves lot 2; “we” does not name who approves lot 2." },
    ]);
  });

  it("lets the send go and records the failure when Outlook cannot give the body", async () => {
    const outlook = loadEntry({ analyze: fixtureAnalyze, body: { error: "Internal protocol error", code: 9002 } });
    const event = outlook.event();
    await outlook.handler!(event);
    expect(event.options()).toEqual([{ allowEvent: true }]);
    const record = outlook.saved?.[LAST_SEND_FAILURE_KEY] as Record<string, unknown>;
    expect(record).toMatchObject({ reason: "body-unreadable" });
    expect(record.message).toMatch(/^Release Guard could not read the message body at send, so the message was sent unchecked \(.*Internal protocol error.*\)\.$/);
    expect(new Date(record.at as string).toISOString()).toBe(record.at);
  });

  it("lets the send go and records the failure when the checker throws", async () => {
    const outlook = loadEntry({
      analyze: () => {
        throw new Error("checker bug");
      },
    });
    const event = outlook.event();
    await outlook.handler!(event);
    expect(event.options()).toEqual([{ allowEvent: true }]);
    expect(outlook.saved?.[LAST_SEND_FAILURE_KEY]).toMatchObject({
      reason: "analysis-failed",
      message: "Release Guard's check failed at send, so the message was sent unchecked (checker bug).",
    });
  });

  it("lets the send go when no message item is available", async () => {
    const outlook = loadEntry({ analyze: fixtureAnalyze });
    (globalThis as { Office: { context: { mailbox: { item?: unknown } } } }).Office.context.mailbox.item = undefined;
    const event = outlook.event();
    await outlook.handler!(event);
    expect(event.options()).toEqual([{ allowEvent: true }]);
    expect(outlook.saved?.[LAST_SEND_FAILURE_KEY]).toMatchObject({ reason: "body-unreadable" });
  });

  it("still calls completed once when the Office global is gone by the time Send is pressed", async () => {
    const outlook = loadEntry({ analyze: fixtureAnalyze });
    delete (globalThis as Record<string, unknown>).Office;
    const event = outlook.event();
    await outlook.handler!(event);
    expect(event.options()).toEqual([{ allowEvent: true }]);
  });

  it("does not call completed a second time if Outlook throws from the first call", async () => {
    const outlook = loadEntry({ analyze: fixtureAnalyze });
    const completed = jest.fn(() => {
      throw new Error("already completed");
    });
    await expect(outlook.handler!({ completed })).resolves.toBeUndefined();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("lets the send go after 3 s when the body never arrives, records it, and ignores the late body", async () => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date("2025-03-04T09:30:00.000Z"));
    const outlook = loadEntry({ analyze: fixtureAnalyze, body: "never" });
    const event = outlook.event();
    const done = outlook.handler!(event);
    await jest.advanceTimersByTimeAsync(2999);
    expect(event.completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    await done;
    expect(event.options()).toEqual([{ allowEvent: true }]);
    expect(outlook.saved?.[LAST_SEND_FAILURE_KEY]).toEqual({
      reason: "timeout",
      message: "Release Guard's check did not finish within 3 seconds at send, so the message was sent unchecked.",
      at: "2025-03-04T09:30:03.000Z",
    });

    // Outlook finally answers with a vague body: nothing more happens.
    expect(outlook.pendingBodyCallbacks).toHaveLength(1);
    outlook.pendingBodyCallbacks[0]!({ status: "succeeded", value: VAGUE_BODY });
    await jest.advanceTimersByTimeAsync(10_000);
    await flush();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("the launch-event entry with the real checker (to spec; follows the checker as it matures)", () => {
  it("stops the seed's strong example: its approver is only “we”", async () => {
    const outlook = loadEntry({ body: SEED_BODY, mailbox: "1.15" });
    const event = outlook.event();
    await outlook.handler!(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    const options = event.options()[0]!;
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toMatch(/^Incomplete release: /);
    expect(options.errorMessage!.length).toBeLessThanOrEqual(500);
    expect(options.errorMessageMarkdown!.length).toBeLessThanOrEqual(500);
    expect(JSON.parse(options.contextData!)).toEqual({ verdict: "incomplete", kind: "first-lot" });
    // the dialog names the approver in the checker's own words
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { analyze } = require("../../src/checker") as typeof import("../../src/checker");
    const approver = analyze(SEED_BODY).details.approver;
    expect(approver.status).not.toBe("present");
    expect(options.errorMessage).toContain(approver.message.replace(/[.\s]+$/, ""));
  });

  it("lets a shipping question go without a dialog", async () => {
    const outlook = loadEntry({ body: SHIPPING_BODY });
    const event = outlook.event();
    await outlook.handler!(event);
    expect(event.options()).toEqual([{ allowEvent: true }]);
    expect(outlook.saved).toBeUndefined();
  });
});
