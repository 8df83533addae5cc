/**
 * The send check under an organisation's policy (`sendCheck`: allow | warn | block per severity) and
 * with the buyer's kind correction from the task pane. Exact `event.completed` options throughout.
 */
import {
  DEFAULT_SEND_CHECK,
  completedOptionsFor,
  handleSend,
  sendReactionFor,
  type CompletedOptions,
  type SendCheckDeps,
} from "../../src/launchevent/handler";
import type { SendCheckFailure } from "../../src/launchevent/failureLog";
import type { AnalyzeOptions, Policy, ReleaseKind, Report } from "../../src/checker/types";
import {
  CLEAN_BODY,
  CLEAN_REPORT,
  INCOMPLETE_REPORT,
  ManualClock,
  NOT_A_RELEASE_REPORT,
  SEED_BODY,
  VAGUE_BODY,
  VAGUE_REPORT,
  deferred,
  finding,
  makeReport,
} from "./fixtures";

const CAPS_1_12 = { mailbox1_14: false, mailbox1_15: false };
const CAPS_1_14 = { mailbox1_14: true, mailbox1_15: false };
const CAPS_1_15 = { mailbox1_14: true, mailbox1_15: true };

const VAGUE_ITEMS_PLAIN =
  "“Go ahead with the first batch” does not say how many units; " +
  "“we will tell you later”: Name the event that opens the next lot; " +
  "Lot quantity not stated; Say that the rest of the order stays on hold; " +
  "Name the file revision and the material; Name who approves lot 2.";
const VAGUE_ITEMS_MARKDOWN =
  "- **Go ahead with the first batch** does not say how many units\r" +
  "- **we will tell you later**: Name the event that opens the next lot\r" +
  "- Lot quantity not stated\r" +
  "- Say that the rest of the order stays on hold\r" +
  "- Name the file revision and the material\r" +
  "- Name who approves lot 2\r";

const WARN_1_15: CompletedOptions = {
  allowEvent: false,
  errorMessage: "Vague release: " + VAGUE_ITEMS_PLAIN,
  errorMessageMarkdown: "**Vague release**\n\n" + VAGUE_ITEMS_MARKDOWN,
  cancelLabel: "Fix release",
  commandId: "msgComposeOpenPaneButton",
  contextData: '{"verdict":"vague","kind":"first-lot"}',
  sendModeOverride: "promptUser",
};

const BLOCK_1_15: CompletedOptions = {
  allowEvent: false,
  errorMessage: "Vague release — must be fixed before sending: " + VAGUE_ITEMS_PLAIN,
  errorMessageMarkdown: "**Vague release — must be fixed before sending**\n\n" + VAGUE_ITEMS_MARKDOWN,
  cancelLabel: "Fix release",
  commandId: "msgComposeOpenPaneButton",
  contextData: '{"verdict":"vague","kind":"first-lot"}',
};

// A clean release whose only remark is the organisation's banned "ASAP" (an info finding).
const ASAP_BODY = CLEAN_BODY.replace("Regards,", "We need them ASAP.\n\nRegards,");
const ASAP_REPORT: Report = makeReport(ASAP_BODY, {
  verdict: "clean",
  findings: [
    finding(ASAP_BODY, "ASAP", "“ASAP” is not allowed by your organisation's release policy.", {
      ruleId: "policy-banned-phrase",
      messageId: "banned",
      severity: "info",
    }),
  ],
});

// The seed's example with its "we" warning (INCOMPLETE_REPORT), made clean: only the warning is left.
const WARNING_ONLY_REPORT: Report = { ...INCOMPLETE_REPORT, verdict: "clean", details: CLEAN_REPORT.details };

describe("sendReactionFor: which reaction a report calls for", () => {
  it.each<[string, string, Report, Policy["sendCheck"]]>([
    ["a vague release, built-in rules", "warn", VAGUE_REPORT, undefined],
    ["an incomplete release, built-in rules", "warn", INCOMPLETE_REPORT, undefined],
    ["a clean release with only a warning, built-in rules", "allow", WARNING_ONLY_REPORT, undefined],
    ["a clean release with only a note, built-in rules", "allow", ASAP_REPORT, undefined],
    ["a clean release", "allow", CLEAN_REPORT, { error: "block", warning: "block", info: "block" }],
    ["an email that releases nothing, even under a strict policy", "allow", NOT_A_RELEASE_REPORT, { error: "block", warning: "block", info: "block" }],
    ["a vague release when errors block", "block", VAGUE_REPORT, { error: "block" }],
    ["a vague release when errors are allowed", "allow", VAGUE_REPORT, { error: "allow" }],
    ["an incomplete release when errors are allowed but its warning blocks", "block", INCOMPLETE_REPORT, { error: "allow", warning: "block" }],
    ["a clean release whose warning warns", "warn", WARNING_ONLY_REPORT, { warning: "warn" }],
    ["a clean release whose note blocks", "block", ASAP_REPORT, { info: "block" }],
    ["the strongest of several reactions", "block", INCOMPLETE_REPORT, { error: "warn", warning: "block" }],
  ])("%s → %s", (_name, expected, report, sendCheck) => {
    expect(sendReactionFor(report, sendCheck)).toBe(expected);
  });

  it("keeps the built-in reaction for a severity the policy leaves out, or gives a value it does not know", () => {
    expect(sendReactionFor(VAGUE_REPORT, { warning: "block" })).toBe("warn");
    expect(sendReactionFor(VAGUE_REPORT, { error: "stop" } as unknown as Policy["sendCheck"])).toBe("warn");
    expect(DEFAULT_SEND_CHECK).toEqual({ error: "warn", warning: "allow", info: "allow" });
  });
});

describe("completedOptionsFor under a policy", () => {
  it("allow: the email goes, no dialog", () => {
    expect(completedOptionsFor(VAGUE_REPORT, CAPS_1_15, { error: "allow" })).toEqual({ allowEvent: true });
  });

  it("warn: the dialog with Fix release and Send Anyway, as without a policy", () => {
    expect(completedOptionsFor(VAGUE_REPORT, CAPS_1_15, { error: "warn" })).toEqual(WARN_1_15);
    expect(completedOptionsFor(VAGUE_REPORT, CAPS_1_15)).toEqual(WARN_1_15);
  });

  it("block (Mailbox 1.15): the dialog says it must be fixed, and offers no Send Anyway", () => {
    expect(completedOptionsFor(VAGUE_REPORT, CAPS_1_15, { error: "block" })).toEqual(BLOCK_1_15);
  });

  it("block (Mailbox 1.14): Fix release, no Markdown, no Send Anyway", () => {
    expect(completedOptionsFor(VAGUE_REPORT, CAPS_1_14, { error: "block" })).toEqual({
      allowEvent: false,
      errorMessage: "Vague release — must be fixed before sending: " + VAGUE_ITEMS_PLAIN,
      cancelLabel: "Fix release",
      commandId: "msgComposeOpenPaneButton",
      contextData: '{"verdict":"vague","kind":"first-lot"}',
    });
  });

  it("block (Mailbox 1.12): the plain message alone, held by the manifest's SoftBlock", () => {
    expect(completedOptionsFor(VAGUE_REPORT, CAPS_1_12, { error: "block" })).toEqual({
      allowEvent: false,
      errorMessage: "Vague release — must be fixed before sending: " + VAGUE_ITEMS_PLAIN,
    });
  });

  it("warns about a clean release's warning when the policy says so, under the policy's own lead", () => {
    expect(completedOptionsFor(WARNING_ONLY_REPORT, CAPS_1_15, { warning: "warn" })).toEqual({
      allowEvent: false,
      errorMessage: "Release policy: “we” does not name who approves lot 2.",
      errorMessageMarkdown: "**Release policy**\n\n- **we** does not name who approves lot 2\r",
      cancelLabel: "Fix release",
      commandId: "msgComposeOpenPaneButton",
      contextData: '{"verdict":"clean","kind":"first-lot"}',
      sendModeOverride: "promptUser",
    });
  });

  it("lists notes in the dialog only when the policy reacts to them", () => {
    expect(completedOptionsFor(ASAP_REPORT, CAPS_1_15, { info: "block" })).toEqual({
      allowEvent: false,
      errorMessage: "Release policy — must be fixed before sending: “ASAP” is not allowed by your organisation's release policy.",
      errorMessageMarkdown:
        "**Release policy — must be fixed before sending**\n\n- “**ASAP**” is not allowed by your organisation's release policy\r",
      cancelLabel: "Fix release",
      commandId: "msgComposeOpenPaneButton",
      contextData: '{"verdict":"clean","kind":"first-lot"}',
    });
    // Under the built-in rules the same note is left to the task pane.
    expect(completedOptionsFor(ASAP_REPORT, CAPS_1_15)).toEqual({ allowEvent: true });
  });

  it("stays within Outlook's 500 characters with the longer block lead", () => {
    const o = completedOptionsFor(VAGUE_REPORT, CAPS_1_15, { error: "block" });
    expect(o.errorMessage!.length).toBeLessThanOrEqual(500);
    expect(o.errorMessageMarkdown!.length).toBeLessThanOrEqual(500);
  });
});

/** A send check whose kind and policy sources the test controls. */
function setup(body: string | Promise<string>, overrides: Partial<SendCheckDeps> = {}) {
  const clock = new ManualClock();
  const reports = new Map<string, Report>([
    [VAGUE_BODY, VAGUE_REPORT],
    [SEED_BODY, INCOMPLETE_REPORT],
    [CLEAN_BODY, CLEAN_REPORT],
  ]);
  const analyze = jest.fn((text: string, _options: AnalyzeOptions): Report => {
    const r = reports.get(text);
    if (!r) throw new Error("no fixture for this body");
    return r;
  });
  const recorded: SendCheckFailure[] = [];
  const deps: SendCheckDeps = {
    readBody: () => (typeof body === "string" ? Promise.resolve(body) : body),
    analyze,
    capabilities: CAPS_1_15,
    recordFailure: (f) => {
      recorded.push(f);
    },
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    ...overrides,
  };
  const results: CompletedOptions[] = [];
  const run = () => {
    const p = handleSend(deps);
    p.then((r) => results.push(r));
    return p;
  };
  return { clock, analyze, recorded, results, run };
}

const BLOCKING_POLICY: Policy = { sendCheck: { error: "block", warning: "warn", info: "allow" } };

describe("handleSend with the buyer's kind and the organisation's policy", () => {
  it("judges the email as the kind the buyer chose in the task pane", async () => {
    const t = setup(SEED_BODY, { readKindCorrection: async (): Promise<ReleaseKind> => "payment-trigger" });
    await t.run();
    expect(t.analyze).toHaveBeenCalledTimes(1);
    expect(t.analyze).toHaveBeenCalledWith(SEED_BODY, { kind: "payment-trigger" });
  });

  it("applies the policy to the check and to the reaction: errors block", async () => {
    const t = setup(VAGUE_BODY, { loadPolicy: async () => BLOCKING_POLICY });
    await expect(t.run()).resolves.toEqual(BLOCK_1_15);
    expect(t.analyze).toHaveBeenCalledWith(VAGUE_BODY, { policy: BLOCKING_POLICY });
    expect(t.recorded).toEqual([]);
    expect(t.clock.pending).toBe(0);
  });

  it("passes both the kind and the policy", async () => {
    const t = setup(VAGUE_BODY, { readKindCorrection: () => "first-lot", loadPolicy: () => BLOCKING_POLICY });
    await t.run();
    expect(t.analyze).toHaveBeenCalledWith(VAGUE_BODY, { kind: "first-lot", policy: BLOCKING_POLICY });
  });

  it("lets the email go when the policy allows errors", async () => {
    const t = setup(VAGUE_BODY, { loadPolicy: async () => ({ sendCheck: { error: "allow" } }) });
    await expect(t.run()).resolves.toEqual({ allowEvent: true });
  });

  it("uses the detected kind when reading the buyer's choice fails, and records nothing", async () => {
    const t = setup(VAGUE_BODY, { readKindCorrection: () => Promise.reject(new Error("customProperties unavailable")) });
    await expect(t.run()).resolves.toEqual(WARN_1_15);
    expect(t.analyze).toHaveBeenCalledWith(VAGUE_BODY, {});
    expect(t.recorded).toEqual([]);
  });

  it("ignores a stored kind this version does not know, and a policy that is not an object", async () => {
    const t = setup(VAGUE_BODY, {
      readKindCorrection: async () => "lot-2" as ReleaseKind,
      loadPolicy: async () => "block everything" as unknown as Policy,
    });
    await expect(t.run()).resolves.toEqual(WARN_1_15);
    expect(t.analyze).toHaveBeenCalledWith(VAGUE_BODY, {});
  });

  it("goes on with built-in rules when the policy is not there after 1.5 s, and ignores it arriving later", async () => {
    const policy = deferred<Policy | undefined>();
    const t = setup(VAGUE_BODY, { readKindCorrection: async (): Promise<ReleaseKind> => "first-lot", loadPolicy: () => policy.promise });
    t.run();
    await t.clock.advance(1499);
    expect(t.analyze).not.toHaveBeenCalled();
    await t.clock.advance(1);
    expect(t.analyze).toHaveBeenCalledWith(VAGUE_BODY, { kind: "first-lot" });
    expect(t.results).toEqual([WARN_1_15]);
    policy.resolve(BLOCKING_POLICY);
    await t.clock.advance(5000);
    expect(t.results).toEqual([WARN_1_15]);
    expect(t.analyze).toHaveBeenCalledTimes(1);
    expect(t.recorded).toEqual([]);
    expect(t.clock.pending).toBe(0);
  });

  it("uses the configured wait for the kind and the policy", async () => {
    const t = setup(VAGUE_BODY, { loadPolicy: () => new Promise<Policy>(() => undefined), optionsTimeoutMs: 200 });
    t.run();
    await t.clock.advance(199);
    expect(t.results).toEqual([]);
    await t.clock.advance(1);
    expect(t.results).toEqual([WARN_1_15]);
  });

  it("never traps the buyer: a blocking policy still lets the email go when the check cannot finish in 3 s", async () => {
    const t = setup(new Promise<string>(() => undefined), { loadPolicy: async () => BLOCKING_POLICY });
    t.run();
    await t.clock.advance(3000);
    expect(t.results).toEqual([{ allowEvent: true }]);
    expect(t.recorded.map((f) => f.reason)).toEqual(["timeout"]);
  });

  it("never traps the buyer: a blocking policy still lets the email go when the body cannot be read", async () => {
    const t = setup(Promise.reject(new Error("body.getAsync failed")), { loadPolicy: async () => BLOCKING_POLICY });
    await expect(t.run()).resolves.toEqual({ allowEvent: true });
    expect(t.recorded.map((f) => f.reason)).toEqual(["body-unreadable"]);
    expect(t.clock.pending).toBe(0);
  });

  it("never traps the buyer: a blocking policy still lets the email go when the check throws", async () => {
    const t = setup(VAGUE_BODY, {
      loadPolicy: async () => BLOCKING_POLICY,
      analyze: () => {
        throw new Error("checker bug");
      },
    });
    await expect(t.run()).resolves.toEqual({ allowEvent: true });
    expect(t.recorded.map((f) => f.reason)).toEqual(["analysis-failed"]);
  });

  it("lets an empty body go at once without waiting for a slow policy", async () => {
    const t = setup("\n  \n", { loadPolicy: () => new Promise<Policy>(() => undefined) });
    await expect(t.run()).resolves.toEqual({ allowEvent: true });
    expect(t.analyze).not.toHaveBeenCalled();
    expect(t.clock.pending).toBe(0);
  });

  it("completes exactly once when the 3 s limit and a late policy race", async () => {
    const body = deferred<string>();
    const t = setup(body.promise, { loadPolicy: async () => BLOCKING_POLICY });
    t.run();
    await t.clock.advance(3000);
    body.resolve(VAGUE_BODY);
    await t.clock.advance(5000);
    expect(t.results).toEqual([{ allowEvent: true }]);
    expect(t.analyze).not.toHaveBeenCalled();
  });
});
