import { completedOptionsFor, handleSend, type CompletedOptions, type SendCheckDeps } from "../../src/launchevent/handler";
import type { SendCheckFailure } from "../../src/launchevent/failureLog";
import type { Report } from "../../src/checker/types";
import {
  CLEAN_BODY,
  CLEAN_REPORT,
  INCOMPLETE_REPORT,
  ManualClock,
  NOT_A_RELEASE_REPORT,
  SEED_BODY,
  SHIPPING_BODY,
  VAGUE_BODY,
  VAGUE_REPORT,
  deferred,
  flush,
} from "./fixtures";

const CAPS_1_12 = { mailbox1_14: false, mailbox1_15: false };
const CAPS_1_14 = { mailbox1_14: true, mailbox1_15: false };
const CAPS_1_15 = { mailbox1_14: true, mailbox1_15: true };

const VAGUE_PLAIN =
  "Vague release: “Go ahead with the first batch” does not say how many units; " +
  "“we will tell you later”: Name the event that opens the next lot; " +
  "Lot quantity not stated; Say that the rest of the order stays on hold; " +
  "Name the file revision and the material; Name who approves lot 2.";
const VAGUE_MARKDOWN =
  "**Vague release**\n\n" +
  "- **Go ahead with the first batch** does not say how many units\r" +
  "- **we will tell you later**: Name the event that opens the next lot\r" +
  "- Lot quantity not stated\r" +
  "- Say that the rest of the order stays on hold\r" +
  "- Name the file revision and the material\r" +
  "- Name who approves lot 2\r";
const INCOMPLETE_PLAIN = "Incomplete release: Name who approves lot 2; “we” does not name who approves lot 2.";
const INCOMPLETE_MARKDOWN = "**Incomplete release**\n\n- Name who approves lot 2\r- **we** does not name who approves lot 2\r";

/** A send check over one body with an analyze that answers from a table of hand-made Reports. */
function setup(body: string | Promise<string>, overrides: Partial<SendCheckDeps> = {}) {
  const clock = new ManualClock();
  const reports = new Map<string, Report>([
    [VAGUE_BODY, VAGUE_REPORT],
    [SEED_BODY, INCOMPLETE_REPORT],
    [CLEAN_BODY, CLEAN_REPORT],
    [SHIPPING_BODY, NOT_A_RELEASE_REPORT],
  ]);
  const analyze = jest.fn((text: string): Report => {
    const r = reports.get(text);
    if (!r) throw new Error("no fixture for this body");
    return r;
  });
  const recorded: SendCheckFailure[] = [];
  const readBody = jest.fn(() => (typeof body === "string" ? Promise.resolve(body) : body));
  const deps: SendCheckDeps = {
    readBody,
    analyze,
    capabilities: CAPS_1_15,
    recordFailure: (f) => {
      recorded.push(f);
    },
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    ...overrides,
  };
  let settledCount = 0;
  let result: CompletedOptions | undefined;
  const run = () => {
    const p = handleSend(deps);
    p.then((r) => {
      settledCount++;
      result = r;
    });
    return p;
  };
  return { clock, deps, analyze, readBody, recorded, run, get result() { return result; }, get settledCount() { return settledCount; } };
}

describe("handleSend: what the buyer sees", () => {
  it("lets a clean release go at once, with no dialog", async () => {
    const t = setup(CLEAN_BODY);
    await expect(t.run()).resolves.toEqual({ allowEvent: true });
    // No kind chosen and no policy: the checker gets empty options (its detected kind, built-in rules).
    expect(t.analyze).toHaveBeenCalledWith(CLEAN_BODY, {});
    expect(t.recorded).toEqual([]);
    expect(t.clock.pending).toBe(0);
  });

  it("lets a message that releases nothing go at once (a shipping question)", async () => {
    const t = setup(SHIPPING_BODY);
    await expect(t.run()).resolves.toEqual({ allowEvent: true });
    expect(t.recorded).toEqual([]);
  });

  it("stops a vague release and says what the shop would have to guess (Mailbox 1.15)", async () => {
    const t = setup(VAGUE_BODY);
    await expect(t.run()).resolves.toEqual({
      allowEvent: false,
      errorMessage: VAGUE_PLAIN,
      errorMessageMarkdown: VAGUE_MARKDOWN,
      cancelLabel: "Fix release",
      commandId: "msgComposeOpenPaneButton",
      contextData: '{"verdict":"vague","kind":"first-lot"}',
      sendModeOverride: "promptUser",
    });
    expect(t.recorded).toEqual([]);
    expect(t.clock.pending).toBe(0);
  });

  it("stops an incomplete release: the seed's strong example leaves the approver as “we” (Mailbox 1.15)", async () => {
    const t = setup(SEED_BODY);
    await expect(t.run()).resolves.toEqual({
      allowEvent: false,
      errorMessage: INCOMPLETE_PLAIN,
      errorMessageMarkdown: INCOMPLETE_MARKDOWN,
      cancelLabel: "Fix release",
      commandId: "msgComposeOpenPaneButton",
      contextData: '{"verdict":"incomplete","kind":"first-lot"}',
      sendModeOverride: "promptUser",
    });
  });

  it("lets an empty body go without analyzing it", async () => {
    const t = setup("  \n\n ");
    await expect(t.run()).resolves.toEqual({ allowEvent: true });
    expect(t.analyze).not.toHaveBeenCalled();
    expect(t.recorded).toEqual([]);
  });
});

describe("handleSend: capability levels", () => {
  it("Mailbox 1.12 only: the plain message, nothing else (the manifest's SoftBlock applies)", async () => {
    const t = setup(VAGUE_BODY, { capabilities: CAPS_1_12 });
    await expect(t.run()).resolves.toEqual({ allowEvent: false, errorMessage: VAGUE_PLAIN });
  });

  it("Mailbox 1.14: adds the Fix release button, its context and Send Anyway, but no Markdown", async () => {
    const t = setup(VAGUE_BODY, { capabilities: CAPS_1_14 });
    await expect(t.run()).resolves.toEqual({
      allowEvent: false,
      errorMessage: VAGUE_PLAIN,
      cancelLabel: "Fix release",
      commandId: "msgComposeOpenPaneButton",
      contextData: '{"verdict":"vague","kind":"first-lot"}',
      sendModeOverride: "promptUser",
    });
  });

  it("Mailbox 1.15: adds the Markdown message beside the plain one", async () => {
    const t = setup(SEED_BODY, { capabilities: CAPS_1_15 });
    const options = await t.run();
    expect(options.errorMessageMarkdown).toBe(INCOMPLETE_MARKDOWN);
    expect(options.errorMessage).toBe(INCOMPLETE_PLAIN);
  });

  it("keeps within Outlook's limits at every level", () => {
    for (const caps of [CAPS_1_12, CAPS_1_14, CAPS_1_15]) {
      for (const report of [VAGUE_REPORT, INCOMPLETE_REPORT]) {
        const o = completedOptionsFor(report, caps);
        expect(o.errorMessage!.length).toBeLessThanOrEqual(500);
        if (o.errorMessageMarkdown !== undefined) expect(o.errorMessageMarkdown.length).toBeLessThanOrEqual(500);
        if (o.cancelLabel !== undefined) expect(o.cancelLabel.length).toBeLessThanOrEqual(20);
        if (o.contextData !== undefined) expect(JSON.parse(o.contextData)).toEqual({ verdict: report.verdict, kind: "first-lot" });
      }
    }
  });

  it("never stops a clean release or a non-release, whatever the level", () => {
    for (const caps of [CAPS_1_12, CAPS_1_14, CAPS_1_15]) {
      expect(completedOptionsFor(CLEAN_REPORT, caps)).toEqual({ allowEvent: true });
      expect(completedOptionsFor(NOT_A_RELEASE_REPORT, caps)).toEqual({ allowEvent: true });
    }
  });
});

describe("handleSend: when the check cannot run, the email still goes", () => {
  it("lets the send go and records it when the body cannot be read", async () => {
    const t = setup(Promise.reject(new Error("body.getAsync failed: Internal error (code 9002)")));
    await expect(t.run()).resolves.toEqual({ allowEvent: true });
    expect(t.analyze).not.toHaveBeenCalled();
    expect(t.recorded).toEqual([
      {
        reason: "body-unreadable",
        message:
          "Release Guard could not read the message body at send, so the message was sent unchecked (body.getAsync failed: Internal error (code 9002)).",
      },
    ]);
  });

  it("treats a body that is not text as unreadable", async () => {
    const t = setup(Promise.resolve(undefined as unknown as string));
    await expect(t.run()).resolves.toEqual({ allowEvent: true });
    expect(t.recorded.map((f) => f.reason)).toEqual(["body-unreadable"]);
  });

  it("lets the send go and records it when the analysis throws", async () => {
    const t = setup(VAGUE_BODY, {
      analyze: () => {
        throw new RangeError("Maximum call stack size exceeded");
      },
    });
    await expect(t.run()).resolves.toEqual({ allowEvent: true });
    expect(t.recorded).toEqual([
      {
        reason: "analysis-failed",
        message: "Release Guard's check failed at send, so the message was sent unchecked (Maximum call stack size exceeded).",
      },
    ]);
  });

  it("lets the send go when the analysis returns something that is not a report", async () => {
    const t = setup(VAGUE_BODY, { analyze: () => undefined as unknown as Report });
    await expect(t.run()).resolves.toEqual({ allowEvent: true });
    expect(t.recorded.map((f) => f.reason)).toEqual(["analysis-failed"]);
  });

  it("lets the send go when composing the dialog fails (a malformed report)", async () => {
    const broken = { ...VAGUE_REPORT, findings: null } as unknown as Report;
    const t = setup(VAGUE_BODY, {
      analyze: () => broken,
      capabilities: {
        get mailbox1_14(): boolean {
          throw new Error("requirement check exploded");
        },
        mailbox1_15: false,
      },
    });
    await expect(t.run()).resolves.toEqual({ allowEvent: true });
    expect(t.recorded).toEqual([
      {
        reason: "internal-error",
        message: "Release Guard hit an internal error at send, so the message was sent unchecked (requirement check exploded).",
      },
    ]);
  });

  it("still completes when recording the failure throws", async () => {
    const t = setup(Promise.reject(new Error("no body")), {
      recordFailure: () => {
        throw new Error("settings unavailable");
      },
    });
    await expect(t.run()).resolves.toEqual({ allowEvent: true });
  });

  it("waits at most 1 s for a slow recording, then completes", async () => {
    const save = deferred<void>();
    const t = setup(Promise.reject(new Error("no body")), { recordFailure: () => save.promise });
    t.run();
    await t.clock.advance(999);
    expect(t.settledCount).toBe(0);
    await t.clock.advance(1);
    expect(t.settledCount).toBe(1);
    expect(t.result).toEqual({ allowEvent: true });
    save.resolve();
    await flush();
    expect(t.settledCount).toBe(1);
  });

  it("waits for a quick recording before completing", async () => {
    const save = deferred<void>();
    const t = setup(Promise.reject(new Error("no body")), { recordFailure: () => save.promise });
    t.run();
    await t.clock.advance(10);
    expect(t.settledCount).toBe(0);
    save.resolve();
    await flush();
    expect(t.settledCount).toBe(1);
    expect(t.clock.pending).toBe(0);
  });
});

describe("handleSend: the 3-second limit", () => {
  it("lets the send go after 3 s when the body never arrives, and ignores a late body", async () => {
    const body = deferred<string>();
    const t = setup(body.promise);
    t.run();
    await t.clock.advance(2999);
    expect(t.settledCount).toBe(0);
    await t.clock.advance(1);
    expect(t.settledCount).toBe(1);
    expect(t.result).toEqual({ allowEvent: true });
    expect(t.recorded).toEqual([
      { reason: "timeout", message: "Release Guard's check did not finish within 3 seconds at send, so the message was sent unchecked." },
    ]);

    body.resolve(VAGUE_BODY); // the late answer
    await t.clock.advance(10_000);
    expect(t.analyze).not.toHaveBeenCalled();
    expect(t.settledCount).toBe(1);
    expect(t.result).toEqual({ allowEvent: true });
    expect(t.recorded).toHaveLength(1);
  });

  it("lets the send go after 3 s when the analysis never finishes, and ignores its late failure", async () => {
    const analysis = deferred<Report>();
    const t = setup(VAGUE_BODY, { analyze: () => analysis.promise });
    t.run();
    await t.clock.advance(3000);
    expect(t.result).toEqual({ allowEvent: true });
    analysis.reject(new Error("late"));
    await t.clock.advance(5000);
    expect(t.settledCount).toBe(1);
    expect(t.recorded.map((f) => f.reason)).toEqual(["timeout"]);
  });

  it("uses the configured limit", async () => {
    const t = setup(new Promise<string>(() => undefined), { timeoutMs: 1500 });
    t.run();
    await t.clock.advance(1499);
    expect(t.settledCount).toBe(0);
    await t.clock.advance(1);
    expect(t.result).toEqual({ allowEvent: true });
    expect(t.recorded[0]!.message).toBe(
      "Release Guard's check did not finish within 1.5 seconds at send, so the message was sent unchecked.",
    );
  });

  it("clears its timer once the check answers", async () => {
    const t = setup(VAGUE_BODY);
    await t.run();
    expect(t.clock.pending).toBe(0);
    await t.clock.advance(10_000);
    expect(t.settledCount).toBe(1);
    expect(t.recorded).toEqual([]);
  });

  it("falls back to the global timer when none is injected", async () => {
    jest.useFakeTimers();
    try {
      const t = setup(new Promise<string>(() => undefined), { setTimer: undefined, clearTimer: undefined });
      t.run();
      await jest.advanceTimersByTimeAsync(2999);
      expect(t.settledCount).toBe(0);
      await jest.advanceTimersByTimeAsync(1);
      expect(t.result).toEqual({ allowEvent: true });
    } finally {
      jest.useRealTimers();
    }
  });
});
